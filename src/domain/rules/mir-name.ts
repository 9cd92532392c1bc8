import { repeatsObjective, rowName } from "../mir/queries";
import { eachMirRow } from "../queries";
import { defineRule } from "./rule";

/** An indicator is named for what it measures, not with its objective copied. */
export const mirName = defineRule({
  id: "mir-name",
  severity: "warning",
  name: { es: "El nombre del indicador repite su objetivo", en: "The indicator's name repeats its objective" },
  fix: {
    es: "Nombre el indicador por lo que mide: «Porcentaje de…», «Tasa de variación de…», «Número de…».",
    en: "Name the indicator for what it measures: «Porcentaje de…», «Tasa de variación de…», «Número de…».",
  },
  messages: {
    copied: { es: "El nombre del indicador de {row} es su mismo objetivo: nómbrelo por lo que mide («Porcentaje de…», «Número de…»).", en: "The indicator of {row} is named with its own objective: name it for what it measures («Porcentaje de…», «Número de…»)." },
  },
  docs: {
    es: "El nombre del indicador dice qué mide y no es el resumen narrativo copiado.",
    en: "The indicator's name says what it measures and is not the resumen narrativo copied.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const name = repeatsObjective(row, "indicador");
      if (name) report({ sheet: mir.sheet, cell: name.cell, action: null }, "copied", { row: rowName(row) });
    }
  },
});
