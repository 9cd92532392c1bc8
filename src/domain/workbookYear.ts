import type { WorkbookModel } from "./model";
import { mostCommon } from "./mostCommon";

/** The workbook's year: the one most of its «PROGRAMA OPERATIVO ANUAL <año>» titles give (ties: first seen). */
export function workbookYear(model: WorkbookModel): number | null {
  return mostCommon(model.sheets.flatMap((s) => s.actions.flatMap((a) => (a.title?.year ? [a.title.year] : []))));
}
