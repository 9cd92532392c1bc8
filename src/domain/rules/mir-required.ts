import type { MirField } from "../mir/model";
import { rowName, said } from "../mir/queries";
import { eachMir } from "../queries";
import { defineRule } from "./rule";

const REQUIRED = [
  ["resumen", "RESUMEN NARRATIVO"],
  ["indicador", "INDICADOR"],
  ["metodo", "MÉTODO DE CÁLCULO"],
  ["medios", "MEDIOS DE VERIFICACIÓN"],
  ["supuestos", "SUPUESTOS"],
] as const satisfies ReadonlyArray<readonly [MirField, string]>;

/** Every row of the matrix says its objective, its indicator and how it is computed, where it is verified, and its supuestos. */
export const mirRequired = defineRule({
  id: "mir-required",
  severity: "error",
  name: { es: "Falta un dato de la MIR", en: "A MIR field is missing" },
  fix: {
    es: "Llene la celda: cada nivel lleva resumen narrativo, indicador, método de cálculo, medios de verificación y supuestos.",
    en: "Fill in the cell: each level carries a resumen narrativo, an indicator, a método de cálculo, medios de verificación and supuestos.",
  },
  messages: {
    empty: { es: "Falta {field} en {row}.", en: "{field} is missing in {row}." },
    unfilled: {
      es: "MIR sin llenar: escriba el resumen narrativo de cada nivel, su indicador, sus medios de verificación y sus supuestos.",
      en: "MIR not filled in yet: write each level's resumen narrativo, its indicator, its medios de verificación and its supuestos.",
    },
    "ficha-field": { es: "La ficha técnica no dice {field}: agréguelo con su etiqueta.", en: "The ficha técnica does not give {field}: add it with its label." },
    column: { es: "La MIR no tiene columna de {field}: agréguela, cada nivel la necesita.", en: "The MIR has no {field} column: add it, every level needs it." },
  },
  docs: {
    es: "Cada fila de la MIR (Fin, Propósito, Componentes y Actividades) tiene su resumen narrativo, el nombre y el método de cálculo de su indicador, sus medios de verificación y sus supuestos.",
    en: "Every row of the MIR (Fin, Propósito, Componentes and Actividades) has its resumen narrativo, its indicator's name and método de cálculo, its medios de verificación and its supuestos.",
  },
  check({ workbook, report }) {
    for (const mir of eachMir(workbook)) {
      // A template just inserted is one note, not an error per empty cell.
      if (mir.rows.every((row) => !said(row, "resumen"))) {
        report({ sheet: mir.sheet, cell: mir.header, action: null }, "unfilled", {}, { severity: "info" });
        continue;
      }
      for (const [field, caption] of REQUIRED) {
        const col = mir.columns[field];
        // A matrix whose indicator is one column (name and formula together) names no separate method.
        if (col === undefined) {
          if (mir.layout === "ficha") report({ sheet: mir.sheet, cell: mir.header, action: null }, "ficha-field", { field: caption });
          else if (field !== "metodo") report({ sheet: mir.sheet, cell: mir.header, action: null }, "column", { field: caption });
          continue;
        }
        for (const row of mir.rows) if (!said(row, field)) report({ sheet: mir.sheet, cell: row.texts[field]!.cell, action: null }, "empty", { field: caption, row: rowName(row) });
      }
    }
  },
});
