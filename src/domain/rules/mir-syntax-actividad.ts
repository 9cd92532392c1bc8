import { said } from "../mir/queries";
import { actividadProblem } from "../mir/syntax";
import { eachMirRow } from "../queries";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** An Actividad's resumen narrativo starts with a noun made from a verb (-ción, -miento, “Entrega”…) followed by its complement: “Elaboración de padrones de beneficiarios”. */
export const mirSyntaxActividad = defineRule({
  id: "mir-syntax-actividad",
  severity: "warning",
  name: { es: "La Actividad no sigue la sintaxis de la MIR", en: "The Actividad does not follow the MIR's syntax" },
  fix: {
    es: "Escriba la Actividad como «<sustantivo derivado de un verbo> <complemento>»: «Elaboración de padrones».",
    en: "Write the Actividad as “<noun made from a verb> <complement>”: “Elaboración de padrones”.",
  },
  messages: {
    noun: {
      es: "La Actividad «{text}» no empieza con un sustantivo de acción («Elaboración de…», «Entrega de…», «Seguimiento a…»).",
      en: "The Actividad “{text}” does not start with an action noun (“Elaboración de…”, “Entrega de…”, “Seguimiento a…”).",
    },
    infinitive: {
      es: "La Actividad «{text}» empieza con un verbo en infinitivo: escríbalo como sustantivo («Elaborar» → «Elaboración de…»).",
      en: "The Actividad “{text}” starts with an infinitive: write it as a noun (“Elaborar” → “Elaboración de…”).",
    },
  },
  docs: {
    es: "El resumen narrativo de una Actividad empieza con un sustantivo derivado de un verbo (-ción, -miento, «Entrega»…) seguido de su complemento: «Elaboración de padrones de beneficiarios».",
    en: "An Actividad's resumen narrativo starts with a noun made from a verb (-ción, -miento, “Entrega”…) followed by its complement: “Elaboración de padrones de beneficiarios”.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const resumen = row.level === "actividad" ? said(row, "resumen") : null;
      const problem = resumen ? actividadProblem(resumen.text) : null;
      if (resumen && problem) report({ sheet: mir.sheet, cell: resumen.cell, action: null }, problem, { text: displayText(resumen.text) });
    }
  },
});
