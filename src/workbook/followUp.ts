import { buildFollowUpSheet, buildQuarterlyReport, buildQuarterlyReportSheet, defaultCutoff, followUpSheets } from "../domain/followup";
import { secretariaOf } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import { workbookYear } from "../domain/queries";
import type { WorkbookReader } from "./types";
import type { SummaryPlacement, WorkbookWriter } from "./writer";

interface Options {
  cutoff?: number;
  today?: Date;
}

/** The workbook as read, its year, and the cut-off: the one asked for, the follow-up's own, or the last month closed. */
async function readForFollowUp(workbook: WorkbookReader, options: Options) {
  const model = readWorkbook(await workbook.readSheets());
  const earlier = followUpSheets(model)[0]?.followUp ?? null;
  const year = workbookYear(model) ?? earlier?.year ?? null;
  return { model, year, cutoff: options.cutoff ?? earlier?.cutoff?.month ?? defaultCutoff(year, options.today) };
}

export interface FollowUpWritten {
  placement: SummaryPlacement;
  activities: number;
  kept: number;
  orphans: number;
  cutoff: number;
}

/**
 * «Insertar seguimiento», in Excel, in the preview and in the CLI: reads the workbook, keeps
 * whatever the earlier follow-up sheet had typed, and writes the sheet over that one only.
 * Returns null when the workbook has no monthly activity to follow.
 */
export async function writeFollowUp(workbook: WorkbookReader & WorkbookWriter, options: Options = {}): Promise<FollowUpWritten | null> {
  const { model, year, cutoff } = await readForFollowUp(workbook, options);
  const built = buildFollowUpSheet({ model, year, cutoff, secretaria: secretariaOf(model) });
  if (built.activities === 0) return null;
  const placement = await workbook.writeAddinSheet(built.spec);
  return { placement, activities: built.activities, kept: built.kept, orphans: built.orphans, cutoff };
}

/** The quarterly report of the open workbook, written as its own sheet; by default at its follow-up's cut-off. */
export async function writeWorkbookReport(workbook: WorkbookReader & WorkbookWriter, file: string, options: Options = {}): Promise<SummaryPlacement> {
  const { model, year, cutoff } = await readForFollowUp(workbook, options);
  const report = buildQuarterlyReport([{ file, model }], cutoff, year);
  return workbook.writeAddinSheet(buildQuarterlyReportSheet(report));
}
