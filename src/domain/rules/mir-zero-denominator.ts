import { mirNumber, rowName } from "../mir/queries";
import { eachMir } from "../queries";
import { defineRule } from "./rule";

/** A denominator of 0 makes the indicator impossible to compute. */
export const mirZeroDenominator = defineRule({
  id: "mir-zero-denominator",
  severity: "error",
  name: { es: "El denominador es cero", en: "The denominator is zero" },
  fix: { es: "Escriba el valor programado del denominador: con 0 el indicador no se puede calcular.", en: "Type the denominator's programmed value: with 0 the indicator cannot be computed." },
  messages: {
    zero: { es: "El denominador de {row} es 0: el indicador no se puede calcular.", en: "The denominator of {row} is 0: the indicator cannot be computed." },
  },
  docs: { es: "El denominador de la meta de un indicador no es 0.", en: "The denominator of an indicator's target is not 0." },
  check({ workbook, report }) {
    for (const mir of eachMir(workbook)) {
      for (const row of mir.rows) {
        const denominador = row.figures.denominador;
        if (denominador && mirNumber(denominador.figure) === 0) report({ sheet: mir.sheet, cell: denominador.cell, action: null }, "zero", { row: rowName(row) });
      }
    }
  },
});
