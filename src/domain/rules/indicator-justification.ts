import { captionKey } from "../text";
import { defineRule } from "./rule";

/** An indicator in CRÍTICO at the cut-off (outside 90–110 % of programmed) says why. */
export const indicatorJustification = defineRule({
  id: "indicator-justification",
  severity: "error",
  name: { es: "Un indicador crítico sin justificación", en: "A critical indicator without a justification" },
  fix: { es: "Escriba en JUSTIFICACIÓN por qué el indicador quedó fuera del rango aceptable.", en: "Write in JUSTIFICACIÓN why the indicator fell outside the acceptable range." },
  messages: {
    missing: { es: "El indicador «{indicator}» ({level} {code}) está en CRÍTICO al corte del trimestre {quarter} y no tiene JUSTIFICACIÓN. Escriba por qué.", en: "Indicator “{indicator}” ({level} {code}) is CRÍTICO at the quarter {quarter} cut-off and has no JUSTIFICACIÓN. Write why." },
  },
  docs: {
    es: "En la hoja de seguimiento de indicadores, un indicador fuera del rango aceptable (90 % a 110 % de lo programado al corte) lleva su justificación.",
    en: "On the indicator follow-up sheet, an indicator outside the acceptable range (90 % to 110 % of programmed at the cut-off) carries its justification.",
  },
  check({ workbook, report }) {
    for (const sheet of workbook.sheets) {
      for (const row of sheet.indicators?.rows ?? []) {
        if (captionKey(row.light.text) !== "CRITICO" || row.justification.text.trim() !== "") continue;
        report({ sheet: sheet.name, cell: row.justification.cell, action: null }, "missing", { indicator: row.name.text, level: row.level, code: row.code ?? "", quarter: sheet.indicators!.quarter ?? "" });
      }
    }
  },
});
