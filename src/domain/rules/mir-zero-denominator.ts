import { mirNumber, rowName } from "../mir/queries";
import { eachMir } from "../queries";
import { defineRule } from "./rule";

/** A denominator of 0 makes the indicator impossible to compute. */
export const mirZeroDenominator = defineRule({
  id: "mir-zero-denominator",
  severity: "error",
  name: { es: "El denominador es cero", en: "The denominator is zero" },
  fix: { es: "Escriba el valor del denominador: con 0 el indicador no se puede calcular.", en: "Type the denominator's value: with 0 the indicator cannot be computed." },
  messages: {
    zero: { es: "El denominador de {row} es 0: el indicador no se puede calcular.", en: "The denominator of {row} is 0: the indicator cannot be computed." },
    "zero-base": { es: "El denominador de la línea base de {row} es 0: la línea base no se puede calcular.", en: "The denominator of the baseline of {row} is 0: the baseline cannot be computed." },
  },
  docs: { es: "El denominador de la meta de un indicador, y el de su línea base, no son 0.", en: "The denominator of an indicator's target, and that of its baseline, are not 0." },
  check({ workbook, report }) {
    for (const mir of eachMir(workbook)) {
      for (const row of mir.rows) {
        for (const [field, messageId] of [["denominador", "zero"], ["lineaBaseDenominador", "zero-base"]] as const) {
          const denominador = row.figures[field];
          if (denominador && mirNumber(denominador.figure) === 0) report({ sheet: mir.sheet, cell: denominador.cell, action: null }, messageId, { row: rowName(row) });
        }
      }
    }
  },
});
