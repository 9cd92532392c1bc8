import { sumFigures } from "../figures";
import { round2 } from "../amounts";
import type { LocatedFigure } from "../model";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

/**
 * The quarters' programmed values agree with the annual meta: a percentage or a rate reaches it
 * in its last quarter (accumulated); a count adds up to it, or reaches it accumulated.
 */
export const mirMetaCalendar = defineRule({
  id: "mir-meta-calendar",
  severity: "error",
  name: { es: "Lo programado por trimestre no da la meta anual", en: "The quarters' program does not give the annual target" },
  fix: {
    es: "Corrija lo PROGRAMADO de los trimestres o la META ANUAL: un porcentaje llega a la meta en su último trimestre; una cantidad la suma, o llega a ella acumulada.",
    en: "Fix the quarters' PROGRAMADO or the META ANUAL: a percentage reaches the target in its last quarter; a count adds up to it, or reaches it accumulated.",
  },
  messages: {
    ratio: { es: "«{indicator}» es un porcentaje: lo programado en su último trimestre ({last|num}) debe ser su meta anual ({meta|num}).", en: "“{indicator}” is a percentage: its last quarter's program ({last|num}) must be its annual target ({meta|num})." },
    count: { es: "Lo programado de «{indicator}» suma {sum|num} en los trimestres y llega a {last|num} en el último, pero su meta anual es {meta|num}.", en: "The program of “{indicator}” adds up to {sum|num} over the quarters and reaches {last|num} in the last one, but its annual target is {meta|num}." },
    variable: {
      es: "Lo programado de {variable} en «{indicator}» suma {sum|num} en los trimestres y llega a {last|num} en el último, pero su valor anual es {meta|num}.",
      en: "The program of {variable} in “{indicator}” adds up to {sum|num} over the quarters and reaches {last|num} in the last one, but its annual value is {meta|num}.",
    },
  },
  docs: {
    es: "En el seguimiento de indicadores, las metas trimestrales (PROGRAMADO) son congruentes con la meta anual: un porcentaje o una tasa llega a la meta en su último trimestre; una cantidad la suma en los trimestres, o la alcanza acumulada en el último. Lo programado de cada variable (V1, V2…) suma su valor anual, o lo alcanza en el último trimestre.",
    en: "In the indicator follow-up, the quarterly targets (PROGRAMADO) agree with the annual target: a percentage or a rate reaches it in its last quarter; a count adds up to it over the quarters, or reaches it accumulated in the last one. Each variable's program (V1, V2…) adds up to its annual value, or reaches it in the last quarter.",
  },
  check({ workbook, report }) {
    for (const sheet of workbook.sheets) {
      for (const row of sheet.indicators?.rows ?? []) {
        const ratio = /PORCENTAJE|TASA|INDICE/.test(normalizeLabel(row.unidad));
        const found = calendarProblem(row.meta, row.programmed, ratio);
        if (found) {
          const where = { sheet: sheet.name, cell: found.cell, action: null };
          if (ratio) report(where, "ratio", { indicator: row.name.text, last: found.last, meta: found.meta }, { expected: found.meta, actual: found.last });
          else report(where, "count", { indicator: row.name.text, sum: found.sum, last: found.last, meta: found.meta }, { expected: found.meta, actual: found.sum });
        }
        // A variable counts (becarios, becas): its quarters add up to its annual value, or reach it.
        for (const variable of row.variables) {
          const off = calendarProblem(variable.annual, variable.programmed, false);
          if (off) report({ sheet: sheet.name, cell: off.cell, action: null }, "variable", { variable: `«${variable.label}»`, indicator: row.name.text, sum: off.sum, last: off.last, meta: off.meta }, { expected: off.meta, actual: off.sum });
        }
      }
    }
  },
});

/**
 * Quarters that do not give the annual value: a ratio must reach it in its last programmed
 * quarter; a count must add up to it or reach it there. Null when they do, or when there is no
 * annual value or nothing programmed.
 */
function calendarProblem(annual: LocatedFigure | null, programmed: readonly LocatedFigure[], ratio: boolean): { cell: string; meta: number; sum: number; last: number } | null {
  const meta = annual?.figure.kind === "number" ? annual.figure.value : null;
  const filled = programmed.filter((p) => p.figure.kind === "number");
  if (meta === null || filled.length === 0) return null;
  const lastAt = filled.at(-1)!;
  const last = lastAt.figure.kind === "number" ? lastAt.figure.value : 0;
  const sum = round2(sumFigures(programmed.map((p) => p.figure)) ?? 0);
  const same = (a: number) => Math.abs(a - meta) <= 0.005;
  if (ratio ? same(last) : same(sum) || same(last)) return null;
  return { cell: lastAt.cell, meta, sum, last };
}
