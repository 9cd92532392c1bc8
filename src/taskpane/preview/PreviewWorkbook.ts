import { MARK_FORMULA, OfficeWorkbook } from "../../adapters/office/OfficeWorkbook";
import type { OpenedWorkbook } from "../../adapters/xlsx/read/opened";
import { toA1 } from "../../domain/a1";
import { parseFigure } from "../../domain/figures";
import type { Grid } from "../../domain/grid";
import type { SheetSpec } from "../../domain/sheets/spec";
import { type ApiLevel, SimulatedExcel } from "../../simulator";
import { type Bilingual, UserError } from "../../workbook/errors";
import { type MarkRequest, type PaneWorkbook, SEVERITY_FILL } from "../../workbook/pane";
import type { SheetInfo } from "../../workbook/types";
import type { SummaryPlacement } from "../../workbook/writer";

const API_LEVELS: readonly ApiLevel[] = ["1.7", "1.8", "1.9", "1.13"];

/** `?api=1.7` in the page's address: the preview plays an older Excel (Excel 2019 is 1.7). */
export function requestedApiLevel(search: string): ApiLevel {
  const asked = new URLSearchParams(search).get("api");
  return API_LEVELS.find((level) => level === asked) ?? "1.13";
}

export interface PreviewView {
  sheet: string;
  selected: string | null;
  /** The finding gone to, said beside its cell. */
  message: string | null;
  marks: ReadonlyMap<string, MarkRequest["severity"]>;
  version: number;
}

/** What the pane wrote, in order: replayed into the file itself when the user downloads it. */
type Written = { kind: "sheet"; spec: SheetSpec; first?: boolean } | { kind: "addin"; spec: SheetSpec } | { kind: "cell"; sheet: string; cell: string; value: string | number | null };

const SEVERITY_OF_FILL = new Map(Object.entries(SEVERITY_FILL).map(([severity, fill]) => [fill, severity as MarkRequest["severity"]]));

const PROTECTED: (sheet: string) => Bilingual = (sheet) => ({
  es: `La hoja «${sheet}» está protegida: Excel no deja escribir en ella. Quite la protección (Revisar → Desproteger hoja) para escribir.`,
  en: `Sheet “${sheet}” is protected: Excel does not let you type into it. Unprotect it (Review → Unprotect Sheet) to type.`,
});

/**
 * The pane's workbook outside Excel: the .xlsx file, read by the same reader the command line
 * uses, loaded into the simulated Excel, and the pane's commands run by the Office adapter on it,
 * as in Excel. The grid shows the simulated workbook; typing into it is typing into Excel (its
 * formulas recompute, «Revisar al editar» hears it).
 *
 * The file itself is still what gets downloaded: what the pane wrote (our sheets, typed cells) is
 * replayed into it by grafting, so everything of the user's stays byte for byte. That is what the
 * `.xlsx` writer (UserWorkbook) is still needed for here.
 */
export class PreviewWorkbook implements PaneWorkbook {
  private view: PreviewView;
  private readonly listeners = new Set<(view: PreviewView) => void>();
  private readonly excel: SimulatedExcel;
  private readonly office: OfficeWorkbook;
  private readonly written: Written[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    opened: OpenedWorkbook,
    readonly fileName: string,
    /** The Excel simulated: ExcelApi 1.13 (Microsoft 365) unless the page asks for an older one. */
    apiLevel: ApiLevel = "1.13",
  ) {
    const hidden = opened.sheets.filter((s) => !s.visible).map((s) => s.name);
    this.excel = SimulatedExcel.of(opened.grids, { hidden, tables: opened.tables, apiLevel });
    this.office = new OfficeWorkbook(this.excel.run, this.excel.supports);
    this.view = { sheet: this.excel.book.activeSheet?.name ?? opened.sheets[0]?.name ?? "", selected: null, message: null, marks: new Map(), version: 0 };
  }

  subscribe(listener: (view: PreviewView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get current(): PreviewView {
    return this.view;
  }

  /** The view follows the simulated Excel: its active sheet, its selection, the add-in's marks. */
  private refresh(message: string | null = null): void {
    const book = this.excel.book;
    const marks = new Map<string, MarkRequest["severity"]>();
    for (const sheet of book.sheets) {
      for (const format of sheet.conditionalFormats) {
        const severity = format.formula === MARK_FORMULA ? SEVERITY_OF_FILL.get(format.fill ?? "") : undefined;
        if (severity) marks.set(`${sheet.name}!${toA1(format.area.top, format.area.left)}`, severity);
      }
    }
    const sheet = book.activeSheet?.name ?? this.view.sheet;
    const selected = book.selection?.sheet === sheet ? book.selection.address : null;
    this.view = { sheet, selected, message: selected ? message : null, marks, version: this.view.version + 1 };
    for (const listener of this.listeners) listener(this.view);
  }

  /** The view is brought up to date after each command, whether it succeeded or not. */
  private async settled<T>(result: Promise<T>): Promise<T> {
    try {
      return await result;
    } finally {
      this.refresh();
    }
  }

  /** A click on a sheet's tab: the user's own doing, not the add-in's. */
  showSheet(sheet: string): void {
    const target = this.excel.book.sheet(sheet);
    if (target && target.visibility === "Visible") this.excel.book.activeSheet = target;
    this.excel.book.selection = null;
    this.refresh();
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.office.listSheets();
  }

  readSheets(names?: readonly string[]): Promise<Grid[]> {
    return this.office.readSheets(names);
  }

  activeSheetName(): Promise<string> {
    return this.office.activeSheetName();
  }

  async selectCell(sheet: string, cell: string, message?: string): Promise<void> {
    try {
      await this.office.selectCell(sheet, cell);
    } finally {
      this.refresh(message ?? null);
    }
  }

  markFindings(marks: readonly MarkRequest[]): Promise<number> {
    return this.settled(this.office.markFindings(marks));
  }

  clearMarks(): Promise<number> {
    return this.settled(this.office.clearMarks());
  }

  onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    return this.office.onSheetChanged(handler);
  }

  async addSheet(spec: SheetSpec, options: { first?: boolean } = {}): Promise<string> {
    const name = await this.settled(this.office.addSheet(spec, options));
    this.written.push({ kind: "sheet", spec, first: options.first });
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const placement = await this.settled(this.office.writeAddinSheet(spec));
    this.written.push({ kind: "addin", spec });
    return placement;
  }

  /** A value typed into the grid, as Excel takes what is typed: a number when it reads as one. */
  async editCell(sheet: string, cell: string, text: string): Promise<void> {
    const figure = parseFigure(text);
    const value = figure.kind === "blank" ? null : figure.kind === "number" ? figure.value : text;
    try {
      await this.excel.type(sheet, cell, value ?? "");
    } catch (error) {
      if ((error as { code?: string }).code === "AccessDenied") throw new UserError(PROTECTED(sheet));
      throw error;
    } finally {
      this.excel.book.selection = { sheet, address: cell };
      this.refresh();
    }
    this.written.push({ kind: "cell", sheet, cell, value });
  }

  /** The file as opened, with what the pane wrote grafted in; nothing of the user's is rebuilt. */
  async download(): Promise<Blob> {
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // Nothing written: the file goes back as it came, byte for byte.
    if (this.written.length === 0) return new Blob([this.bytes as Uint8Array<ArrayBuffer>], { type });
    const { UserWorkbook } = await import(/* webpackChunkName: "writer" */ "../../adapters/xlsx/UserWorkbook");
    const file = UserWorkbook.open(this.bytes);
    for (const step of this.written) {
      if (step.kind === "sheet") await file.addSheet(step.spec, { first: step.first });
      else if (step.kind === "addin") await file.writeAddinSheet(step.spec);
      else file.setCell(step.sheet, step.cell, step.value);
    }
    return new Blob([(await file.toBuffer()) as Uint8Array<ArrayBuffer>], { type });
  }
}
