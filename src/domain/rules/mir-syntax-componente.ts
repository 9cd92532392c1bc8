import { said } from "../mir/queries";
import { componenteProblem } from "../mir/syntax";
import { eachMirRow } from "../queries";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** A Componente's resumen narrativo is the good or service the program delivers, followed by a past participle: “Becas entregadas”, “Apoyos otorgados”. */
export const mirSyntaxComponente = defineRule({
  id: "mir-syntax-componente",
  severity: "warning",
  name: { es: "El Componente no sigue la sintaxis de la MIR", en: "The Componente does not follow the MIR's syntax" },
  fix: {
    es: "Escriba el Componente como «<bien o servicio> <verbo en participio pasado>»: «Becas entregadas».",
    en: "Write the Componente as “<good or service> <past participle>”: “Becas entregadas”.",
  },
  messages: {
    participle: {
      es: "El Componente «{text}» no dice el bien o servicio entregado con un participio («Becas entregadas», «Servicios otorgados»).",
      en: "The Componente “{text}” does not state the good or service delivered with a past participle (“Becas entregadas”, “Servicios otorgados”).",
    },
  },
  docs: {
    es: "El resumen narrativo de un Componente es el bien o servicio que entrega el programa, seguido de un verbo en participio pasado: «Becas entregadas», «Apoyos otorgados».",
    en: "A Componente's resumen narrativo is the good or service the program delivers, followed by a past participle: “Becas entregadas”, “Apoyos otorgados”.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const resumen = row.level === "componente" ? said(row, "resumen") : null;
      const problem = resumen ? componenteProblem(resumen.text) : null;
      if (resumen && problem) report({ sheet: mir.sheet, cell: resumen.cell, action: null }, problem, { text: displayText(resumen.text) });
    }
  },
});
