import type { Figure } from "../figures";
import { HEADER_CAPTIONS, MONTH_CAPTIONS, QUARTER_CAPTIONS, TABLE_CAPTIONS } from "../labels";
import type { LocatedFigure } from "../model";
import { displayText } from "../text";
import { actionNumber } from "./helpers";
import type { FindingDraft, Rule } from "./types";

function check(located: LocatedFigure, column: string, sheet: string, action: number | null): FindingDraft | null {
  const figure: Figure = located.figure;
  if (figure.kind === "blank" || figure.kind === "dash" || (figure.kind === "number" && !figure.fromText)) return null;
  const base = { sheet, cell: located.cell, action };
  if (figure.kind === "text") {
    const value = displayText(figure.text, 40);
    return { ...base, messageId: "number-format/not-a-number", data: { column, value }, expected: "número", actual: value };
  }
  if (figure.kind === "error") {
    return { ...base, messageId: "number-format/excel-error", data: { column, value: figure.code }, actual: figure.code };
  }
  if (figure.kind === "number" && figure.fromText) {
    const value = typeof located.raw === "string" ? displayText(located.raw, 40) : "";
    return {
      ...base,
      severity: "info",
      messageId: "number-format/number-as-text",
      data: { column, value, actual: figure.value },
      expected: figure.value,
      actual: value,
    };
  }
  return null;
}

/** Cells that must hold a number hold something else (text, an Excel error), or a number typed as text. */
export const numberFormat: Rule = {
  id: "number-format",
  severity: "error",
  docs: {
    es: "Las celdas de cifras (inversiones, programación anual y mensual, montos del resumen) contienen números.",
    en: "Figure cells (investments, annual and monthly program, summary amounts) hold numbers.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    const push = (finding: FindingDraft | null) => finding && findings.push(finding);
    for (const sheet of workbook.sheets) {
      for (const action of sheet.actions) {
        const number = actionNumber(action);
        const inversion = action.fields.inversion;
        if (inversion) {
          push(check({ ...inversion.value, figure: inversion.figure }, HEADER_CAPTIONS.inversion, sheet.name, number));
        }
        const captions = action.periodKind === "quarterly" ? QUARTER_CAPTIONS : MONTH_CAPTIONS;
        for (const activity of action.activities) {
          if (activity.shifted) continue;
          const covered = activity.coveredFigureCells;
          const visit = (located: LocatedFigure | null, column: string) => {
            if (located && !covered.includes(located.cell)) push(check(located, column, sheet.name, number));
          };
          visit(activity.inversion, TABLE_CAPTIONS.inversion);
          visit(activity.anual, TABLE_CAPTIONS.anual);
          activity.periods.forEach((p, i) => visit(p, captions[i] ?? TABLE_CAPTIONS.mensual));
        }
      }
      for (const summary of sheet.summaries) {
        for (const row of summary.rows) push(check(row.amount, "INVERSIÓN (resumen)", sheet.name, null));
        if (summary.total) push(check(summary.total, "TOTAL (resumen)", sheet.name, null));
      }
    }
    return findings;
  },
};
