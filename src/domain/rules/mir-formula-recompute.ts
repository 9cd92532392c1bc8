import { evaluate, parseFormula } from "../mir/formula";
import { mirNumber, rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { round2 } from "../amounts";
import { defineRule } from "./rule";

/** The meta and the línea base are what the método gives for their variables' values. */
export const mirFormulaRecompute = defineRule({
  id: "mir-formula-recompute",
  severity: "error",
  name: { es: "La meta o la línea base no es lo que da su fórmula", en: "The target or the baseline is not what its formula gives" },
  fix: { es: "Corrija la meta (o la línea base) o los valores de sus variables hasta que la fórmula los dé.", en: "Fix the target (or the baseline) or its variables' values until the formula gives them." },
  messages: {
    meta: { es: "La meta de {row} es {meta|num}, pero su método con {numerador|num} y {denominador|num} da {expected|num}.", en: "The target of {row} is {meta|num}, but its method with {numerador|num} and {denominador|num} gives {expected|num}." },
    lineaBase: {
      es: "La línea base de {row} es {meta|num}, pero su método con {numerador|num} y {denominador|num} da {expected|num}.",
      en: "The baseline of {row} is {meta|num}, but its method with {numerador|num} and {denominador|num} gives {expected|num}.",
    },
  },
  docs: {
    es: "Cuando la MIR da los valores de las variables de la meta (numerador y denominador) o de la línea base, la meta y la línea base son lo que da el método de cálculo con ellos (a 0.01; una meta escrita como 85 % vale 85 o 0.85).",
    en: "When the MIR gives the values of the variables of the target (numerator and denominator) or of the baseline, the target and the baseline are what the método de cálculo gives with them (to 0.01; a target written as 85 % counts as 85 or 0.85).",
  },
  check({ workbook, report }) {
    const checks = [
      { messageId: "meta", value: "meta", first: "numerador", second: "denominador" },
      { messageId: "lineaBase", value: "lineaBase", first: "lineaBaseNumerador", second: "lineaBaseDenominador" },
    ] as const;
    for (const { mir, row } of eachMirRow(workbook)) {
      const metodo = said(row, "metodo");
      const parsed = metodo ? parseFormula(metodo.text) : null;
      if (!parsed || "problem" in parsed || parsed.variables.length !== 2) continue;
      for (const check of checks) {
        const meta = mirNumber(row.figures[check.value]?.figure);
        const numerador = mirNumber(row.figures[check.first]?.figure);
        const denominador = mirNumber(row.figures[check.second]?.figure);
        if (meta === null || numerador === null || denominador === null) continue;
        const value = evaluate(parsed.formula, new Map([[parsed.variables[0]!, numerador], [parsed.variables[1]!, denominador]]));
        // A zero denominator is mir-zero-denominator's.
        if (value === null) continue;
        const expected = round2(value);
        if ([meta, meta * 100].some((m) => Math.abs(round2(m) - expected) <= 0.01)) continue;
        report({ sheet: mir.sheet, cell: row.figures[check.value]!.cell, action: null }, check.messageId, { row: rowName(row), meta, numerador, denominador, expected }, { expected, actual: meta });
      }
    }
  },
});
