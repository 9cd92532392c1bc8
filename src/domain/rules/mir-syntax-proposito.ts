import { said } from "../mir/queries";
import { propositoProblem } from "../mir/syntax";
import { eachMirRow } from "../queries";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** The Propósito's resumen narrativo names the population or focus area and the result it reaches, with the verb in the present; it does not start with “Contribuir” nor say “mediante”. */
export const mirSyntaxProposito = defineRule({
  id: "mir-syntax-proposito",
  severity: "warning",
  name: { es: "El Propósito no sigue la sintaxis de la MIR", en: "The Propósito does not follow the MIR's syntax" },
  fix: {
    es: "Escriba el Propósito como «<población o área de enfoque> <verbo en presente> <resultado logrado>».",
    en: "Write the Propósito as “<population or focus area> <verb in the present> <result achieved>”.",
  },
  messages: {
    contribuir: {
      es: "El Propósito «{text}» empieza con «Contribuir»: esa es la sintaxis del Fin. El Propósito dice qué población logra qué resultado.",
      en: "The Propósito “{text}” starts with “Contribuir”: that is the Fin's syntax. The Propósito says which population reaches which result.",
    },
    mediante: {
      es: "El Propósito «{text}» dice cómo («mediante», «a través de»): el cómo son los Componentes. Deje la población y el resultado que logra.",
      en: "The Propósito “{text}” says how (“mediante”, “a través de”): the how is the Componentes. Keep the population and the result it reaches.",
    },
  },
  docs: {
    es: "El resumen narrativo del Propósito nombra a la población o área de enfoque y el resultado que logra, con el verbo en presente; no empieza con «Contribuir» ni dice «mediante».",
    en: "The Propósito's resumen narrativo names the population or focus area and the result it reaches, with the verb in the present; it does not start with “Contribuir” nor say “mediante”.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const resumen = row.level === "proposito" ? said(row, "resumen") : null;
      const problem = resumen ? propositoProblem(resumen.text) : null;
      if (resumen && problem) report({ sheet: mir.sheet, cell: resumen.cell, action: null }, problem, { text: displayText(resumen.text) });
    }
  },
});
