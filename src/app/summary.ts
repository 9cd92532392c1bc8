import { buildSummarySheet, noteRow, summarize, type SummaryEntry } from "../domain/summary";
import { validateGrids } from "../domain/validate";
import type { SummaryPlacement, WorkbookWriter } from "../workbook/writer";
import type { Sources } from "./sources";

export interface SummaryWritten {
  placement: SummaryPlacement;
  actions: number;
  workbooks: number;
  unreadable: number;
}

/**
 * «Generar resumen» and `poa resumen`: one row per action of every workbook given. With more
 * than one, each row names its file (the reviewer's view), and one that could not be read gets
 * a row that says why. Findings are counted in Spanish, the sheet's language.
 */
export async function writeSummary(target: WorkbookWriter, sources: Sources): Promise<SummaryWritten> {
  const entries: SummaryEntry[] = [];
  let workbooks = 0;
  let unreadable = 0;
  for await (const source of sources) {
    if ("unreadable" in source) {
      entries.push(noteRow(source.file, `NO SE PUDO LEER: ${source.unreadable.es}`));
      unreadable++;
      continue;
    }
    entries.push(...summarize(validateGrids(source.grids), source.file));
    workbooks++;
  }
  const placement = await target.writeAddinSheet(buildSummarySheet(entries, { withFile: workbooks + unreadable > 1, sources: workbooks }));
  return { placement, actions: entries.length - unreadable, workbooks, unreadable };
}
