import type { Cell, Grid } from "../../src/domain/grid";
import { type SheetSpec, sheetCells, uniqueSheetName } from "../../src/domain/sheets/spec";
import { placeAddinSheet } from "../../src/domain/sheets/placement";
import type { MarkRequest, PaneWorkbook } from "../../src/workbook/pane";
import type { SheetInfo } from "../../src/workbook/types";
import type { SummaryPlacement } from "../../src/workbook/writer";

/** What a written sheet holds once Excel has computed it: values, and formula results we know. */
export function gridFromSpec(spec: SheetSpec, name: string): Grid {
  const values: Cell[][] = [];
  for (const cell of sheetCells(spec).cells) {
    const row = (values[cell.row] ??= []);
    row[cell.col] = cell.formula ? (cell.result ?? null) : (cell.value ?? null);
  }
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => (v === undefined || v === "" ? null : v));
  return { sheet: name, origin: { row: 0, col: 0 }, values, merges: spec.merges };
}

/** A PaneWorkbook over grids in memory that records what the pane asks of it. */
export class FakeWorkbook implements PaneWorkbook {
  readonly selected: string[] = [];
  readonly marks: MarkRequest[] = [];
  readonly reads: Array<readonly string[] | undefined> = [];
  failNextRead: Error | null = null;
  private handlers: Array<(sheet: string) => void> = [];
  /** Sheets the add-in wrote, by the name of their table. */
  readonly addinSheets = new Map<string, string>();

  constructor(
    public grids: Grid[],
    public active = grids[0]?.sheet ?? "",
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.sheet, visible: true, protected: Boolean(g.protected) }));
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    this.reads.push(names);
    if (this.failNextRead) {
      const error = this.failNextRead;
      this.failNextRead = null;
      throw error;
    }
    return this.grids.filter((g) => !names || names.includes(g.sheet));
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = uniqueSheetName(spec.name, this.grids.map((g) => g.sheet));
    this.grids.push(gridFromSpec(spec, name));
    // As Excel does once the add-in activates the sheet it wrote.
    this.active = name;
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const table = spec.table?.name ?? "";
    const place = placeAddinSheet(this.grids.map((g) => ({ name: g.sheet, ours: this.addinSheets.get(g.sheet) === table })), spec.name);
    const grid = gridFromSpec(spec, place.name);
    const index = this.grids.findIndex((g) => g.sheet === place.replace);
    if (index >= 0) this.grids[index] = grid;
    else this.grids.push(grid);
    this.addinSheets.set(place.name, table);
    this.active = place.name;
    return { name: place.name, replaced: place.replace !== null, renamed: place.renamed };
  }

  async activeSheetName(): Promise<string> {
    return this.active;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
  }

  async markFindings(marks: readonly MarkRequest[]): Promise<number> {
    this.marks.push(...marks);
    return marks.length;
  }

  async clearMarks(): Promise<number> {
    const n = this.marks.length;
    this.marks.length = 0;
    return n;
  }

  async onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    this.handlers.push(handler);
    return async () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  edit(sheet: string): void {
    for (const handler of this.handlers) handler(sheet);
  }

  get listening(): number {
    return this.handlers.length;
  }
}
