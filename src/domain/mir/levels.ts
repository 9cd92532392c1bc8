import { normalizeLabel } from "../text";
import type { MirLevel } from "./model";

/** How each level is named in messages. */
export const LEVEL_NAMES: Record<MirLevel, string> = { fin: "Fin", proposito: "Propósito", componente: "Componente", actividad: "Actividad" };

/**
 * A level as offices write it in the NIVEL column: «Fin», «PROPÓSITO», «Componente 1», «C1»,
 * «Componente C1», «Actividad 1.2», «A1.2», «Actividad A1.2», «C1A2», «A2C1», «F», «P». The code
 * is kept when the cell gives one.
 */
export function levelOf(text: string): { level: MirLevel; code: string | null } | null {
  const key = normalizeLabel(text);
  if (key === "") return null;
  if (/^(FIN|F)$/.test(key)) return { level: "fin", code: null };
  if (/^(PROPOSITO|P)$/.test(key)) return { level: "proposito", code: null };
  // «Componente C1», «Actividad A1.1», «Actividad C1A2»: the word and the code both.
  const worded = /^(COMPONENTE|ACTIVIDAD)\s+([CA]\s*\d.*)$/.exec(key);
  if (worded) {
    const coded = levelOf(worded[2]!);
    return coded && coded.level === (worded[1] === "COMPONENTE" ? "componente" : "actividad") ? coded : null;
  }
  const componente = /^(?:COMPONENTES?|C)\s*(\d+)?$/.exec(key);
  if (componente) return { level: "componente", code: componente[1] ? `C${componente[1]}` : null };
  const actividad = /^(?:ACTIVIDAD(?:ES)?|A)\s*(\d+)?(?:\s+(\d+))?$/.exec(key) ?? /^C\s*(\d+)\s*A\s*(\d+)$/.exec(key);
  if (actividad) return { level: "actividad", code: actividad[1] ? (actividad[2] ? `A${actividad[1]}.${actividad[2]}` : `A${actividad[1]}`) : null };
  // «A2C1»: the second Actividad of Componente 1.
  const reversed = /^A\s*(\d+)\s*C\s*(\d+)$/.exec(key);
  if (reversed) return { level: "actividad", code: `A${reversed[2]}.${reversed[1]}` };
  return null;
}

/**
 * How often each level may be measured, of which type its indicator is and which dimensions it
 * measures: the defaults of the CONEVAL and SHCP guides, kept in one place so an office can set
 * its own.
 */
export const LEVEL_RULES: Record<MirLevel, { frequencies: readonly string[]; types: readonly string[]; dimensions: readonly Dimension[] }> = {
  fin: { frequencies: ["ANUAL", "BIANUAL", "BIENAL", "TRIANUAL", "TRIENAL", "QUINQUENAL", "SEXENAL"], types: ["ESTRATEGICO"], dimensions: ["EFICACIA"] },
  proposito: { frequencies: ["ANUAL", "SEMESTRAL", "TRIMESTRAL", "BIMESTRAL", "MENSUAL"], types: ["ESTRATEGICO"], dimensions: ["EFICACIA", "EFICIENCIA"] },
  componente: { frequencies: ["SEMESTRAL", "CUATRIMESTRAL", "TRIMESTRAL", "BIMESTRAL", "MENSUAL"], types: ["ESTRATEGICO", "GESTION"], dimensions: ["EFICACIA", "EFICIENCIA", "CALIDAD"] },
  actividad: { frequencies: ["TRIMESTRAL", "BIMESTRAL", "MENSUAL", "QUINCENAL", "SEMANAL"], types: ["GESTION"], dimensions: ["EFICACIA", "EFICIENCIA", "CALIDAD", "ECONOMIA"] },
};

/** The four dimensions an indicator may measure (CONEVAL), and how messages name them. */
export const DIMENSIONS = { EFICACIA: "Eficacia", EFICIENCIA: "Eficiencia", CALIDAD: "Calidad", ECONOMIA: "Economía" } as const;
export type Dimension = keyof typeof DIMENSIONS;

/** Every frequency a MIR may name, to tell a frequency from a slip. */
export const FREQUENCIES = ["SEXENAL", "QUINQUENAL", "TRIANUAL", "TRIENAL", "BIANUAL", "BIENAL", "ANUAL", "SEMESTRAL", "CUATRIMESTRAL", "TRIMESTRAL", "BIMESTRAL", "MENSUAL", "QUINCENAL", "SEMANAL"];

/** «Fin: Contribuir a…», «C1. Becas entregadas»: the level said before the objective, in the same cell. */
const LEVEL_PREFIX = /^\s*(?:fin|prop[oó]sito|componentes?(?:\s*\d+)?|actividad(?:es)?(?:\s*[\d.]+)?|c\s*\d+\s*a\s*\d+|[ca]\s*\d+(?:\.\d+)?)\s*[:.\-–]\s+/i;

/** «C1 Becas entregadas», «A1.2 Entrega de becas»: a row's code before its objective. */
const CODE_PREFIX = /^\s*(c\s*\d+\s*a\s*\d+|c\s*\d+|a\s*\d+\.\d+)\s*[:.\-–]?\s+/i;

/** The objective without the level written before it in the same cell. */
export function withoutLevel(text: string): string {
  return text.replace(LEVEL_PREFIX, "").replace(CODE_PREFIX, "");
}

/** The code a row's objective starts with («C2 Asesorías…» → C2, «A1.2 Entrega…» → A1.2), or null. */
export function codeBefore(text: string): string | null {
  const match = CODE_PREFIX.exec(text);
  return match ? (levelOf(match[1]!)?.code ?? null) : null;
}
