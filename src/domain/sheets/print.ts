import type { Area } from "../grid";
import { MAX_ROW_HEIGHT, type SheetSpec, STYLES } from "./spec";

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
  /** Every row's height where its wrapped text needs more than one line (neither Excel nor LibreOffice grows rows on open). */
  rowHeights: Record<number, number>;
}

/**
 * How a sheet goes on paper: one page wide when that keeps its text legible (MIN_FIT); otherwise
 * at WIDE_SCALE, as many pages wide as it takes, its title rows and key columns on every page. And the
 * height each row's wrapped text needs, from its length and its column's (or merged area's) width.
 */
export function printLayout(spec: SheetSpec): PrintLayout {
  const total = spec.columnWidths.reduce((n, w) => n + columnPoints(w), 0);
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

function wrappedHeights(spec: SheetSpec): Record<number, number> {
  const widthOf = (left: number, right: number) => {
    let width = 0;
    for (let c = left; c <= right; c++) width += spec.columnWidths[c] ?? 8.43;
    return width;
  };
  const mergedAt = new Map<string, Area>();
  for (const m of spec.merges) mergedAt.set(`${m.top},${m.left}`, m);
  const heights: Record<number, number> = { ...spec.rowHeights };
  for (const cell of spec.cells) {
    const style = cell.style ? STYLES[cell.style] : undefined;
    if (!style?.wrap || typeof cell.value !== "string" || cell.value === "") continue;
    const merge = mergedAt.get(`${cell.row},${cell.col}`);
    const size = style.size ?? 10;
    // Characters per line: the column's width in default-font characters, scaled to this font, less a margin.
    const perLine = Math.max(1, Math.floor((widthOf(cell.col, merge?.right ?? cell.col) * 11) / size) - 2);
    const lines = cell.value.split("\n").reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
    if (lines < 2) continue;
    const needed = lines * lineHeight(size) + 2;
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
