import ExcelJS from "exceljs";
import type { Grid } from "../../domain/grid";
import { WorkbookReadError } from "../../workbook/errors";
import { type SheetSpec, uniqueSheetName } from "../../domain/sheets/spec";
import { placeAddinSheet } from "../../domain/sheets/placement";
import type { SheetInfo, WorkbookReader } from "../../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../../workbook/writer";
import { addCharts, type PendingChart } from "./chart";
import { renderSheet } from "./render";
import { XlsxReader } from "./read/XlsxReader";

/**
 * Writing an .xlsx: a workbook held in memory through ExcelJS, which only writing code loads.
 * What it holds is read back through our own reader, as the saved file would read.
 */
export class XlsxWorkbook implements WorkbookReader, WorkbookWriter {
  private readonly charts: PendingChart[] = [];
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** What reads this workbook as it stands: the user's file as read until the first write, then what would be saved. */
    private reader: WorkbookReader | null = null,
  ) {}

  /**
   * A user's workbook, to add sheets to. Our bounded reader reads it whole first, so a hostile
   * file stops there with its message and never reaches ExcelJS; and a workbook with more merged
   * areas than ExcelJS loads in reasonable time and memory is refused, saying what to do instead.
   * `read` is that reading when the caller already has it (the CLI, the preview's worker): the
   * file is then read once, and its sheets are read from there until something is written.
   */
  static async open(data: Uint8Array, read: WorkbookReader = XlsxReader.open(data)): Promise<XlsxWorkbook> {
    const grids = await read.readSheets();
    const merges = grids.reduce((n, g) => n + g.merges.length, 0);
    if (merges > COPY_LIMITS.mergedAreas) throw tooManyMergesToCopy(merges);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      // ExcelJS's own words stay out of the message: they are English internals.
      throw new WorkbookReadError("corrupt", { es: "El archivo está dañado o no es un libro de Excel válido.", en: "The file is damaged or not a valid Excel workbook." });
    }
    return new XlsxWorkbook(workbook, read);
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

  private async saved(): Promise<WorkbookReader> {
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

/**
 * ExcelJS's load time grows faster than the number of merged areas (1,700 take 0.4 s, 8,700 take
 * 6 s, the synthetic 1,000-action workbook's 17,500 about 40 s and 1.7 GB). The biggest real POA
 * has a few hundred; the limit keeps a copy to seconds.
 */
export const COPY_LIMITS = { mergedAreas: 5_000 } as const;

function tooManyMergesToCopy(merges: number): WorkbookReadError {
  const es = new Intl.NumberFormat("es-MX").format;
  const en = new Intl.NumberFormat("en-US").format;
  return new WorkbookReadError("too-large", {
    es: `El libro tiene ${es(merges)} áreas combinadas, más de las ${es(COPY_LIMITS.mergedAreas)} con que se puede escribir una copia con hojas nuevas en un tiempo razonable. Inserte la hoja desde el complemento en Excel, que la escribe en el libro mismo.`,
    en: `The workbook has ${en(merges)} merged areas, more than the ${en(COPY_LIMITS.mergedAreas)} a copy with new sheets can be written from in reasonable time. Insert the sheet from the add-in in Excel, which writes it into the workbook itself.`,
  });
}

function hasTable(ws: ExcelJS.Worksheet, name: string): boolean {
  const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  return Object.keys(tables).some((t) => t.toLowerCase() === name.toLowerCase());
}

