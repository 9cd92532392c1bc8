import { type Area, type Cell, type Grid, isErrorText } from "../domain/grid";
import { excelError } from "./errors";
import { evaluate } from "./formula";

export type ApiLevel = "1.7" | "1.8" | "1.9" | "1.13";
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SimCell {
  /** What `values` reads: a number, a text, a boolean, or an error's text (#REF!). */
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
}

export interface SimConditionalFormat {
  area: Area;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface SimTable {
  name: string;
  sheet: SimSheet;
  area: Area;
}

const key = (row: number, col: number) => row * 16_384 + col;

export class SimSheet {
  readonly cells = new Map<number, SimCell>();
  merges: Area[] = [];
  conditionalFormats: SimConditionalFormat[] = [];
  validations: Array<{ area: Area; rule: unknown }> = [];
  readonly hiddenColumns = new Set<number>();
  /** Everything else the add-in formats (fonts, fills, borders, widths, print setup), as set. */
  readonly formats: Array<{ area: Area | null; property: string; value: unknown }> = [];
  frozenRows = 0;
  charts = 0;

  constructor(
    public name: string,
    readonly id: string,
    public visibility: Visibility = "Visible",
    public isProtected = false,
  ) {}

  cell(row: number, col: number): SimCell | undefined {
    return this.cells.get(key(row, col));
  }

  set(row: number, col: number, cell: SimCell | null): void {
    if (cell === null || (cell.value === "" && cell.formula === null && cell.numberFormat === "General")) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), cell);
  }

  /** The smallest area holding every cell with a value (what getUsedRange(true) answers), or null. */
  usedArea(valuesOnly: boolean): Area | null {
    let area: Area | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === null) continue;
      const row = Math.floor(k / 16_384);
      const col = k % 16_384;
      if (!area) area = { top: row, left: col, bottom: row, right: col };
      else {
        area.top = Math.min(area.top, row);
        area.bottom = Math.max(area.bottom, row);
        area.left = Math.min(area.left, col);
        area.right = Math.max(area.right, col);
      }
    }
    return area;
  }

  /** The sheet as the domain reads it, each formula by its value now. */
  toGrid(valueOf: (cell: SimCell) => string | number | boolean): Grid {
    const used = this.usedArea(true);
    const values: Cell[][] = [];
    const numberFormats: string[][] = [];
    if (used) {
      for (let r = 0; r <= used.bottom; r++) {
        const row: Cell[] = [];
        const formats: string[] = [];
        for (let c = 0; c <= used.right; c++) {
          const cell = this.cell(r, c);
          row.push(cellOf(cell ? valueOf(cell) : ""));
          formats.push(cell?.numberFormat ?? "General");
        }
        values.push(row);
        numberFormats.push(formats);
      }
    }
    return { sheet: this.name, origin: { row: 0, col: 0 }, values, numberFormats, merges: this.merges.map((m) => ({ ...m })), protected: this.isProtected };
  }
}

function cellOf(value: string | number | boolean): Cell {
  if (value === "") return null;
  if (typeof value === "string" && isErrorText(value)) return { error: value };
  return value;
}

/**
 * Sheet names Excel refuses (Excel's own rules, «Rename a worksheet», support.microsoft.com):
 * blank, over 31 characters, any of \ / ? * : [ ], an apostrophe first or last, the reserved
 * «History», or one already taken ignoring case.
 */
export function sheetNameProblem(name: string, taken: readonly string[]): string | null {
  if (name.trim() === "") return "A sheet name cannot be blank.";
  if (name.length > 31) return "A sheet name has at most 31 characters.";
  if (/[\\/?*:[\]]/.test(name)) return "A sheet name cannot contain \\ / ? * : [ ].";
  if (name.startsWith("'") || name.endsWith("'")) return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "«History» is a name Excel reserves.";
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return "That name is already taken.";
  return null;
}

/**
 * Table names (Office.js reference, Table.name, and Excel's «Rename an Excel table»): a letter,
 * underscore or backslash first, then letters, digits, periods and underscores; no spaces; not a
 * cell reference («A1», «R1C1»); at most 255 characters; unique among tables and defined names.
 */
export function tableNameProblem(name: string, taken: readonly string[]): string | null {
  if (!/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name) || name.length > 255) return "The table name is not valid.";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return "A table name cannot look like a cell reference.";
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return "A table or name with that name already exists.";
  return null;
}

/** A whole workbook in memory: what the simulated Excel holds between requests. */
export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  readonly definedNames: string[] = [];
  activeSheet: SimSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  constructor(
    /** The ExcelApi requirement sets this host implements, up to this one. */
    readonly apiLevel: ApiLevel = "1.13",
    /** Excel on the web has the 5-MB request limit. */
    readonly platform: "desktop" | "web" = "desktop",
  ) {}

  static fromGrids(
    grids: readonly Grid[],
    options: { apiLevel?: ApiLevel; platform?: "desktop" | "web"; hidden?: string[]; protected?: string[]; /** Excel tables by sheet, as a file lists them. */ tables?: ReadonlyArray<readonly [string, readonly string[]]> } = {},
  ): SimWorkbook {
    const workbook = new SimWorkbook(options.apiLevel, options.platform);
    for (const grid of grids) {
      const sheet = workbook.addSheet(grid.sheet);
      if (options.hidden?.includes(grid.sheet)) sheet.visibility = "Hidden";
      sheet.isProtected = grid.protected === true || (options.protected?.includes(grid.sheet) ?? false);
      grid.values.forEach((row, r) => {
        row?.forEach((value, c) => {
          const numberFormat = grid.numberFormats?.[r]?.[c] ?? "General";
          if (value === null && numberFormat === "General") return;
          const shown = value === null ? "" : typeof value === "object" ? value.error : value;
          sheet.set(r + grid.origin.row, c + grid.origin.col, { value: shown, formula: null, numberFormat });
        });
      });
      sheet.merges = grid.merges.map((m) => ({ ...m }));
    }
    for (const [name, tables] of options.tables ?? []) {
      const sheet = workbook.sheet(name);
      if (!sheet) continue;
      // A file names its tables; where each sits matters only to what the add-in never does there.
      const area = sheet.usedArea(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      for (const table of tables) workbook.tables.push({ name: table, sheet, area });
    }
    workbook.activeSheet = workbook.sheets.find((s) => s.visibility === "Visible") ?? null;
    return workbook;
  }

  supports(version: string): boolean {
    const [major, minor] = version.split(".").map(Number);
    const [hostMajor, hostMinor] = this.apiLevel.split(".").map(Number);
    return major! < hostMajor! || (major === hostMajor && minor! <= hostMinor!);
  }

  addSheet(name: string): SimSheet {
    const problem = sheetNameProblem(name, this.sheets.map((s) => s.name));
    if (problem) throw excelError(problem.includes("taken") ? "ItemAlreadyExists" : "InvalidArgument", problem);
    const sheet = new SimSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(nameOrId: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === nameOrId.toLowerCase());
  }

  /**
   * A formula's value now, from the cells as they are: a cell it refers to that holds a formula
   * is computed first. `memo` keeps what one reading computed; a formula that reaches back to
   * itself is 0, as Excel shows a circular reference.
   */
  evaluate(sheet: SimSheet, formula: string, memo = new Map<SimCell, string | number | boolean>()): string | number | boolean {
    const pending = new Set<SimCell>();
    const valueOf = (target: SimSheet, cell: SimCell | undefined): string | number | boolean | null => {
      if (!cell || (cell.formula === null && cell.value === "")) return null;
      if (cell.formula === null) return cell.value;
      const known = memo.get(cell);
      if (known !== undefined) return known;
      if (pending.has(cell)) return 0;
      pending.add(cell);
      const value = evaluate(cell.formula, lookup(target));
      pending.delete(cell);
      memo.set(cell, value);
      return value;
    };
    const lookup = (from: SimSheet) => (sheetName: string | null, row: number, col: number) => {
      const target = sheetName === null ? from : this.sheet(sheetName);
      if (!target) return "#REF!";
      return valueOf(target, target.cell(row, col));
    };
    return evaluate(formula, lookup(sheet));
  }

  /** A sheet as Excel would show it, for tests to assert what the workbook holds. */
  grid(name: string): Grid {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const memo = new Map<SimCell, string | number | boolean>();
    return sheet.toGrid((cell) => (cell.formula ? this.evaluate(sheet, cell.formula, memo) : cell.value));
  }
}
