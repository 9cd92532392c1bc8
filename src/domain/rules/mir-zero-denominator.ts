import { mirIndicatorKey } from "../mir/indicatorSheet";
import { followedVariables } from "../mir/indicatorVariables";
import { mirNumber, rowName } from "../mir/queries";
import { eachMirRow, followedIndicators } from "../queries";
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
    "zero-programmed": {
      es: "«{variable}» divide en el método de «{indicator}», y lo PROGRAMADO del trimestre {quarter} es 0: el indicador no se puede calcular ese trimestre.",
      en: "“{variable}” divides in the method of “{indicator}”, and the quarter {quarter} PROGRAMADO is 0: the indicator cannot be computed that quarter.",
    },
    "zero-achieved": {
      es: "«{variable}» divide en el método de «{indicator}», y lo ALCANZADO del trimestre {quarter} es 0: el indicador no se calcula ese trimestre y su semáforo dice SIN REPORTE. Si de verdad fue 0, explíquelo en JUSTIFICACIÓN.",
      en: "“{variable}” divides in the method of “{indicator}”, and the quarter {quarter} ALCANZADO is 0: the indicator is not computed that quarter and its semáforo says SIN REPORTE. If it really was 0, say so under JUSTIFICACIÓN.",
    },
  },
  docs: {
    es: "El denominador de la meta de un indicador, y el de su línea base, no son 0; en el seguimiento de indicadores, tampoco lo programado de una variable que divide (lo alcanzado en 0 es una advertencia).",
    en: "The denominator of an indicator's target, and that of its baseline, are not 0; in the indicator follow-up, nor is the program of a variable that divides (an achieved 0 is a warning).",
  },
  check({ workbook, report }) {
    const followed = followedIndicators(workbook);
    const checked = new Set<string>();
    for (const { mir, row } of eachMirRow(workbook)) {
      for (const [field, messageId] of [["denominador", "zero"], ["lineaBaseDenominador", "zero-base"]] as const) {
        const denominador = row.figures[field];
        if (denominador && mirNumber(denominador.figure) === 0) report({ sheet: mir.sheet, cell: denominador.cell, action: null }, messageId, { row: rowName(row) });
      }
      // Its follow-up's variables, quarter by quarter, once for each indicator followed.
      const key = mirIndicatorKey(row);
      const sheetRow = key && !checked.has(key) ? followed.get(key) : undefined;
      if (!key || !sheetRow) continue;
      checked.add(key);
      const variables = followedVariables(row)?.variables ?? [];
      sheetRow.variables.forEach((typed, v) => {
        if (!variables[v]?.divides) return;
        for (const [quarters, messageId] of [[typed.programmed, "zero-programmed"], [typed.achieved, "zero-achieved"]] as const) {
          quarters.forEach((at, q) => {
            if (at.figure.kind !== "number" || at.figure.value !== 0) return;
            report({ sheet: sheetRow.sheet, cell: at.cell, action: null }, messageId, { variable: typed.label, indicator: sheetRow.name.text.trim(), quarter: q + 1 }, messageId === "zero-achieved" ? { severity: "warning" } : {});
          });
        }
      });
    }
  },
});
