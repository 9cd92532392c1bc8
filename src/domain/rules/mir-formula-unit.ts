import { isPercentage, parseFormula } from "../mir/formula";
import { rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

/** A formula multiplied by 100 gives a percentage (or a rate of change): its unit says so. */
export const mirFormulaUnit = defineRule({
  id: "mir-formula-unit",
  severity: "warning",
  name: { es: "La unidad de medida no es la que da la fórmula", en: "The unit is not what the formula gives" },
  fix: { es: "Si el método multiplica por 100, la unidad de medida es Porcentaje (o Tasa de variación).", en: "If the method multiplies by 100, the unit is Porcentaje (or Tasa de variación)." },
  messages: {
    percent: { es: "El método de {row} multiplica por 100, pero su unidad de medida es «{actual}»: el resultado es un porcentaje.", en: "The method of {row} multiplies by 100, but its unit is “{actual}”: the result is a percentage." },
  },
  docs: {
    es: "Un método de cálculo que multiplica por 100 da un porcentaje (o una tasa de variación): su unidad de medida lo dice.",
    en: "A método de cálculo that multiplies by 100 gives a percentage (or a rate of change): its unit says so.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const metodo = said(row, "metodo");
      const unidad = said(row, "unidad");
      const parsed = metodo ? parseFormula(metodo.text) : null;
      if (!unidad || !parsed || "problem" in parsed || !isPercentage(parsed.formula)) continue;
      if (/PORCENTAJE|PORCIENTO|TASA|%/.test(normalizeLabel(unidad.text)) || unidad.text.includes("%")) continue;
      report({ sheet: mir.sheet, cell: unidad.cell, action: null }, "percent", { row: rowName(row), actual: unidad.text.trim() }, { expected: "Porcentaje", actual: unidad.text.trim() });
    }
  },
});
