import { said } from "../mir/queries";
import { finProblem } from "../mir/syntax";
import { eachMirRow } from "../queries";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** The Fin's resumen narrativo starts with “Contribuir a”, names the higher goal (of the development or sector plan) and says how, with “mediante” or “a través de”. */
export const mirSyntaxFin = defineRule({
  id: "mir-syntax-fin",
  severity: "warning",
  name: { es: "El Fin no sigue la sintaxis de la MIR", en: "The Fin does not follow the MIR's syntax" },
  fix: {
    es: "Escriba el Fin como «Contribuir a <objetivo superior> mediante <cómo>».",
    en: "Write the Fin as “Contribuir a <higher goal> mediante <how>”.",
  },
  messages: {
    contribuir: {
      es: "El Fin «{text}» no empieza con «Contribuir a»: el Fin dice a qué objetivo superior contribuye el programa.",
      en: "The Fin “{text}” does not start with “Contribuir a”: the Fin says which higher goal the program contributes to.",
    },
    mediante: {
      es: "El Fin «{text}» no dice cómo contribuye: agregue «mediante…» o «a través de…».",
      en: "The Fin “{text}” does not say how it contributes: add “mediante…” or “a través de…”.",
    },
  },
  docs: {
    es: "El resumen narrativo del Fin empieza con «Contribuir a», nombra el objetivo superior (del plan de desarrollo o sectorial) y dice cómo, con «mediante» o «a través de».",
    en: "The Fin's resumen narrativo starts with “Contribuir a”, names the higher goal (of the development or sector plan) and says how, with “mediante” or “a través de”.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const resumen = row.level === "fin" ? said(row, "resumen") : null;
      const problem = resumen ? finProblem(resumen.text) : null;
      if (resumen && problem) report({ sheet: mir.sheet, cell: resumen.cell, action: null }, problem, { text: displayText(resumen.text) });
    }
  },
});
