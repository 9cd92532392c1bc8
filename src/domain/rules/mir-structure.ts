import { LEVEL_NAMES } from "../mir/levels";
import { componentesOf, rowName, structuralMirs } from "../mir/queries";
import { eachMir } from "../queries";
import { defineRule } from "./rule";

/** One Fin, one Propósito, at least one Componente, each with its Actividades, and no Actividad on its own. */
export const mirStructure = defineRule({
  id: "mir-structure",
  severity: "error",
  name: { es: "La MIR no tiene la estructura de la matriz", en: "The MIR does not have the matrix's structure" },
  fix: {
    es: "Deje un solo Fin y un solo Propósito, al menos un Componente, y bajo cada Componente sus Actividades.",
    en: "Keep one Fin and one Propósito, at least one Componente, and under each Componente its Actividades.",
  },
  messages: {
    missing: { es: "La MIR no tiene {level}: la matriz lleva uno.", en: "The MIR has no {level}: the matrix carries one." },
    repeated: { es: "La MIR tiene otro {level} en esta fila: la matriz lleva uno solo.", en: "The MIR has another {level} on this row: the matrix carries only one." },
    "no-componente": { es: "La MIR no tiene ningún Componente: los bienes o servicios que entrega el programa.", en: "The MIR has no Componente: the goods or services the program delivers." },
    "no-actividad": { es: "{row} no tiene Actividades: cada Componente lleva al menos una.", en: "{row} has no Actividades: each Componente carries at least one." },
    orphan: { es: "{row} no pertenece a ningún Componente: póngala bajo el suyo (su clave dice a cuál).", en: "{row} belongs to no Componente: put it under its own (its code says which)." },
  },
  docs: {
    es: "Una MIR tiene exactamente un Fin y un Propósito, al menos un Componente, y cada Componente al menos una Actividad, agrupadas bajo él.",
    en: "A MIR has exactly one Fin and one Propósito, at least one Componente, and each Componente at least one Actividad, grouped under it.",
  },
  check({ workbook, report }) {
    for (const mir of structuralMirs([...eachMir(workbook)])) {
      for (const level of ["fin", "proposito"] as const) {
        const rows = mir.rows.filter((r) => r.level === level);
        if (rows.length === 0) report({ sheet: mir.sheet, cell: mir.header, action: null }, "missing", { level: LEVEL_NAMES[level] });
        for (const extra of rows.slice(1)) report({ sheet: mir.sheet, cell: extra.levelCell.cell, action: null }, "repeated", { level: LEVEL_NAMES[level] });
      }
      const { groups, orphans } = componentesOf(mir);
      if (groups.length === 0) report({ sheet: mir.sheet, cell: mir.header, action: null }, "no-componente");
      for (const { componente, actividades } of groups) if (actividades.length === 0) report({ sheet: mir.sheet, cell: componente.levelCell.cell, action: null }, "no-actividad", { row: rowName(componente) });
      for (const orphan of orphans) report({ sheet: mir.sheet, cell: orphan.levelCell.cell, action: null }, "orphan", { row: rowName(orphan) });
    }
  },
});
