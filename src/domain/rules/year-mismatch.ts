import { workbookYear } from "../workbookYear";
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
    const actions = [...eachAction(workbook)];
    const expected = workbookYear(workbook);
    if (expected === null || actions.every((a) => !a.title?.year || a.title.year === expected)) return [];
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
