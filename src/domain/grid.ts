import { z } from "zod";
import { toA1 } from "./a1";

/**
 * A sheet as the domain sees it: what every workbook adapter (Office.js, .xlsx) must produce.
 * Coordinates are 0-based and absolute on the sheet; `values[i][j]` is the cell at
 * (origin.row + i, origin.col + j). A missing row (a hole) is a blank row, so a used range
 * that reaches row 1,048,576 costs nothing for the rows in between. Merged areas hold their
 * value in the top-left cell only, as Excel reports them.
 */
export const CellErrorSchema = z.object({ error: z.string() });
export const CellSchema = z.union([z.null(), z.string(), z.number(), z.boolean(), CellErrorSchema]);
export type Cell = z.infer<typeof CellSchema>;
export type CellError = z.infer<typeof CellErrorSchema>;

export const AreaSchema = z.object({
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  bottom: z.number().int().nonnegative(),
  right: z.number().int().nonnegative(),
});
export type Area = z.infer<typeof AreaSchema>;

export const GridSchema = z.object({
  sheet: z.string(),
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }),
  values: z.array(z.array(CellSchema).optional()),
  numberFormats: z.array(z.array(z.string()).optional()).optional(),
  merges: z.array(AreaSchema),
  protected: z.boolean().optional(),
});
export type Grid = z.infer<typeof GridSchema>;

/**
 * Checks an adapter's grid against the schema and returns the grid itself: zod would hand back
 * a dense copy, and a used range reaching row 1,048,576 must stay holes, not a million rows.
 */
export function checkedGrid(grid: Grid): Grid {
  GridSchema.parse(grid);
  return grid;
}

/** The texts Excel shows for its error values (#DIV/0!, #BUSY! while it computes…): what a value read as text is when it is one. */
const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|CONNECT!|BLOCKED!|FIELD!|UNKNOWN!)$/;

export function isErrorText(text: string): boolean {
  return ERROR_TEXT.test(text);
}

export function isCellError(value: Cell): value is CellError {
  return typeof value === "object" && value !== null;
}

/** A cell's value as it is written into a sheet again: an error as its text, a boolean as Excel's Spanish word. */
export function writtenValue(raw: Cell): string | number | null {
  if (raw === null || typeof raw === "number" || typeof raw === "string") return raw;
  if (isCellError(raw)) return raw.error;
  return raw ? "VERDADERO" : "FALSO";
}

export function isBlank(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Read access to a grid by absolute coordinates, with merge lookups. Built once per sheet.
 */
export class GridView {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly grid: Grid;
  /** Merged areas by each row they cover: most rows have none, a few have two or three. */
  private readonly mergesByRow = new Map<number, Area[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.firstRow = grid.origin.row;
    this.lastRow = grid.origin.row + grid.values.length - 1;
    this.firstCol = grid.origin.col;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.lastCol = grid.origin.col + width - 1;
    for (const area of grid.merges) {
      // A merge over thousands of rows (a whole column) is indexed only where the sheet has rows.
      const bottom = Math.min(area.bottom, this.lastRow);
      for (let r = area.top; r <= bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(area);
        else this.mergesByRow.set(r, [area]);
      }
    }
  }

  rowCells(row: number): ReadonlyArray<Cell> | undefined {
    return this.grid.values[row - this.firstRow];
  }

  /**
   * Whether at least `count` of a row's texts match `pattern`, on their raw text: a quick test
   * before a row's captions are folded (a sheet of thousands of rows is read row by row).
   */
  textsMatch(row: number, pattern: RegExp, count = 1): boolean {
    // Over the row's own array: every reader asks this of every row, so nothing is allocated here.
    const cells = this.grid.values[row - this.firstRow];
    if (!cells) return false;
    let found = 0;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (typeof value === "string" && value.trim() !== "" && pattern.test(value) && ++found >= count) return true;
    }
    return false;
  }

  /** The row's cells that hold something, left to right, with their columns. */
  *filledCells(row: number): Generator<{ col: number; value: Exclude<Cell, null> }> {
    const cells = this.grid.values[row - this.firstRow];
    if (!cells) return;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (value !== undefined && value !== null && !isBlank(value)) yield { col: this.firstCol + i, value };
    }
  }

  value(row: number, col: number): Cell {
    const cells = this.grid.values[row - this.firstRow];
    if (!cells) return null;
    const v = cells[col - this.firstCol];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string {
    const formats = this.grid.numberFormats?.[row - this.firstRow];
    return formats?.[col - this.firstCol] ?? "General";
  }

  mergeAt(row: number, col: number): Area | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (const area of list) if (col >= area.left && col <= area.right) return area;
    return undefined;
  }

  /** True when (row, col) lies inside a merged area whose top-left is another cell. */
  isCovered(row: number, col: number): boolean {
    const area = this.mergeAt(row, col);
    return area !== undefined && (area.top !== row || area.left !== col);
  }

  /** The last column a cell spans (itself, or the right edge of the merge it anchors). */
  spanEnd(row: number, col: number): number {
    const area = this.mergeAt(row, col);
    return area && area.top === row && area.left === col ? area.right : col;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }
}
