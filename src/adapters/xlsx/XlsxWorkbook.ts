import ExcelJS from "exceljs";
import { parseRange } from "../../domain/a1";
import type { Area, Cell, Grid } from "../../domain/grid";
import { WorkbookReadError } from "../../workbook/errors";
import type { SheetInfo, WorkbookReader } from "../../workbook/types";
import { normalizeExcelJsValue } from "./cells";
import { assertXlsxBytes } from "./sniff";

/** The `.xlsx` adapter: a workbook file held in memory through ExcelJS. */
export class XlsxWorkbook implements WorkbookReader {
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
  return { sheet: ws.name, origin: { row: 0, col: 0 }, values, numberFormats, merges, protected: isProtected(ws) };
}
