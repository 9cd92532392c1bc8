import { repeatsObjective, rowName } from "../mir/queries";
import { eachMirRow } from "../queries";
import { defineRule } from "./rule";

/** A supuesto is a condition outside the program, never its objective said again. */
export const mirSupuesto = defineRule({
  id: "mir-supuesto",
  severity: "warning",
  name: { es: "El supuesto repite el objetivo", en: "The assumption repeats the objective" },
  fix: {
    es: "Escriba como supuesto una condición externa al programa, en positivo, que debe cumplirse para lograr el objetivo («Las familias mantienen a sus hijos en la escuela»).",
    en: "Write as the supuesto a condition outside the program, in positive terms, that must hold for the objective to be met («Las familias mantienen a sus hijos en la escuela»).",
  },
  messages: {
    restated: { es: "Los supuestos de {row} repiten su objetivo: un supuesto es una condición externa al programa que debe cumplirse para lograrlo.", en: "The supuestos of {row} repeat its objective: a supuesto is a condition outside the program that must hold for it to be met." },
  },
  docs: {
    es: "Los supuestos de cada nivel son condiciones externas al programa, no su objetivo escrito otra vez.",
    en: "Each level's supuestos are conditions outside the program, not its objective written again.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const supuestos = repeatsObjective(row, "supuestos");
      if (supuestos) report({ sheet: mir.sheet, cell: supuestos.cell, action: null }, "restated", { row: rowName(row) });
    }
  },
});
