import type { Area } from "../grid";

/**
 * A sheet to write, described as data: what both adapters (Office.js and .xlsx) render the
 * same way. Rows and columns are 0-based.
 */
export type StyleName =
  | "title"
  | "subtitle"
  | "label"
  | "value"
  | "header"
  | "text"
  | "money"
  | "count"
  | "percent"
  | "check"
  | "signature"
  | "signatureLine"
  | "total"
  | "totalCount"
  | "totalMoney"
  | "totalPercent"
  | "input"
  | "note"
  | "muted";

export interface StyleDef {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  border?: "thin" | "top";
  numberFormat?: string;
}

export const MONEY_FORMAT = '"$"#,##0.00';
export const COUNT_FORMAT = "#,##0";
/** The live check shows ✓ when the months add up, the signed difference when they do not. */
export const CHECK_FORMAT = '"+"#,##0;"-"#,##0;"✓"';

export const STYLES: Record<StyleName, StyleDef> = {
  title: { bold: true, size: 14, horizontal: "center", vertical: "middle" },
  subtitle: { size: 10, color: "#605E5C", horizontal: "center" },
  label: { bold: true, fill: "#D9E7DD", horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
  value: { vertical: "top", wrap: true, border: "thin" },
  header: { bold: true, fill: "#107C41", color: "#FFFFFF", horizontal: "center", vertical: "middle", wrap: true, border: "thin" },
  text: { vertical: "top", wrap: true, border: "thin" },
  money: { vertical: "top", border: "thin", numberFormat: MONEY_FORMAT },
  count: { vertical: "top", horizontal: "center", border: "thin", numberFormat: COUNT_FORMAT },
  percent: { vertical: "top", horizontal: "center", border: "thin", numberFormat: "0%" },
  check: { vertical: "top", horizontal: "center", border: "thin", color: "#107C41", numberFormat: CHECK_FORMAT },
  signature: { bold: true, horizontal: "center", vertical: "top", wrap: true },
  signatureLine: { horizontal: "center", border: "top" },
  total: { bold: true, border: "thin", fill: "#F3F2F1" },
  totalCount: { bold: true, border: "thin", fill: "#F3F2F1", numberFormat: COUNT_FORMAT },
  totalMoney: { bold: true, border: "thin", fill: "#F3F2F1", numberFormat: MONEY_FORMAT },
  totalPercent: { bold: true, border: "thin", fill: "#F3F2F1", horizontal: "center", numberFormat: "0%" },
  /** A cell the user types into: tinted so it stands out from the formulas around it. */
  input: { vertical: "top", horizontal: "center", border: "thin", fill: "#FFF4CE", numberFormat: COUNT_FORMAT },
  note: { size: 9, color: "#605E5C", wrap: true, vertical: "top" },
  /** A repeated value, there for filtering and sorting: one grey line. */
  muted: { size: 9, color: "#8A8886", vertical: "top", border: "thin", wrap: true },
};

export interface SheetCell {
  row: number;
  col: number;
  value?: string | number | null;
  /** An A1 formula starting with "=", in English function names as Excel stores them. */
  formula?: string;
  /** What the formula evaluates to, when the domain knows: written as the cached result. */
  result?: string | number;
  style?: StyleName;
}

/** A number at least `min`, or one of a drop-down's `values`. */
export type ValidationSpec =
  | { area: Area; kind: "whole" | "decimal"; min: number; title: string; message: string }
  | { area: Area; kind: "list"; values: string[]; title: string; message: string }
  /** A drop-down of the texts in `source`, cells of the same sheet: a list too long to spell inline (Excel takes 255 characters). */
  | { area: Area; kind: "range-list"; source: Area; title: string; message: string };

export interface ConditionalSpec {
  area: Area;
  /** Written for the area's top-left cell, relative like Excel's own rules. */
  formula: string;
  fill: string;
  color: string;
}

export interface TableSpec {
  name: string;
  /** Header row through the last data row. */
  area: Area;
}

export interface ChartSpec {
  title: string;
  /** One column of category labels and one of values, without headers. */
  categories: Area;
  values: Area;
  seriesName: string;
  /** How the value axis labels its ticks, and where it stops (null: the data decides). */
  axis: { numberFormat: string; max: number | null };
  /** Where the chart sits: top-left cell and size in columns and rows. */
  at: { row: number; col: number; cols: number; rows: number };
}

/** One row of `StreamedRows`: its cells, and a height of its own if it has one. */
export interface StreamedRow {
  cells: SheetCell[];
  height?: number;
}

/**
 * Rows made as they are written, for sheets of tens of thousands of rows (the follow-up of ten
 * thousand activities is half a million cells): the .xlsx writer streams them and never holds
 * them all, so they die young instead of filling the heap. Anything else takes `sheetCells`.
 * They follow one another from `top`, no merged area touches them, and they use only `styles`.
 */
export interface StreamedRows {
  top: number;
  styles: readonly StyleName[];
  /** A new pass over the rows each call. */
  rows(): Iterable<StreamedRow>;
}

export interface SheetSpec {
  name: string;
  cells: SheetCell[];
  /** Rows below `cells`, made as they are written. */
  streamed?: StreamedRows;
  merges: Area[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Columns kept out of sight and off paper (the lists a drop-down takes its texts from). */
  hiddenColumns?: number[];
  rowHeights: Record<number, number>;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalSpec[];
  /**
   * Paper: title rows repeat on every page; when the sheet is printed more than one page wide,
   * its first `keyColumns` columns repeat on every page too (what a row is about).
   */
  print: { orientation: "landscape" | "portrait"; titleRows: [number, number] | null; keyColumns?: number };
  freezeRows: number;
  table: TableSpec | null;
  chart: ChartSpec | null;
}

/** The sheet with its streamed rows made: every cell in `cells`, every height in `rowHeights`. */
export function sheetCells(spec: SheetSpec): SheetSpec {
  if (!spec.streamed) return spec;
  const cells = [...spec.cells];
  const rowHeights = { ...spec.rowHeights };
  let row = spec.streamed.top;
  for (const streamed of spec.streamed.rows()) {
    for (const cell of streamed.cells) cells.push(cell);
    if (streamed.height !== undefined) rowHeights[row] = streamed.height;
    row++;
  }
  const { streamed: _, ...rest } = spec;
  return { ...rest, cells, rowHeights };
}

export function area(top: number, left: number, bottom = top, right = left): Area {
  return { top, left, bottom, right };
}

/** Lines to sign on, one row: each caption under a rule three columns wide, from its column. */
export function signatureLines(row: number, captions: ReadonlyArray<readonly [number, string]>): { cells: SheetCell[]; merges: Area[] } {
  return {
    cells: captions.map(([col, caption]) => ({ row, col, value: caption, style: "signatureLine" as const })),
    merges: captions.map(([col]) => area(row, col, row, col + 2)),
  };
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * How tall a row must be for its wrapped texts to show whole: each text with how many characters
 * fit its column; as many lines as the longest needs, `lineHeight` points each.
 */
export function wrappedRowHeight(texts: ReadonlyArray<readonly [text: string, perLine: number]>, lineHeight = 15): number {
  const lines = Math.max(1, ...texts.map(([text, perLine]) => Math.ceil(text.length / Math.max(1, perLine))));
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight);
}

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\ and unique ignoring case. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Hoja";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${clean.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
