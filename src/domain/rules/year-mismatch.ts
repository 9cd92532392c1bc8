import { actionNumber, eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** Every block's "PROGRAMA OPERATIVO ANUAL <year>" agrees with the rest of the workbook. */
export const yearMismatch: Rule = {
  id: "year-mismatch",
  severity: "warning",
  docs: {
    es: "El año de «PROGRAMA OPERATIVO ANUAL <año>» es el mismo en todos los bloques del libro.",
    en: "The year in “PROGRAMA OPERATIVO ANUAL <year>” is the same in every block of the workbook.",
  },
  check({ workbook }) {
    const counts = new Map<number, number>();
    const actions = [...eachAction(workbook)];
    for (const action of actions) {
      const year = action.title?.year;
      if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    if (counts.size < 2) return [];
    // The workbook's year is the most common one; ties go to the first seen.
    let expected = 0;
    let best = 0;
    for (const [year, count] of counts) {
      if (count > best) {
        best = count;
        expected = year;
      }
    }
    const findings: FindingDraft[] = [];
    for (const action of actions) {
      const title = action.title;
      if (!title?.year || title.year === expected) continue;
      findings.push({
        messageId: "year-mismatch/mismatch",
        data: { expected, actual: title.year },
        sheet: action.sheet,
        cell: title.cell,
        action: actionNumber(action),
        expected,
        actual: title.year,
      });
    }
    return findings;
  },
};
