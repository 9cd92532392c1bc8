import ExcelJS from "exceljs";
import { parseRange } from "../../domain/a1";
import { type Area, type Cell, checkedGrid, type Grid } from "../../domain/grid";
import { WorkbookReadError } from "../../workbook/errors";
import { type SheetSpec, uniqueSheetName } from "../../domain/sheets/spec";
import { placeSummary, SUMMARY_TABLE_NAME } from "../../domain/summary";
import type { SheetInfo, WorkbookReader } from "../../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../../workbook/writer";
import { normalizeExcelJsValue } from "./cells";
import { addCharts, type PendingChart } from "./chart";
import { renderSheet } from "./render";
import { assertXlsxBytes } from "./sniff";

/** The `.xlsx` adapter: a workbook file held in memory through ExcelJS. */
export class XlsxWorkbook implements WorkbookReader, WorkbookWriter {
  private readonly charts: PendingChart[] = [];

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(data: Uint8Array): Promise<XlsxWorkbook> {
    assertXlsxBytes(data);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new WorkbookReadError("corrupt", `El archivo está dañado o no es un libro de Excel válido (${detail}).`);
    }
    return new XlsxWorkbook(workbook);
  }

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      visible: ws.state === "visible" || ws.state === undefined,
      protected: isProtected(ws),
    }));
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    return this.workbook.worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(worksheetToGrid);
  }

  async addSheet(spec: SheetSpec): Promise<string> {
    const name = uniqueSheetName(spec.name, this.workbook.worksheets.map((ws) => ws.name));
    this.render(spec, name);
    return name;
  }

  async writeSummary(spec: SheetSpec): Promise<SummaryPlacement> {
    const sheets = this.workbook.worksheets.map((ws) => ({ name: ws.name, addinSummary: hasTable(ws, SUMMARY_TABLE_NAME) }));
    const place = placeSummary(sheets);
    let position: number | null = null;
    if (place.replace) {
      const old = this.workbook.getWorksheet(place.replace)!;
      position = (old as unknown as { orderNo: number }).orderNo;
      this.workbook.removeWorksheet(old.id);
      this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== place.replace));
    }
    const ws = this.render(spec, place.name);
    // ExcelJS orders sheets by orderNo (untyped): the new summary takes the old one's place.
    if (position !== null) (ws as unknown as { orderNo: number }).orderNo = position;
    return { name: place.name, replaced: place.replace !== null, renamed: place.renamed };
  }

  private render(spec: SheetSpec, name: string): ExcelJS.Worksheet {
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

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return Boolean(protection?.sheet);
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  // `_merges` avoids `ws.model`, which would serialise every row just to list the merges.
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string; model?: Area }> })._merges;
  const areas: Area[] = [];
  if (internal) {
    for (const merge of Object.values(internal)) {
      const m = merge.model as unknown as { top: number; left: number; bottom: number; right: number } | undefined;
      if (m) areas.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    return areas;
  }
  for (const ref of ws.model.merges ?? []) {
    const area = parseRange(ref);
    if (area) areas.push(area);
  }
  return areas;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: Array<Cell[] | undefined> = [];
  const numberFormats: Array<string[] | undefined> = [];
  let lastRow = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: Cell[] = [];
    const formats: string[] = [];
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = normalizeExcelJsValue(cell.value);
      if (value === null) return;
      cells[colNumber - 1] = value;
      formats[colNumber - 1] = cell.numFmt || "General";
      filled = true;
    });
    if (!filled) return;
    values[r] = cells;
    numberFormats[r] = formats;
    lastRow = r;
  });
  const merges = mergesOf(ws);
  // Office.js reports a merged area's value in its top-left cell only; ExcelJS repeats it.
  for (const area of merges) {
    for (let r = area.top; r <= area.bottom; r++) {
      const cells = values[r];
      if (!cells) continue;
      for (let c = area.left; c <= area.right; c++) {
        if ((r !== area.top || c !== area.left) && cells[c] !== undefined) cells[c] = null;
      }
    }
  }
  values.length = lastRow + 1;
  numberFormats.length = lastRow + 1;
  for (let r = 0; r <= lastRow; r++) {
    const cells = values[r];
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === undefined) cells[c] = null;
      if (numberFormats[r]![c] === undefined) numberFormats[r]![c] = "General";
    }
  }
  // ExcelJS's cell values are loosely typed: the grid is checked before the domain sees it.
  return checkedGrid({ sheet: ws.name, origin: { row: 0, col: 0 }, values, numberFormats, merges, protected: isProtected(ws) });
}
