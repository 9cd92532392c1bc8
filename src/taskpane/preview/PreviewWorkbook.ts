import { XlsxWorkbook } from "../../adapters/xlsx/XlsxWorkbook";
import type { Grid } from "../../domain/grid";
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

/**
 * The pane's workbook outside Excel: an .xlsx file in the browser, through the same ExcelJS
 * adapter the command line uses. Selecting a cell or marking findings changes what the
 * read-only grid shows; nothing is written until the user downloads the workbook.
 */
export class PreviewWorkbook implements PaneWorkbook {
  private view: PreviewView;
  private readonly listeners = new Set<(view: PreviewView) => void>();

  constructor(
    readonly file: XlsxWorkbook,
    readonly fileName: string,
  ) {
    this.view = { sheet: file.workbook.worksheets[0]?.name ?? "", selected: null, marks: new Map(), version: 0 };
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

  listSheets(): Promise<SheetInfo[]> {
    return this.file.listSheets();
  }

  readSheets(names?: readonly string[]): Promise<Grid[]> {
    return this.file.readSheets(names);
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

  /** The preview is read-only: there are no edits to follow. */
  async onSheetChanged(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = await this.file.addSheet(spec);
    this.update({ sheet: name, selected: null });
    return name;
  }

  async writeSummary(spec: SheetSpec): Promise<SummaryPlacement> {
    const placement = await this.file.writeSummary(spec);
    this.update({ sheet: placement.name, selected: null });
    return placement;
  }

  async download(): Promise<Blob> {
    return new Blob([(await this.file.toBuffer()) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  }
}
