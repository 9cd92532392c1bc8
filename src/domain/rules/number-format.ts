import type { Figure } from "../figures";
import { HEADER_CAPTIONS, MONTH_CAPTIONS, QUARTER_CAPTIONS, TABLE_CAPTIONS } from "../labels";
import type { LocatedFigure } from "../model";
import { displayText } from "../text";
import { actionNumber } from "../queries";
import { defineRule, type Place, type RuleContext } from "./rule";

type Report = RuleContext<"not-a-number" | "excel-error" | "number-as-text">["report"];

function check(report: Report, located: LocatedFigure, column: string, place: Omit<Place, "cell">): void {
  const figure: Figure = located.figure;
  const at = { ...place, cell: located.cell };
  if (figure.kind === "text") {
    const value = displayText(figure.text, 40);
    report(at, "not-a-number", { column, value }, { expected: "número", actual: value });
  } else if (figure.kind === "error") {
    report(at, "excel-error", { column, value: figure.code }, { actual: figure.code });
  } else if (figure.kind === "number" && figure.fromText) {
    const value = typeof located.raw === "string" ? displayText(located.raw, 40) : "";
    report(at, "number-as-text", { column, value, actual: figure.value }, { severity: "info", expected: figure.value, actual: value });
  }
}

/** Cells that must hold a number hold something else (text, an Excel error), or a number typed as text. */
export const numberFormat = defineRule({
  id: "number-format",
  severity: "error",
  name: { es: "Cifra que no es número", en: "Figure that is not a number" },
  fix: {
    es: "Escriba solo el número (sin letras ni signos), o 0 o «-» si no hay cifra.",
    en: "Type only the number (no letters or signs), or 0 or “-” when there is none.",
  },
  messages: {
    "not-a-number": {
      es: "{column} debe ser un número, pero la celda contiene «{value}».",
      en: "{column} must be a number, but the cell holds “{value}”.",
    },
    "excel-error": {
      es: "{column} contiene el error de Excel {value}; corrija la fórmula o la referencia.",
      en: "{column} holds the Excel error {value}; fix the formula or the reference.",
    },
    "number-as-text": {
      es: "{column} tiene el número {actual|num} escrito como texto («{value}»); Excel no lo suma. Escríbalo como número.",
      en: "{column} holds the number {actual|num} typed as text (“{value}”); Excel will not add it up. Enter it as a number.",
    },
  },
  docs: {
    es: "Las celdas de cifras (inversiones, programación anual y mensual, montos del resumen) contienen números.",
    en: "Figure cells (investments, annual and monthly program, summary amounts) hold numbers.",
  },
  check({ workbook, report }) {
    for (const sheet of workbook.sheets) {
      for (const action of sheet.actions) {
        const place = { sheet: sheet.name, action: actionNumber(action) };
        const inversion = action.fields.inversion;
        if (inversion) {
          check(report, { ...inversion.value, figure: inversion.figure }, HEADER_CAPTIONS.inversion, place);
        }
        const captions = action.periodKind === "quarterly" ? QUARTER_CAPTIONS : MONTH_CAPTIONS;
        for (const activity of action.activities) {
          if (activity.shifted) continue;
          const covered = activity.coveredFigureCells;
          const visit = (located: LocatedFigure | null, column: string) => {
            if (located && !covered.includes(located.cell)) check(report, located, column, place);
          };
          visit(activity.inversion, TABLE_CAPTIONS.inversion);
          visit(activity.anual, TABLE_CAPTIONS.anual);
          activity.periods.forEach((p, i) => visit(p, captions[i] ?? TABLE_CAPTIONS.mensual));
        }
      }
      for (const summary of sheet.summaries) {
        const place = { sheet: sheet.name, action: null };
        for (const row of summary.rows) check(report, row.amount, "INVERSIÓN (resumen)", place);
        if (summary.total) check(report, summary.total, "TOTAL (resumen)", place);
      }
    }
  },
});
