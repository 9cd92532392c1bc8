import type { OpenedWorkbook } from "../../adapters/xlsx/read/opened";
import type { UserWorkbook } from "../../adapters/xlsx/UserWorkbook";
import { parseFigure } from "../../domain/figures";
import type { Grid } from "../../domain/grid";
import { readSheet } from "../../domain/reader";
import { insertFollowUp } from "../../app/followup";
import type { SheetSpec } from "../../domain/sheets/spec";
import type { MarkRequest, PaneWorkbook } from "../../workbook/pane";
import type { SheetInfo } from "../../workbook/types";
import type { SummaryPlacement } from "../../workbook/writer";

export interface PreviewView {
  sheet: string;
  selected: string | null;
  marks: ReadonlyMap<string, MarkRequest["severity"]>;
  version: number;
}

/** Reads .xlsx bytes into grids (on a worker, in the page). */
export type Opener = (bytes: Uint8Array) => Promise<OpenedWorkbook>;

/**
 * The pane's workbook outside Excel: an .xlsx file in the browser, read by the same reader the
 * command line uses. Selecting a cell or marking findings changes what the grid shows; a cell
 * can be typed into. Writing (a template, the summary, an edit) loads the writer then, and only
 * then; nothing leaves the page until the user downloads the workbook.
 */
export class PreviewWorkbook implements PaneWorkbook {
  private view: PreviewView;
  private readonly listeners = new Set<(view: PreviewView) => void>();
  private writer: UserWorkbook | null = null;
  private readonly editListeners = new Set<(sheet: string) => void>();

  constructor(
    private bytes: Uint8Array,
    private opened: OpenedWorkbook,
    readonly fileName: string,
    private readonly open: Opener,
  ) {
    this.view = { sheet: opened.sheets.find((s) => s.visible)?.name ?? opened.sheets[0]?.name ?? "", selected: null, marks: new Map(), version: 0 };
  }

  /** What our sheets are grafted into: the file as opened, its package taken on the first write. */
  private async writable(): Promise<UserWorkbook> {
    if (!this.writer) {
      const { UserWorkbook } = await import(/* webpackChunkName: "writer" */ "../../adapters/xlsx/UserWorkbook");
      // What the worker already read stands for the file until the first write: it is not read again.
      this.writer = UserWorkbook.open(this.bytes, this);
    }
    return this.writer;
  }

  /** After a write, the grids are read again from what would be downloaded. */
  private async written(): Promise<void> {
    this.bytes = this.writer!.toBuffer();
    this.opened = await this.open(this.bytes);
  }

  subscribe(listener: (view: PreviewView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get current(): PreviewView {
    return this.view;
  }

  private update(change: Partial<PreviewView>): void {
    this.view = { ...this.view, ...change, version: this.view.version + 1 };
    for (const listener of this.listeners) listener(this.view);
  }

  showSheet(sheet: string): void {
    this.update({ sheet, selected: null });
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.opened.sheets;
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    return this.opened.grids.filter((g) => !wanted || wanted.has(g.sheet));
  }

  async activeSheetName(): Promise<string> {
    return this.view.sheet;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.update({ sheet, selected: cell });
  }

  async markFindings(marks: readonly MarkRequest[]): Promise<number> {
    const next = new Map(this.view.marks);
    for (const mark of marks) next.set(`${mark.sheet}!${mark.cell}`, mark.severity);
    this.update({ marks: next });
    return marks.length;
  }

  async clearMarks(): Promise<number> {
    const count = this.view.marks.size;
    this.update({ marks: new Map() });
    return count;
  }

  async onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    this.editListeners.add(handler);
    return async () => {
      this.editListeners.delete(handler);
    };
  }

  /**
   * A value typed into the grid, as Excel would take it: a number when it reads as one. The
   * preview has no spreadsheet engine, so a follow-up sheet's formulas are brought up to date
   * by writing the sheet again with the engine's results, keeping what was typed.
   */
  async editCell(sheet: string, cell: string, text: string): Promise<void> {
    const writer = await this.writable();
    const figure = parseFigure(text);
    writer.setCell(sheet, cell, figure.kind === "blank" ? null : figure.kind === "number" ? figure.value : text);
    const [grid] = await writer.readSheets([sheet]);
    if (grid && readSheet(grid).followUp) await insertFollowUp(writer);
    await this.written();
    this.update({ sheet, selected: cell });
    for (const listener of this.editListeners) listener(sheet);
  }

  async addSheet(spec: SheetSpec, options: { first?: boolean } = {}): Promise<string> {
    const name = await (await this.writable()).addSheet(spec, options);
    await this.written();
    this.update({ sheet: name, selected: null });
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const placement = await (await this.writable()).writeAddinSheet(spec);
    await this.written();
    this.update({ sheet: placement.name, selected: null });
    return placement;
  }

  download(): Blob {
    return new Blob([this.bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  }
}
