import { eachAction, workbookYear } from "../queries";
import { defineRule } from "./rule";

/** Every block's "PROGRAMA OPERATIVO ANUAL <year>" agrees with the rest of the workbook. */
export const yearMismatch = defineRule({
  id: "year-mismatch",
  severity: "warning",
  name: { es: "Año distinto al del libro", en: "Year differs from the workbook's" },
  fix: {
    es: "Use el mismo año en todos los títulos «PROGRAMA OPERATIVO ANUAL».",
    en: "Use the same year in every “PROGRAMA OPERATIVO ANUAL” title.",
  },
  messages: {
    mismatch: {
      es: "Este bloque dice PROGRAMA OPERATIVO ANUAL {actual}, pero el resto del libro es de {expected}.",
      en: "This block says PROGRAMA OPERATIVO ANUAL {actual}, but the rest of the workbook is for {expected}.",
    },
  },
  docs: {
    es: "El año de «PROGRAMA OPERATIVO ANUAL <año>» es el mismo en todos los bloques del libro.",
    en: "The year in “PROGRAMA OPERATIVO ANUAL <year>” is the same in every block of the workbook.",
  },
  check({ workbook, report }) {
    const actions = [...eachAction(workbook)];
    const expected = workbookYear(workbook);
    if (expected === null || actions.every((a) => !a.title?.year || a.title.year === expected)) return;
    for (const action of actions) {
      const title = action.title;
      if (!title?.year || title.year === expected) continue;
      report({ action, at: title.cell }, "mismatch", { expected, actual: title.year }, { expected, actual: title.year });
    }
  },
});
