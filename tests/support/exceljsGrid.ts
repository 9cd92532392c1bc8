import ExcelJS from "exceljs";
import { parseRange } from "../../src/domain/a1";
import { type Area, type Cell, checkedGrid, type Grid } from "../../src/domain/grid";
import { normalizeExcelJsValue } from "./exceljsValues";

/**
 * The grid ExcelJS gives for a worksheet: the reference the streaming reader is held to in the
 * equality tests (the add-in read .xlsx files this way before it had its own reader).
 */
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

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  return Boolean(protection?.sheet);
}

/** A written workbook as ExcelJS reads it: to look at formats, validations and page setup the way another program sees them. */
export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
