import { DIMENSIONS, type Dimension, LEVEL_NAMES, LEVEL_RULES } from "../mir/levels";
import { rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

/** What each level usually measures: the Fin its efficacy; lower levels may add efficiency, quality, economy. */
export const mirDimensionLevel = defineRule({
  id: "mir-dimension-level",
  severity: "info",
  name: { es: "La dimensión no es la usual de su nivel", en: "The dimension is not the usual one for its level" },
  fix: {
    es: "Revise la dimensión: el Fin mide eficacia; el Propósito, eficacia o eficiencia; el Componente, además calidad; la Actividad, además economía.",
    en: "Check the dimension: the Fin measures efficacy; the Propósito, efficacy or efficiency; the Componente, quality too; the Actividad, economy too.",
  },
  messages: {
    level: { es: "El indicador de {row} mide «{actual}», que no es lo usual en el nivel {level} ({expected}).", en: "The indicator of {row} measures “{actual}”, which is not usual at level {level} ({expected})." },
    unknown: { es: "La dimensión de {row} («{actual}») no es una de las cuatro: Eficacia, Eficiencia, Calidad o Economía.", en: "The dimension of {row} (“{actual}”) is not one of the four: Eficacia, Eficiencia, Calidad or Economía." },
  },
  docs: {
    es: "La dimensión del indicador es una de las cuatro de CONEVAL (eficacia, eficiencia, calidad, economía) y la usual de su nivel: el Fin, eficacia; el Propósito, eficacia o eficiencia; el Componente, también calidad; la Actividad, también economía (configurable en `src/domain/mir/levels.ts`). Una dimensión que no es de las cuatro es una advertencia.",
    en: "The indicator's dimension is one of CONEVAL's four (efficacy, efficiency, quality, economy) and the usual one for its level: the Fin, efficacy; the Propósito, efficacy or efficiency; the Componente, quality too; the Actividad, economy too (configurable in `src/domain/mir/levels.ts`). A dimension that is none of the four is a warning.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const dimension = said(row, "dimension");
      if (!dimension) continue;
      const key = normalizeLabel(dimension.text);
      const where = { sheet: mir.sheet, cell: dimension.cell, action: null };
      if (!(key in DIMENSIONS)) {
        report(where, "unknown", { row: rowName(row), actual: dimension.text.trim() }, { severity: "warning" });
        continue;
      }
      const allowed = LEVEL_RULES[row.level].dimensions;
      if (allowed.includes(key as Dimension)) continue;
      const expected = allowed.map((d) => DIMENSIONS[d]).join(", ");
      report(where, "level", { row: rowName(row), actual: dimension.text.trim(), level: LEVEL_NAMES[row.level], expected }, { expected, actual: dimension.text.trim() });
    }
  },
});
