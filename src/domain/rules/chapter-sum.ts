import { calendarColumns, childrenOf, codePath } from "../calendarCodes";
import { figureAmount } from "../figures";
import { round2, sameAmount } from "../amounts";
import { displayText } from "../text";
import { eachCalendar } from "../queries";
import { defineRule } from "./rule";

/** A chapter (or concept) row of a budget calendar is the sum of the rows its code holds, column by column. */
export const chapterSum = defineRule({
  id: "chapter-sum",
  severity: "error",
  name: { es: "Un capítulo no suma sus partidas", en: "A chapter does not add up its lines" },
  fix: {
    es: "Corrija el renglón del capítulo (o concepto) o los renglones que le pertenecen, hasta que sumen lo mismo.",
    en: "Fix the chapter (or concept) row or the lines under it until they agree.",
  },
  messages: {
    mismatch: {
      es: "«{line}» tiene {actual|num} en {column}, pero sus {count} renglones ({codes}) suman {expected|num}: {diff|gap} {diff|side}.",
      en: "“{line}” has {actual|num} in {column}, but its {count} lines ({codes}) add up to {expected|num}: {diff|gap} {diff|side}.",
    },
  },
  docs: {
    es: "En un calendario de presupuesto ordenado por las claves del CONAC, un capítulo (1000) es la suma de sus conceptos (1100…1900), y un concepto la de sus partidas (también con claves como 111.1.1).",
    en: "In a budget calendar ordered by CONAC codes, a chapter (1000) is the sum of its concepts (1100…1900), and a concept that of its partidas (also with codes such as 111.1.1).",
  },
  check({ workbook, report }) {
    for (const { sheet, table } of eachCalendar(workbook)) {
      const lines = table.rows.filter((l) => !l.total && !l.subtotal && codePath(l.code) !== null);
      for (const parent of lines) {
        const children = childrenOf(parent, lines);
        if (children.length === 0) continue;
        for (const [column, at] of calendarColumns(table)) {
          if (at(parent).figure.kind === "blank") continue;
          const actual = figureAmount(at(parent).figure);
          const amounts = children.map((c) => figureAmount(at(c).figure));
          if (actual === null || amounts.some((a) => a === null)) continue;
          const expected = round2(amounts.reduce<number>((n, a) => n + a!, 0));
          if (sameAmount(actual, expected)) continue;
          const name = displayText([parent.code, parent.label?.text].filter(Boolean).join(" "));
          report(
            { sheet, cell: at(parent).cell, action: null },
            "mismatch",
            { line: name, column, actual, expected, diff: round2(actual - expected), count: children.length, codes: children.map((c) => c.code).join(", ") },
            { expected, actual },
          );
        }
      }
    }
  },
});
