import { z } from "zod";
import { type GridView, isBlank } from "../grid";
import { LocatedFigureSchema, LocatedTextSchema } from "../located";
import { cellText, locateFigure, locateText } from "../reader/cells";
import { captionKey } from "../text";
import { ALCANZADO, indicatorKey, INDICATORS_TITLE, PROGRAMADO, variableConcept } from "./indicatorSheet";

export const IndicatorRowSchema = z.object({
  level: z.string(),
  code: z.string().nullable(),
  name: LocatedTextSchema,
  unidad: z.string(),
  meta: LocatedFigureSchema.nullable(),
  programmed: z.array(LocatedFigureSchema),
  achieved: z.array(LocatedFigureSchema),
  /** PROGRAMADO and ALCANZADO at the sheet's cut-off quarter, and the % de cumplimiento, as Excel computed them. */
  atCutoff: z.object({ programmed: LocatedFigureSchema.nullable(), achieved: LocatedFigureSchema.nullable(), cumplimiento: LocatedFigureSchema.nullable() }),
  light: LocatedTextSchema,
  justification: LocatedTextSchema,
  /** The variables it is computed from (V1, V2…), each with its rows, when it has them. */
  variables: z.array(
    z.object({
      label: z.string(),
      annual: LocatedFigureSchema.nullable(),
      programmed: z.array(LocatedFigureSchema),
      achieved: z.array(LocatedFigureSchema),
    }),
  ),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** An indicator sheet row's key: the MIR row it follows has the same one (mirIndicatorKey). */
export function followedKey(row: IndicatorRow): string {
  return indicatorKey(row.level, row.code, row.name.text);
}

/** Our «Seguimiento de indicadores» sheet as read back: what was typed, and each indicator's semáforo. */
export const IndicatorSheetSchema = z.object({
  quarter: z.number().int().nullable(),
  rows: z.array(IndicatorRowSchema),
});
export type IndicatorSheet = z.infer<typeof IndicatorSheetSchema>;

const TITLE = captionKey(INDICATORS_TITLE);

/**
 * The indicator follow-up sheet, found by its title and read by its captions: each indicator's
 * PROGRAMADO and ALCANZADO rows, the semáforo Excel computed, and the justification.
 */
export function readIndicatorSheet(view: GridView): IndicatorSheet | null {
  let titled = false;
  for (let row = view.firstRow; row <= Math.min(view.lastRow, view.firstRow + 2) && !titled; row++) {
    titled = [...view.filledCells(row)].some(({ value }) => typeof value === "string" && captionKey(value).startsWith(TITLE));
  }
  if (!titled) return null;
  let header = -1;
  const col: Record<string, number> = {};
  for (let row = view.firstRow; row <= Math.min(view.lastRow, view.firstRow + 10) && header < 0; row++) {
    const keys = [...view.filledCells(row)].map(({ col: c, value }) => [c, captionKey(cellText(value))] as const);
    if (!keys.some(([, k]) => k === "CONCEPTO") || !keys.some(([, k]) => k === "SEMAFORO")) continue;
    header = row;
    for (const [c, k] of keys) col[k] = c;
  }
  if (header < 0) return null;
  const quarterCols = ["1ER TRIMESTRE", "2DO TRIMESTRE", "3ER TRIMESTRE", "4TO TRIMESTRE"].map((k) => col[k]);
  let quarter: number | null = null;
  for (let row = view.firstRow; row < header; row++) {
    const cells = [...view.filledCells(row)];
    const at = cells.findIndex(({ value }) => typeof value === "string" && captionKey(value) === "TRIMESTRE DE CORTE");
    const next = at >= 0 ? cells.slice(at + 1).find(({ value }) => !isBlank(value)) : undefined;
    if (next) quarter = Number(cellText(next.value)) || null;
  }
  const rows: IndicatorRow[] = [];
  const concept = (row: number) => captionKey(cellText(view.value(row, col.CONCEPTO!)));
  const figures = (at: number) => quarterCols.flatMap((c) => (c === undefined ? [] : [locateFigure(view, at, c)]));
  const annual = (at: number) => (col["META ANUAL"] === undefined ? null : locateFigure(view, at, col["META ANUAL"]));
  for (let row = header + 1; row < view.lastRow; row++) {
    if (concept(row) !== PROGRAMADO || concept(row + 1) !== ALCANZADO) continue;
    const variables: IndicatorRow["variables"] = [];
    for (let at = row + 2; at < view.lastRow && concept(at) === variableConcept(variables.length, false) && concept(at + 1) === variableConcept(variables.length, true); at += 2) {
      variables.push({ label: cellText(view.value(at, col.INDICADOR!)).trim(), annual: annual(at), programmed: figures(at), achieved: figures(at + 1) });
    }
    rows.push({
      level: cellText(view.value(row, col.NIVEL!)),
      code: cellText(view.value(row, col.CLAVE!)) || null,
      name: locateText(view, row, col.INDICADOR!),
      unidad: col["UNIDAD DE MEDIDA"] === undefined ? "" : cellText(view.value(row, col["UNIDAD DE MEDIDA"])),
      meta: annual(row),
      programmed: figures(row),
      achieved: figures(row + 1),
      atCutoff: {
        programmed: col["AL CORTE"] === undefined ? null : locateFigure(view, row, col["AL CORTE"]),
        achieved: col["AL CORTE"] === undefined ? null : locateFigure(view, row + 1, col["AL CORTE"]),
        cumplimiento: col["% CUMPLIMIENTO"] === undefined ? null : locateFigure(view, row + 1, col["% CUMPLIMIENTO"]),
      },
      light: locateText(view, row + 1, col.SEMAFORO!),
      justification: locateText(view, row + 1, col.JUSTIFICACION!),
      variables,
    });
    row += 1 + 2 * variables.length;
  }
  return { quarter, rows };
}
