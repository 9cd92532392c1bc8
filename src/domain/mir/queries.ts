import type { Figure } from "../figures";
import type { LocatedText } from "../located";
import { displayText, normalizeLabel } from "../text";
import { LEVEL_NAMES, withoutLevel } from "./levels";
import type { Mir, MirRow } from "./model";

/** How a row is named in a message: «Componente C2 «Becas entregadas»», «Fin». */
export function rowName(row: MirRow): string {
  const resumen = row.texts.resumen?.text.trim();
  return [LEVEL_NAMES[row.level], row.code, resumen ? `«${displayText(resumen)}»` : null].filter(Boolean).join(" ");
}

/** A row's text field when it says something. */
export function said(row: MirRow, field: keyof MirRow["texts"]): LocatedText | null {
  const at = row.texts[field];
  return at && at.text.trim() !== "" ? at : null;
}

/** A row's field that says nothing but its objective again (the level written before it aside): the field, or null. */
export function repeatsObjective(row: MirRow, field: "indicador" | "supuestos"): LocatedText | null {
  const text = said(row, field);
  const resumen = said(row, "resumen");
  return text && resumen && normalizeLabel(text.text) === normalizeLabel(withoutLevel(resumen.text)) ? text : null;
}

/** A figure as a MIR writes it: a number, or a percentage typed as text («85%», «85 %»). */
export function mirNumber(figure: Figure | undefined): number | null {
  if (!figure) return null;
  if (figure.kind === "number") return figure.value;
  if (figure.kind !== "text") return null;
  const percent = /^\s*([\d.,]+)\s*%\s*$/.exec(figure.text);
  return percent ? Number(percent[1]!.replace(/,/g, "")) : null;
}

/**
 * Each Componente with its Actividades: by code (A1.2 and C1A2 under C1), otherwise under the
 * last Componente above. Actividades that belong to none come back apart.
 */
export function componentesOf(mir: Mir): { groups: Array<{ componente: MirRow; actividades: MirRow[] }>; orphans: MirRow[] } {
  const groups: Array<{ componente: MirRow; actividades: MirRow[] }> = [];
  const orphans: MirRow[] = [];
  for (const row of mir.rows) {
    if (row.level === "componente") groups.push({ componente: row, actividades: [] });
    if (row.level !== "actividad") continue;
    const number = row.code ? /^A(\d+)\./.exec(row.code)?.[1] : undefined;
    const byCode = number ? groups.find((g) => g.componente.code === `C${number}`) : undefined;
    const target = byCode ?? (number && groups.some((g) => g.componente.code) ? undefined : groups.at(-1));
    if (target) target.actividades.push(row);
    else orphans.push(row);
  }
  return { groups, orphans };
}

/**
 * The matrices whose structure is checked: each matrix on its own, and the fichas técnicas of a
 * workbook (one indicator per sheet) together, as the one MIR they make.
 */
export function structuralMirs(mirs: readonly Mir[]): Mir[] {
  const matrices = mirs.filter((m) => m.layout === "matrix");
  const fichas = mirs.filter((m) => m.layout === "ficha");
  return fichas.length === 0 ? matrices : [...matrices, { ...fichas[0]!, rows: fichas.flatMap((f) => f.rows) }];
}
