import { mirNumber, rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

/** An ascending indicator aims above its línea base; a descending one, below. */
export const mirMetaSense = defineRule({
  id: "mir-meta-sense",
  severity: "warning",
  name: { es: "La meta va contra el sentido del indicador", en: "The target goes against the indicator's direction" },
  fix: { es: "Revise la meta, la línea base o el sentido: ascendente pide una meta mayor o igual a la línea base; descendente, menor o igual.", en: "Check the target, the baseline or the direction: ascending asks for a target at or above the baseline; descending, at or below." },
  messages: {
    ascendente: { es: "{row} es ascendente, pero su meta ({meta|num}) es menor que su línea base ({base|num}).", en: "{row} is ascending, but its target ({meta|num}) is below its baseline ({base|num})." },
    descendente: { es: "{row} es descendente, pero su meta ({meta|num}) es mayor que su línea base ({base|num}).", en: "{row} is descending, but its target ({meta|num}) is above its baseline ({base|num})." },
  },
  docs: {
    es: "Con sentido ascendente la meta es mayor o igual a la línea base; con sentido descendente, menor o igual.",
    en: "With an ascending direction the target is at or above the baseline; with a descending one, at or below.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const sentido = said(row, "sentido");
      const meta = mirNumber(row.figures.meta?.figure);
      const base = mirNumber(row.figures.lineaBase?.figure);
      if (!sentido || meta === null || base === null) continue;
      const key = normalizeLabel(sentido.text);
      const wrong = key.startsWith("ASCENDENTE") ? meta < base : key.startsWith("DESCENDENTE") ? meta > base : false;
      if (!wrong) continue;
      report({ sheet: mir.sheet, cell: row.figures.meta!.cell, action: null }, key.startsWith("ASCENDENTE") ? "ascendente" : "descendente", { row: rowName(row), meta, base }, { expected: base, actual: meta });
    }
  },
});
