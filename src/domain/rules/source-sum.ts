import { sumFigures } from "../figures";
import { eachCalendar } from "../queries";
import { displayText } from "../text";
import { round2, sameAmount } from "../amounts";
import { defineRule } from "./rule";

/** A work's funding sources (FEDERAL, ESTATAL, MUNICIPAL, FISM…) must add up to its TOTAL; "-" and blank count 0. */
export const sourceSum = defineRule({
  id: "source-sum",
  severity: "error",
  name: { es: "Las fuentes de financiamiento no suman el total", en: "The funding sources do not add up to the total" },
  fix: {
    es: "Corrija el monto de alguna fuente o el total de la obra hasta que sumen lo mismo.",
    en: "Fix one source's amount or the work's total until they agree.",
  },
  messages: {
    mismatch: {
      es: "Las fuentes de «{line}» ({sources}) suman {actual|num}, pero su {column} es {expected|num}: las fuentes suman {diff|gap} {diff|side}.",
      en: "The sources of “{line}” ({sources}) add up to {actual|num}, but its {column} is {expected|num}: the sources add up to {diff|gap} {diff|side}.",
    },
  },
  docs: {
    es: "En un anexo de obras, lo que aporta cada fuente de financiamiento (FEDERAL, ESTATAL, MUNICIPAL, FISM…) suma el total de la obra, renglón por renglón.",
    en: "In a works annex, what each funding source (FEDERAL, ESTATAL, MUNICIPAL, FISM…) puts in adds up to the work's total, row by row.",
  },
  check({ workbook, report }) {
    for (const { sheet, table } of eachCalendar(workbook)) {
      if (table.periodKind !== "sources") continue;
      for (const line of table.rows) {
        // TOTAL and SUBTOTAL rows are total-sum's, column by column.
        if (line.total || line.subtotal) continue;
        // A TOTAL not typed yet is missing, not 0; a work whose money is not split yet (every
        // source blank) is not a sum of 0.
        if (line.annual.figure.kind !== "number" || line.periods.every((p) => p.figure.kind === "blank")) continue;
        const expected = line.annual.figure.value;
        const sum = sumFigures(line.periods.map((p) => p.figure));
        if (sum === null || sameAmount(sum, expected)) continue;
        const name = line.label?.text ?? `fila ${line.row + 1}`;
        report(
          { sheet, cell: line.annual.cell, action: null },
          "mismatch",
          { line: displayText(name), sources: (table.sources ?? []).join(", "), column: table.totalCaption, expected, actual: round2(sum), diff: round2(sum - expected) },
          { expected, actual: round2(sum) },
        );
      }
    }
  },
});
