import { parseFormula } from "../mir/formula";
import { rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** The método de cálculo is a formula over named variables: «(Becas entregadas / Becas programadas) × 100». */
export const mirFormula = defineRule({
  id: "mir-formula",
  severity: "error",
  name: { es: "El método de cálculo no es una fórmula", en: "The método de cálculo is not a formula" },
  fix: {
    es: "Escriba el método como una fórmula con sus variables: «(Becas entregadas / Becas programadas) × 100».",
    en: "Write the method as a formula over its variables: “(Becas entregadas / Becas programadas) × 100”.",
  },
  messages: {
    "no-operator": { es: "El método de cálculo de {row} («{text}») no es una operación entre variables: escriba la fórmula («A / B × 100»).", en: "The método de cálculo of {row} (“{text}”) is no operation between variables: write the formula (“A / B × 100”)." },
    parentheses: { es: "El método de cálculo de {row} («{text}») no cierra sus paréntesis.", en: "The método de cálculo of {row} (“{text}”) does not close its parentheses." },
    syntax: { es: "El método de cálculo de {row} («{text}») no se puede leer como fórmula: revise los operadores.", en: "The método de cálculo of {row} (“{text}”) cannot be read as a formula: check its operators." },
  },
  docs: {
    es: "El método de cálculo es una fórmula sobre variables con nombre (A/B, V1/V2 o sus nombres), con paréntesis cerrados; «Porcentaje de avance» no es un método.",
    en: "The método de cálculo is a formula over named variables (A/B, V1/V2 or their names), with closed parentheses; “Porcentaje de avance” is not a method.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const metodo = said(row, "metodo");
      const parsed = metodo ? parseFormula(metodo.text) : null;
      if (!metodo || !parsed || !("problem" in parsed) || parsed.problem === "empty") continue;
      report({ sheet: mir.sheet, cell: metodo.cell, action: null }, parsed.problem, { row: rowName(row), text: displayText(metodo.text) });
    }
  },
});
