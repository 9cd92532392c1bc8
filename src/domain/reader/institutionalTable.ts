import { parseFigure } from "../figures";
import { type Cell, type GridView, isBlank } from "../grid";
import type { Activity, LayoutNote, LocatedFigure, LocatedText } from "../model";
import { captionKey } from "../text";
import { type Hit, quarterOf } from "./captions";
import { locateFigure, locateText } from "./cells";

/**
 * The activity table of the state form, whose header runs over two or three rows
 * (`METAS` / `CALENDARIO` / `1er. TRIM (20)`) and whose captions, as filed, do not always sit
 * over their columns. The data rows are the truth: the figure block after META ANUAL is the
 * calendar (4 quarters), then, when the form follows up, REALIZADO (4), TOTAL ACUMULADO and
 * % DE AVANCE, side by side. Captions are trusted where they agree with that order.
 */
interface Columns {
  ur?: number;
  number?: number;
  actividad: number;
  estrategia?: number;
  monto?: number;
  unidad?: number;
  meta: number;
  calendar: number[];
  realized: number[];
  total?: number;
  progress?: number;
}

const COLUMN_KEYS: Array<[keyof Omit<Columns, "calendar" | "realized">, RegExp]> = [
  ["ur", /^UR\b/],
  ["number", /^(?:NO|NUM|NUMERO|N)\.? ?(?:DE )?ACT(?:IVIDAD)?\b/],
  ["actividad", /^ACTIVIDAD(?:ES)?\b/],
  ["estrategia", /^ESTRATEGIA VINCULANTE/],
  ["monto", /^MONTOS? (?:ASIGNADOS? )?(?:POR ACTIVIDAD|ASIGNADOS?)/],
  ["unidad", /^UNIDAD DE MEDIDA/],
  ["meta", /^META ANUAL/],
  ["total", /^TOTAL ACUMULADO/],
  ["progress", /^% (?:DE )?AVANCE/],
];
const SIGNATURE = /^(NOMBRE,? CARGO Y FIRMA|NOMBRE Y FIRMA|ELABORO|REVISO|AUTORIZO|VO BO)/;

/** The table starts at an ACTIVIDAD caption with META ANUAL in the same row or one of the two below. */
export function findTableHeader(hits: Hit[]): Hit | null {
  for (const hit of hits) {
    if (!/^ACTIVIDAD(?:ES)?\b/.test(hit.key)) continue;
    if (hits.some((h) => h.row >= hit.row && h.row <= hit.row + 2 && h.key.startsWith("META ANUAL"))) return hit;
  }
  return null;
}

function isCaptionRow(view: GridView, row: number): boolean {
  const cells = view.rowCells(row);
  if (!cells) return false;
  let text = 0;
  for (const value of cells) {
    if (typeof value === "number") return false;
    if (typeof value === "string" && value.trim() !== "") text++;
  }
  return text > 0;
}

function locateColumns(band: Hit[], header: Hit): { columns: Columns; followUp: boolean } | null {
  const first = (key: keyof Omit<Columns, "calendar" | "realized">) => {
    const pattern = COLUMN_KEYS.find(([k]) => k === key)![1];
    return band.find((h) => pattern.test(h.key))?.col;
  };
  const meta = first("meta");
  if (meta === undefined) return null;
  const quarters = band
    .filter((h) => quarterOf(h.key) !== null && h.col > meta)
    .map((h) => h.col)
    .sort((a, b) => a - b);
  const calendar = contiguous(quarters.slice(0, 4)) ? quarters.slice(0, 4) : [1, 2, 3, 4].map((i) => meta + i);
  const calendarEnd = calendar[3]!;
  const followUp = band.some((h) => /REALIZADO$/.test(h.key)) || quarters.length >= 8;
  const columns: Columns = {
    ur: first("ur"),
    number: first("number"),
    actividad: header.col,
    estrategia: first("estrategia"),
    monto: first("monto"),
    unidad: first("unidad"),
    meta,
    calendar,
    realized: [],
  };
  if (!followUp) return { columns, followUp };
  const next = quarters.slice(4, 8);
  columns.realized = contiguous(next) && next[0] === calendarEnd + 1 ? next : [1, 2, 3, 4].map((i) => calendarEnd + i);
  const realizedEnd = columns.realized[3]!;
  const total = first("total");
  columns.total = total !== undefined && total > realizedEnd ? total : realizedEnd + 1;
  const progress = first("progress");
  columns.progress = progress !== undefined && progress > columns.total ? progress : columns.total + 1;
  return { columns, followUp };
}

function contiguous(cols: number[]): boolean {
  return cols.length === 4 && cols.every((c, i) => i === 0 || c === cols[i - 1]! + 1);
}

const isNumber = (value: Cell) => parseFigure(value).kind === "number";
const isText = (value: Cell) => parseFigure(value).kind === "text";

/**
 * A row that slid sideways (activity 6.6 of the filed form sits eight columns to the right):
 * the offset at which its text and figures fall under their captions again, if there is one.
 */
function slideOffset(view: GridView, row: number, c: Columns): number | null {
  for (let k = -12; k <= 12; k++) {
    if (k === 0) continue;
    if (!isText(view.value(row, c.actividad + k))) continue;
    if (!isNumber(view.value(row, c.meta + k))) continue;
    if (c.monto !== undefined && !isNumber(view.value(row, c.monto + k)) && !isBlank(view.value(row, c.monto + k))) continue;
    if (c.ur !== undefined && c.ur + k >= view.firstCol && isBlank(view.value(row, c.ur + k))) continue;
    return k;
  }
  return null;
}

/** A table row whose figures are not read: reported as shifted, summed by no rule. */
function unread(actividad: LocatedText): Activity {
  return {
    row: actividad.row,
    actividad,
    area: null,
    unidad: null,
    indicador: null,
    inversion: null,
    anual: null,
    periods: [],
    coveredFigureCells: [],
    shifted: true,
    followUp: { ur: null, number: null, realized: [], total: null, progress: null },
  };
}

export function readStateTable(view: GridView, header: Hit, hits: Hit[], bottom: number): { activities: Activity[]; notes: LayoutNote[] } {
  let lastHeaderRow = header.row;
  while (lastHeaderRow + 1 <= Math.min(header.row + 3, bottom) && isCaptionRow(view, lastHeaderRow + 1)) lastHeaderRow++;
  const band = hits.filter((h) => h.row >= header.row && h.row <= lastHeaderRow).sort((a, b) => a.row - b.row || a.col - b.col);
  const located = locateColumns(band, header);
  const notes: LayoutNote[] = [];
  if (!located) return { activities: [], notes: [{ kind: "no-table", cell: view.address(header.row, header.col), data: {} }] };
  const { columns: c, followUp } = located;
  const lastFigure = followUp ? c.progress! : c.calendar[3]!;
  const activities: Activity[] = [];
  for (let row = lastHeaderRow + 1; row <= bottom; row++) {
    const cells = view.rowCells(row);
    if (!cells) continue;
    const firstText = cells.find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof firstText === "string" && SIGNATURE.test(captionKey(firstText))) break;
    if (!cells.some((v) => v !== null && v !== undefined && !isBlank(v))) continue;

    const actividadValue = view.value(row, c.actividad);
    const offset = isText(actividadValue) ? 0 : slideOffset(view, row, c);
    if (offset === null) {
      // Nothing of the table lines up: the row is reported and kept, but nothing is read from it.
      if (isBlank(actividadValue) && !cells.some((v) => v !== undefined && isNumber(v))) continue;
      const actividad = locateText(view, row, c.actividad);
      notes.push({ kind: "shifted-row", cell: actividad.cell, data: { row: row + 1 } });
      activities.push({ ...unread(actividad), row });
      continue;
    }
    const text = (col: number | undefined) => (col === undefined ? null : locateText(view, row, col + offset));
    const figure = (col: number | undefined): LocatedFigure | null => (col === undefined ? null : locateFigure(view, row, col + offset));
    const actividad = locateText(view, row, c.actividad + offset);
    if (offset !== 0) {
      notes.push({ kind: "shifted-row", cell: actividad.cell, data: { row: row + 1 } });
      // Who it belongs to and its amount are still known; its calendar is not read.
      activities.push({
        ...unread(actividad),
        row,
        unidad: text(c.unidad),
        inversion: figure(c.monto),
        estrategia: text(c.estrategia),
        followUp: { ur: text(c.ur), number: text(c.number), realized: [], total: null, progress: null },
      });
      continue;
    }
    const periods = c.calendar.map((col) => locateFigure(view, row, col));
    const anual = figure(c.meta);
    const monto = figure(c.monto);
    const misplaced = [...periods, anual, monto].filter((f) => f?.figure.kind === "text").length;
    // One figure more than the header has columns: the follow-up cannot be told apart.
    const extra = followUp && isNumber(view.value(row, lastFigure + 1));
    if (extra) notes.push({ kind: "extra-figures", cell: view.address(row, lastFigure + 1), data: { row: row + 1 } });
    activities.push({
      row,
      actividad,
      area: null,
      unidad: text(c.unidad),
      indicador: null,
      inversion: monto,
      estrategia: text(c.estrategia),
      anual,
      periods,
      coveredFigureCells: [],
      shifted: misplaced >= 2,
      followUp: {
        ur: text(c.ur),
        number: text(c.number),
        realized: followUp && !extra ? c.realized.map((col) => locateFigure(view, row, col)) : [],
        total: followUp && !extra ? figure(c.total) : null,
        progress: followUp && !extra ? figure(c.progress) : null,
      },
    });
    if (misplaced >= 2) notes.push({ kind: "shifted-row", cell: actividad.cell, data: { row: row + 1 } });
  }
  return { activities, notes };
}
