import type { Grid } from "../domain/grid";
import type { SheetSpec } from "../domain/sheets/spec";
import type { MarkRequest, PaneWorkbook } from "../workbook/pane";
import type { SheetInfo } from "../workbook/types";
import type { SummaryPlacement } from "../workbook/writer";

/**
 * The workbook as the pane's commands see it: it remembers what a command read of the whole
 * workbook and which of our sheets it wrote, so the check that follows the command reads only
 * those sheets (and any sheet that appeared) and takes the rest from that same reading. A
 * reading from before the command is never reused: the user may have edited since.
 */
export class CommandWorkbook implements PaneWorkbook {
  private read: Map<string, Grid> | null = null;
  private readonly written = new Set<string>();
  private recheck = false;

  constructor(private readonly workbook: PaneWorkbook) {}

  /** A command starts: what was read before it no longer counts. */
  beginCommand(): void {
    this.read = null;
    this.written.clear();
    this.recheck = false;
  }

  /** The next reading of the whole workbook is the check after the command. */
  recheckNext(): void {
    this.recheck = true;
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    const recheck = this.recheck;
    this.recheck = false;
    if (names !== undefined) return this.workbook.readSheets(names);
    if (recheck && this.read && this.written.size > 0) return this.composed(this.read);
    const grids = await this.workbook.readSheets();
    this.read = new Map(grids.map((g) => [g.sheet, g]));
    return grids;
  }

  /** The sheets as they are now: the ones written or new read again, the others as the command read them. */
  private async composed(before: Map<string, Grid>): Promise<Grid[]> {
    const sheets = (await this.workbook.listSheets()).map((s) => s.name);
    const fresh = sheets.filter((name) => this.written.has(name) || !before.has(name));
    const read = new Map((fresh.length ? await this.workbook.readSheets(fresh) : []).map((g) => [g.sheet, g]));
    this.written.clear();
    const grids = sheets.flatMap((name) => {
      const grid = read.get(name) ?? before.get(name);
      return grid ? [grid] : [];
    });
    this.read = new Map(grids.map((g) => [g.sheet, g]));
    return grids;
  }

  async addSheet(spec: SheetSpec, options?: { first?: boolean }): Promise<string> {
    const name = await this.workbook.addSheet(spec, options);
    this.written.add(name);
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const placement = await this.workbook.writeAddinSheet(spec);
    this.written.add(placement.name);
    return placement;
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.workbook.listSheets();
  }

  activeSheetName(): Promise<string> {
    return this.workbook.activeSheetName();
  }

  selectCell(sheet: string, cell: string, message?: string): Promise<void> {
    return this.workbook.selectCell(sheet, cell, message);
  }

  markFindings(marks: readonly MarkRequest[]): Promise<number> {
    return this.workbook.markFindings(marks);
  }

  clearMarks(): Promise<number> {
    return this.workbook.clearMarks();
  }

  onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    return this.workbook.onSheetChanged(handler);
  }
}
