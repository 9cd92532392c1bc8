import { sumFigures } from "../figures";
import { round2 } from "../amounts";
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
  },
  docs: {
    es: "En el seguimiento de indicadores, las metas trimestrales (PROGRAMADO) son congruentes con la meta anual: un porcentaje o una tasa llega a la meta en su último trimestre; una cantidad la suma en los trimestres, o la alcanza acumulada en el último.",
    en: "In the indicator follow-up, the quarterly targets (PROGRAMADO) agree with the annual target: a percentage or a rate reaches it in its last quarter; a count adds up to it over the quarters, or reaches it accumulated in the last one.",
  },
  check({ workbook, report }) {
    for (const sheet of workbook.sheets) {
      for (const row of sheet.indicators?.rows ?? []) {
        const meta = row.meta?.figure.kind === "number" ? row.meta.figure.value : null;
        const filled = row.programmed.filter((p) => p.figure.kind === "number");
        if (meta === null || filled.length === 0) continue;
        const lastAt = filled.at(-1)!;
        const last = lastAt.figure.kind === "number" ? lastAt.figure.value : 0;
        const sum = round2(sumFigures(row.programmed.map((p) => p.figure)) ?? 0);
        const same = (a: number) => Math.abs(a - meta) <= 0.005;
        const ratio = /PORCENTAJE|TASA|INDICE/.test(normalizeLabel(row.unidad));
        if (ratio ? same(last) : same(sum) || same(last)) continue;
        const where = { sheet: sheet.name, cell: lastAt.cell, action: null };
        if (ratio) report(where, "ratio", { indicator: row.name.text, last, meta }, { expected: meta, actual: last });
        else report(where, "count", { indicator: row.name.text, sum, last, meta }, { expected: meta, actual: sum });
      }
    }
  },
});
