import type { WorkbookModel } from "./model";

/** The workbook's year: the one most of its «PROGRAMA OPERATIVO ANUAL <año>» titles give (ties: first seen). */
export function workbookYear(model: WorkbookModel): number | null {
  const counts = new Map<number, number>();
  for (const sheet of model.sheets) {
    for (const action of sheet.actions) {
      const year = action.title?.year;
      if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let year: number | null = null;
  let best = 0;
  for (const [candidate, count] of counts) {
    if (count > best) {
      best = count;
      year = candidate;
    }
  }
  return year;
}
