import { z } from "zod";
import { type GridView, isBlank } from "../grid";
import { LocatedFigureSchema, LocatedTextSchema } from "../located";
import { cellText, locateFigure, locateText } from "../reader/cells";
import { captionKey } from "../text";
import { ALCANZADO, INDICATORS_TITLE, PROGRAMADO } from "./indicatorSheet";

export const IndicatorRowSchema = z.object({
  level: z.string(),
  code: z.string().nullable(),
  name: LocatedTextSchema,
  unidad: z.string(),
  meta: LocatedFigureSchema.nullable(),
  programmed: z.array(LocatedFigureSchema),
  achieved: z.array(LocatedFigureSchema),
  light: LocatedTextSchema,
  justification: LocatedTextSchema,
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

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
  for (let row = header + 1; row < view.lastRow; row++) {
    if (captionKey(cellText(view.value(row, col.CONCEPTO!))) !== PROGRAMADO || captionKey(cellText(view.value(row + 1, col.CONCEPTO!))) !== ALCANZADO) continue;
    const figures = (at: number) => quarterCols.flatMap((c) => (c === undefined ? [] : [locateFigure(view, at, c)]));
    rows.push({
      level: cellText(view.value(row, col.NIVEL!)),
      code: cellText(view.value(row, col.CLAVE!)) || null,
      name: locateText(view, row, col.INDICADOR!),
      unidad: col["UNIDAD DE MEDIDA"] === undefined ? "" : cellText(view.value(row, col["UNIDAD DE MEDIDA"])),
      meta: col["META ANUAL"] === undefined ? null : locateFigure(view, row, col["META ANUAL"]),
      programmed: figures(row),
      achieved: figures(row + 1),
      light: locateText(view, row + 1, col.SEMAFORO!),
      justification: locateText(view, row + 1, col.JUSTIFICACION!),
    });
    row++;
  }
  return { quarter, rows };
}
