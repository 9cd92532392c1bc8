import { LEVEL_NAMES, LEVEL_RULES } from "../mir/levels";
import { rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

const TYPE_NAMES: Record<string, string> = { ESTRATEGICO: "Estratégico", GESTION: "Gestión" };

/** Fin and Propósito measure strategy; Actividades, management; a Componente either. */
export const mirTipoLevel = defineRule({
  id: "mir-tipo-level",
  severity: "warning",
  name: { es: "El tipo de indicador no es el de su nivel", en: "The indicator's type does not fit its level" },
  fix: {
    es: "Fin y Propósito llevan indicadores estratégicos; las Actividades, de gestión; un Componente, cualquiera de los dos.",
    en: "Fin and Propósito carry strategic indicators; Actividades, management ones; a Componente, either.",
  },
  messages: {
    level: { es: "El indicador de {row} es de tipo «{actual}», pero en el nivel {level} es {expected}.", en: "The indicator of {row} is of type “{actual}”, but at level {level} it is {expected}." },
  },
  docs: {
    es: "El tipo de indicador va con su nivel (guía de la MIR de CONEVAL y SHCP): Fin y Propósito, estratégico; Actividad, de gestión; Componente, cualquiera.",
    en: "The indicator's type goes with its level (CONEVAL and SHCP MIR guide): Fin and Propósito, strategic; Actividad, management; Componente, either.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const tipo = said(row, "tipo");
      // «Estratégico», «De gestión», «Gestión (eficacia)»: the type, wherever it is said.
      const key = tipo ? (/\b(ESTRATEGICO|GESTION)\b/.exec(normalizeLabel(tipo.text))?.[1] ?? "") : "";
      const allowed = LEVEL_RULES[row.level].types;
      if (!tipo || !(key in TYPE_NAMES) || allowed.includes(key)) continue;
      const expected = allowed.map((t) => TYPE_NAMES[t]).join(" o ");
      report({ sheet: mir.sheet, cell: tipo.cell, action: null }, "level", { row: rowName(row), actual: tipo.text.trim(), level: LEVEL_NAMES[row.level], expected }, { expected, actual: tipo.text.trim() });
    }
  },
});
