import type { Grid } from "../../src/domain/grid";
import type { MarkRequest, PaneWorkbook } from "../../src/workbook/pane";
import type { SheetInfo } from "../../src/workbook/types";

/** A PaneWorkbook over grids in memory that records what the pane asks of it. */
export class FakeWorkbook implements PaneWorkbook {
  readonly selected: string[] = [];
  readonly marks: MarkRequest[] = [];
  readonly reads: Array<readonly string[] | undefined> = [];
  failNextRead: Error | null = null;
  private handlers: Array<(sheet: string) => void> = [];

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
