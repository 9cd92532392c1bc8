import { buildFollowUpSheet, buildQuarterlyReport, buildQuarterlyReportSheet, defaultCutoff, followUpSheets } from "../domain/followup";
import { secretariaOf } from "../domain/observations";
import { readWorkbook } from "../domain/reader";
import { workbookYear } from "../domain/workbookYear";
import type { WorkbookReader } from "./types";
import type { SummaryPlacement, WorkbookWriter } from "./writer";

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
export async function writeFollowUp(workbook: WorkbookReader & WorkbookWriter, options: { cutoff?: number; today?: Date } = {}): Promise<FollowUpWritten | null> {
  const model = readWorkbook(await workbook.readSheets());
  const earlier = followUpSheets(model)[0]?.followUp ?? null;
  const year = workbookYear(model) ?? earlier?.year ?? null;
  const cutoff = options.cutoff ?? earlier?.cutoff?.month ?? defaultCutoff(year, options.today);
  const built = buildFollowUpSheet({ model, year, cutoff, secretaria: secretariaOf(model) });
  if (built.activities === 0) return null;
  const placement = await workbook.writeAddinSheet(built.spec);
  return { placement, activities: built.activities, kept: built.kept, orphans: built.orphans, cutoff };
}

/** The quarterly report of the open workbook, written as its own sheet; by default at its follow-up's cut-off. */
export async function writeWorkbookReport(
  workbook: WorkbookReader & WorkbookWriter,
  file: string,
  options: { cutoff?: number; today?: Date } = {},
): Promise<SummaryPlacement> {
  const model = readWorkbook(await workbook.readSheets());
  const year = workbookYear(model);
  const cutoff = options.cutoff ?? followUpSheets(model)[0]?.followUp.cutoff?.month ?? defaultCutoff(year, options.today);
  const report = buildQuarterlyReport([{ file, model }], cutoff, year);
  return workbook.writeAddinSheet(buildQuarterlyReportSheet(report));
}
