import { FREQUENCIES, LEVEL_NAMES, LEVEL_RULES } from "../mir/levels";
import { rowName, said } from "../mir/queries";
import { eachMirRow } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

const title = (key: string) => key.charAt(0) + key.slice(1).toLowerCase();

/** Each level is measured as often as its guide asks: a Fin every year or more, an Actividad each quarter or less. */
export const mirFrequency = defineRule({
  id: "mir-frequency",
  severity: "warning",
  name: { es: "La frecuencia de medición no es la de su nivel", en: "The measuring frequency does not fit its level" },
  fix: {
    es: "Use una frecuencia de su nivel: Fin anual o más larga; Propósito anual o más corta; Componente semestral o más corta; Actividad trimestral o más corta.",
    en: "Use a frequency of its level: Fin yearly or longer; Propósito yearly or shorter; Componente half-yearly or shorter; Actividad quarterly or shorter.",
  },
  messages: {
    level: { es: "{row} se mide «{actual}», pero el nivel {level} se mide {expected}.", en: "{row} is measured “{actual}”, but level {level} is measured {expected}." },
    unknown: { es: "«{actual}» no es una frecuencia de medición ({row}): use Anual, Semestral, Trimestral, Mensual…", en: "“{actual}” is not a measuring frequency ({row}): use Anual, Semestral, Trimestral, Mensual…" },
  },
  docs: {
    es: "La frecuencia de medición va con el nivel (valores por omisión de las guías, en src/domain/mir/levels.ts): Fin anual a sexenal; Propósito anual o menor; Componente semestral o menor; Actividad trimestral o menor.",
    en: "The measuring frequency goes with the level (the guides' defaults, in src/domain/mir/levels.ts): Fin yearly to six-yearly; Propósito yearly or less; Componente half-yearly or less; Actividad quarterly or less.",
  },
  check({ workbook, report }) {
    for (const { mir, row } of eachMirRow(workbook)) {
      const frecuencia = said(row, "frecuencia");
      if (!frecuencia) continue;
      const key = normalizeLabel(frecuencia.text);
      const known = FREQUENCIES.find((f) => key === f || key.startsWith(`${f} `));
      const actual = frecuencia.text.trim();
      if (!known) {
        report({ sheet: mir.sheet, cell: frecuencia.cell, action: null }, "unknown", { actual, row: rowName(row) });
        continue;
      }
      const allowed = LEVEL_RULES[row.level].frequencies;
      if (allowed.includes(known)) continue;
      const expected = allowed.map(title).join(", ");
      report({ sheet: mir.sheet, cell: frecuencia.cell, action: null }, "level", { row: rowName(row), actual, level: LEVEL_NAMES[row.level], expected }, { expected, actual });
    }
  },
});
