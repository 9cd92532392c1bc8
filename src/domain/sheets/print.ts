import type { Area } from "../grid";
import { MAX_ROW_HEIGHT, type SheetCell, type SheetSpec, type StreamedRow, STYLES } from "./spec";

/** Margins in inches: narrow at the sides, room at the foot for the page number. */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** Each sheet numbers its own pages (Excel's and LibreOffice's «of N» counts the whole workbook). */
export const PAGE_FOOTER = "&A · Página &P";

/** Letter paper less our side margins, in points. */
const PRINTABLE_WIDTH = { landscape: (11 - PAGE_MARGINS.left - PAGE_MARGINS.right) * 72, portrait: (8.5 - PAGE_MARGINS.left - PAGE_MARGINS.right) * 72 } as const;
/**
 * A sheet shrunk to one page wide down to this scale keeps 10-pt text at 6 pt, which a PDF of
 * it measures as 7.9 (a word's box is about 1.3 times the font); wider ones print at
 * WIDE_SCALE, several pages wide.
 */
const MIN_FIT = 0.6;
const WIDE_SCALE = 65;
/**
 * A column's width is in characters of the default font. Excel gives one about 5.25 pt;
 * LibreOffice prints it near 7 pt: the wider one decides, so the sheet fits in both.
 */
const columnPoints = (width: number) => width * 7;
/** A line of wrapped text, by font size: what Excel and LibreOffice give Calibri. */
const lineHeight = (size: number) => Math.ceil(size * 1.3);
/** What a row is without a height of its own (the sheets' defaultRowHeight). */
const DEFAULT_ROW_HEIGHT = 15;

export interface PrintLayout {
  /** Fit to one page wide, or a fixed scale (percent) with the key columns repeated on each page. */
  fit: "width" | number;
  /**
   * The merged areas as printed: on a sheet several pages wide, one that starts in the key columns
   * ends on the first page, or the key columns repeated on the next pages would carry its text
   * over what is printed there.
   */
  merges: Area[];
  /** A page break above this row: on a sheet several pages wide, its chart starts a page rather than straddle two. */
  breakBefore: number | null;
  /**
   * Every row's height where its wrapped text needs more than one line (neither Excel nor
   * LibreOffice grows rows on open); a streamed row's comes with it (`streamedRowHeight`).
   */
  rowHeights: Record<number, number>;
}

/**
 * How a sheet goes on paper: one page wide when that keeps its text legible (MIN_FIT); otherwise
 * at WIDE_SCALE, as many pages wide as it takes, its title rows and key columns on every page. And the
 * height each row's wrapped text needs, from its length and its column's (or merged area's) width.
 */
export function printLayout(spec: SheetSpec): PrintLayout {
  const hidden = new Set(spec.hiddenColumns);
  const total = spec.columnWidths.reduce((n, w, col) => n + (hidden.has(col) ? 0 : columnPoints(w)), 0);
  const printable = PRINTABLE_WIDTH[spec.print.orientation];
  const fit = total * MIN_FIT <= printable ? "width" : WIDE_SCALE;
  let merges = spec.merges;
  if (fit !== "width" && spec.print.keyColumns) {
    let firstPage = 0;
    for (let width = 0; firstPage < spec.columnWidths.length; firstPage++) {
      width += (columnPoints(spec.columnWidths[firstPage]!) * WIDE_SCALE) / 100;
      if (width > printable) break;
    }
    const keys = spec.print.keyColumns;
    merges = spec.merges
      .map((m) => (m.left < keys && m.right >= firstPage ? { ...m, right: Math.max(m.left, firstPage - 1) } : m))
      .filter((m) => m.right > m.left || m.bottom > m.top);
  }
  return { fit, merges, breakBefore: spec.chart && fit !== "width" ? spec.chart.at.row : null, rowHeights: wrappedHeights({ ...spec, merges }) };
}

/** Characters per line of a column span: its width in default-font characters, scaled to the font, less a margin. */
const charsPerLine = (width: number, size: number) => Math.max(1, Math.floor((width * 11) / size) - 2);

/** The points a wrapped text needs, or 0 for a cell that does not wrap or fits one line. */
function neededHeight(cell: SheetCell, width: (left: number, right: number) => number, right: number): number {
  const style = cell.style ? STYLES[cell.style] : undefined;
  if (!style?.wrap || typeof cell.value !== "string" || cell.value === "") return 0;
  const size = style.size ?? 10;
  const perLine = charsPerLine(width(cell.col, right), size);
  const lines = wrappedLines(cell.value, perLine);
  return lines < 2 ? 0 : lines * lineHeight(size) + 2;
}

/** Lines a text takes, each paragraph wrapped at `perLine` characters: counted, not split (ten thousand activities are asked this). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (let start = 0; ; ) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}

const spanWidth = (columnWidths: readonly number[]) => (left: number, right: number) => {
  let width = 0;
  for (let c = left; c <= right; c++) width += columnWidths[c] ?? 8.43;
  return width;
};

function wrappedHeights(spec: SheetSpec): Record<number, number> {
  const widthOf = spanWidth(spec.columnWidths);
  const mergedAt = new Map<string, Area>();
  for (const m of spec.merges) mergedAt.set(`${m.top},${m.left}`, m);
  const heights: Record<number, number> = { ...spec.rowHeights };
  for (const cell of spec.cells) {
    const merge = mergedAt.get(`${cell.row},${cell.col}`);
    const needed = neededHeight(cell, widthOf, merge?.right ?? cell.col);
    if (needed === 0) continue;
    // A merged area over several rows shares their heights: what is missing is spread over them.
    const top = cell.row;
    const bottom = merge?.bottom ?? cell.row;
    const rows = bottom - top + 1;
    let has = 0;
    for (let r = top; r <= bottom; r++) has += heights[r] ?? DEFAULT_ROW_HEIGHT;
    if (needed <= has) continue;
    const more = (needed - has) / rows;
    for (let r = top; r <= bottom; r++) heights[r] = Math.min(MAX_ROW_HEIGHT, Math.ceil((heights[r] ?? DEFAULT_ROW_HEIGHT) + more));
  }
  return heights;
}

/**
 * One streamed row's height, as `printLayout` gives the same row among `cells` (no merged area
 * touches a streamed row): its own height, or what its longest wrapped text needs.
 */
export function streamedRowHeight(row: StreamedRow, columnWidths: readonly number[]): number | undefined {
  const widthOf = spanWidth(columnWidths);
  let height = row.height;
  for (const cell of row.cells) {
    const needed = neededHeight(cell, widthOf, cell.col);
    if (needed > (height ?? DEFAULT_ROW_HEIGHT)) height = Math.min(MAX_ROW_HEIGHT, Math.ceil(needed));
  }
  return height;
}
