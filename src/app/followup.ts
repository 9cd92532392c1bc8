import { buildFollowUpSheet, buildQuarterlyReport, buildQuarterlyReportSheet, defaultCutoff, followUpSheets, type QuarterlyReport, type ReportSource } from "../domain/followup";
import type { WorkbookModel } from "../domain/model";
import { mostCommon } from "../domain/mostCommon";
import { secretariaOf, workbookYear } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import { UserError } from "../workbook/errors";
import type { WorkbookReader } from "../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../workbook/writer";
import type { Sources } from "./sources";

export interface CutoffOptions {
  /** The month (1–12) asked for; by default the follow-up's own, or the last month closed. */
  cutoff?: number;
  today?: Date;
}

function cutoffOf(model: WorkbookModel, year: number | null, options: CutoffOptions): number {
  return options.cutoff ?? followUpSheets(model)[0]?.followUp.cutoff?.month ?? defaultCutoff(year, options.today);
}

export interface FollowUpWritten {
  placement: SummaryPlacement;
  activities: number;
  kept: number;
  orphans: number;
  cutoff: number;
}

export const NOTHING_TO_FOLLOW = {
  es: "El libro no tiene actividades con programación mensual (POA municipal): no hay nada que seguir. El formato estatal ya trae su REALIZADO por trimestre.",
  en: "The workbook has no activity with a monthly program (municipal POA): there is nothing to follow. The state form already carries its REALIZADO by quarter.",
};

/**
 * «Insertar seguimiento» and `poa seguimiento`: reads the workbook once, keeps whatever the
 * earlier follow-up sheet had typed, and writes the sheet over that one only.
 */
export async function insertFollowUp(workbook: WorkbookReader & WorkbookWriter, options: CutoffOptions = {}): Promise<FollowUpWritten> {
  const model = readWorkbook(await workbook.readSheets());
  const year = workbookYear(model) ?? followUpSheets(model)[0]?.followUp.year ?? null;
  const cutoff = cutoffOf(model, year, options);
  const built = buildFollowUpSheet({ model, year, cutoff, secretaria: secretariaOf(model) });
  if (built.activities === 0) throw new UserError(NOTHING_TO_FOLLOW);
  const placement = await workbook.writeAddinSheet(built.spec);
  return { placement, activities: built.activities, kept: built.kept, orphans: built.orphans, cutoff };
}

/**
 * «Escribir informe trimestral» and `poa informe`: the quarterly report of every POA given, at
 * the cut-off asked for (or the first follow-up's own). Each POA is only read, no rules run, so
 * a folder of dozens takes seconds; one that could not be read gets its row.
 */
export async function writeReport(target: WorkbookWriter, sources: Sources, options: CutoffOptions = {}): Promise<{ placement: SummaryPlacement; report: QuarterlyReport; unreadable: number }> {
  const read: ReportSource[] = [];
  const years: number[] = [];
  let unreadable = 0;
  for await (const source of sources) {
    // The open workbook, in Excel, has no file name to show.
    const file = source.file ?? "Este libro";
    if ("unreadable" in source) {
      read.push({ file, unreadable: source.unreadable.es });
      unreadable++;
      continue;
    }
    const model = readWorkbook(source.grids);
    const year = workbookYear(model);
    if (year) years.push(year);
    read.push({ file, model });
  }
  const year = mostCommon(years);
  const first = read.find((s) => "model" in s);
  const cutoff = options.cutoff ?? (first && "model" in first ? cutoffOf(first.model, year, options) : defaultCutoff(year, options.today));
  const report = buildQuarterlyReport(read, cutoff, year);
  return { placement: await target.writeAddinSheet(buildQuarterlyReportSheet(report)), report, unreadable };
}
