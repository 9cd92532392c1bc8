import { calendarColumns, codePath, rootsOf } from "../calendarCodes";
import { figureAmount } from "../figures";
import type { CalendarRow } from "../model";
import { round2, sameAmount } from "../amounts";
import { eachCalendar } from "../queries";
import { defineRule } from "./rule";

/**
 * What a TOTAL row may add up: every line above it but the subtotals; the subtotals alone; the
 * lines of the deepest codes; or the top ones (a calendar whose chapters sit over their concepts). A total
 * that is none of these is wrong; one that is any of them is not reported, never a false error.
 */
function candidates(lines: readonly CalendarRow[], value: (line: CalendarRow) => number | null): number[] | null {
  const plain = lines.filter((l) => !l.subtotal && !l.total);
  const depth = (code: string | null) => codePath(code)?.parts.length ?? -1;
  const deepest = Math.max(...plain.map((l) => depth(l.code)));
  const sets = [plain, lines.filter((l) => l.subtotal), plain.filter((l) => depth(l.code) === deepest), rootsOf(plain)].filter((set) => set.length > 0);
  const sums: number[] = [];
  for (const set of sets) {
    let sum = 0;
    for (const line of set) {
      const amount = value(line);
      if (amount === null) return null;
      sum += amount;
    }
    sums.push(round2(sum));
  }
  return sums;
}

export const totalSum = defineRule({
  id: "total-sum",
  severity: "error",
  name: { es: "El total no es la suma de sus renglones", en: "The total is not the sum of its lines" },
  fix: {
    es: "Corrija el renglón TOTAL o los renglones que suma, hasta que coincidan.",
    en: "Fix the TOTAL row or the lines it adds up until they agree.",
  },
  messages: {
    mismatch: {
      es: "El TOTAL de {column} es {actual|num}, pero los renglones de arriba suman {expected|num}: el total es {diff|gap} {diff|side}.",
      en: "The TOTAL of {column} is {actual|num}, but the lines above add up to {expected|num}: the total is {diff|gap} {diff|side}.",
    },
  },
  docs: {
    es: "En un calendario de presupuesto, el renglón TOTAL es la suma de los renglones de arriba, columna por columna (el anual y cada mes).",
    en: "In a budget calendar, the TOTAL row is the sum of the lines above it, column by column (the annual and each month).",
  },
  check({ workbook, report }) {
    for (const { sheet, table } of eachCalendar(workbook)) {
      let start = 0;
      table.rows.forEach((line, index) => {
        if (!line.total) return;
        const lines = table.rows.slice(start, index);
        start = index + 1;
        if (lines.length === 0) return;
        for (const [column, at] of calendarColumns(table)) {
          // A TOTAL left blank in a column is not a total of 0.
          if (at(line).figure.kind === "blank") continue;
          const value = (l: CalendarRow) => figureAmount(at(l).figure);
          const cell = at(line).cell;
          const actual = value(line);
          const sums = actual === null ? null : candidates(lines, value);
          if (actual === null || !sums || sums.some((sum) => sameAmount(sum, actual))) continue;
          const expected = sums[0]!;
          report({ sheet, cell, action: null }, "mismatch", { column, actual, expected, diff: round2(actual - expected) }, { expected, actual });
        }
      });
    }
  },
});
