import ExcelJS from "exceljs";
import type { Grid } from "../../domain/grid";
import { type SheetSpec, uniqueSheetName } from "../../domain/sheets/spec";
import { placeAddinSheet } from "../../domain/sheets/placement";
import type { SheetInfo, WorkbookReader } from "../../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../../workbook/writer";
import { addCharts, type PendingChart } from "./chart";
import { renderSheet } from "./render";
import { XlsxReader } from "./read/XlsxReader";

/**
 * A new workbook, written through ExcelJS, which only writing code loads: the summary, the
 * observations, the changes, the report, a template, and the one sheet that is grafted into a
 * user's own workbook (UserWorkbook). A user's workbook itself never goes through ExcelJS.
 * What it holds is read back through our own reader, as the saved file would read.
 */
export class XlsxWorkbook implements WorkbookReader, WorkbookWriter {
  private readonly charts: PendingChart[] = [];
  private reader: XlsxReader | null = null;

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** One sheet alone in a workbook of its own, under the name given: what is grafted into a user's file. */
  static async sheetAlone(spec: SheetSpec, name: string): Promise<Uint8Array> {
    const alone = XlsxWorkbook.empty();
    alone.render(spec, name);
    return alone.toBuffer();
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  async listSheets(): Promise<SheetInfo[]> {
    return (await this.saved()).listSheets();
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    return (await this.saved()).readSheets(names);
  }

  private async saved(): Promise<XlsxReader> {
    this.reader ??= XlsxReader.open(await this.toBuffer());
    return this.reader;
  }

  async addSheet(spec: SheetSpec, options: { first?: boolean } = {}): Promise<string> {
    const name = uniqueSheetName(spec.name, this.workbook.worksheets.map((ws) => ws.name));
    const ws = this.render(spec, name);
    // ExcelJS orders sheets by orderNo (untyped): below every other sheet's, this one opens the book.
    if (options.first) (ws as unknown as { orderNo: number }).orderNo = -1;
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const table = spec.table?.name;
    const place = placeAddinSheet(this.workbook.worksheets.map((ws) => ({ name: ws.name, ours: table !== undefined && hasTable(ws, table) })), spec.name);
    let position: number | null = null;
    if (place.replace) {
      const old = this.workbook.getWorksheet(place.replace)!;
      position = (old as unknown as { orderNo: number }).orderNo;
      this.workbook.removeWorksheet(old.id);
      this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== place.replace));
    }
    const ws = this.render(spec, place.name);
    // ExcelJS orders sheets by orderNo (untyped): the new sheet takes the old one's place.
    if (position !== null) (ws as unknown as { orderNo: number }).orderNo = position;
    return { name: place.name, replaced: place.replace !== null, renamed: place.renamed };
  }

  private render(spec: SheetSpec, name: string): ExcelJS.Worksheet {
    this.reader = null;
    const ws = renderSheet(this.workbook, spec, name);
    if (spec.chart) this.charts.push({ sheet: name, chart: spec.chart });
    return ws;
  }

  /** The workbook as .xlsx bytes, charts included. */
  async toBuffer(): Promise<Uint8Array> {
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return this.charts.length === 0 ? bytes : addCharts(bytes, this.charts);
  }
}

function hasTable(ws: ExcelJS.Worksheet, name: string): boolean {
  const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  return Object.keys(tables).some((t) => t.toLowerCase() === name.toLowerCase());
}

