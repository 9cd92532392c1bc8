import type { Area, Cell, Grid } from "../../../domain/grid";
import { corrupt, excerpt, limitReached, type ReadLimits } from "./limits";
import { scanPart } from "./parts";
import { attribute, decodeExcelEscapes, decodeXml } from "./xml";
import type { ZipArchive } from "./zip";

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: readonly string[];
  date1904: boolean;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * One worksheet part as the grid the domain reads: values as Office.js reports them (a formula
 * by its cached result, a merged area's value in its top-left cell only, dates as serial
 * numbers), number formats, merged areas kept as ranges, and protection.
 */
export function readSheetPart(zip: ZipArchive, part: string, sheet: string, context: SheetContext, limits: ReadLimits): Grid {
  const shown = excerpt(sheet);
  const values: Array<Cell[] | undefined> = [];
  const formats: Array<string[] | undefined> = [];
  const merges: Area[] = [];
  let isProtected = false;
  let cells = 0;
  let row = -1;
  let col = -1;
  let lastRow = -1;
  // The cell being read.
  let type = "";
  let style = 0;
  let capture = false;
  let inInline = false;
  let phonetic = 0;
  let value = "";
  let hasValue = false;
  const ref = { r: "", s: "", t: "" };

  const finishCell = () => {
    const cell = cellValue(type, hasValue ? value : null, context);
    if (cell === null) return;
    const cellsOfRow = (values[row] ??= []);
    cellsOfRow[col] = cell;
    (formats[row] ??= [])[col] = context.styles[style] ?? "General";
    if (row > lastRow) lastRow = row;
  };

  const found = scanPart(
    zip,
    part,
    {
      open(name, attrs, selfClosing) {
        switch (name) {
          case "row": {
            const r = attribute(attrs, "r");
            row = r === undefined ? row + 1 : Number(r) - 1;
            if (!Number.isInteger(row) || row < 0 || row > MAX_ROW || (r !== undefined && !/^\d+$/.test(r))) {
              throw corrupt({ es: `la hoja «${shown}» tiene una fila inválida (${excerpt(r ?? String(row + 1))})`, en: `sheet “${shown}” has an invalid row (${excerpt(r ?? String(row + 1))})` });
            }
            col = -1;
            break;
          }
          case "c": {
            if (++cells > limits.cellsPerSheet) throw limitReached({ es: `celdas en la hoja «${shown}»`, en: `cells in sheet “${shown}”` }, limits.cellsPerSheet);
            cellAttributes(attrs, ref);
            if (ref.r !== "") {
              const packed = cellIndex(ref.r);
              if (packed < 0) throw corrupt({ es: `la hoja «${shown}» tiene una referencia de celda inválida (${excerpt(ref.r)})`, en: `sheet “${shown}” has an invalid cell reference (${excerpt(ref.r)})` });
              row = Math.floor(packed / 16_384);
              col = packed % 16_384;
            } else {
              col++;
            }
            if (row < 0) row = 0;
            type = ref.t || "n";
            if (ref.s !== "" && !/^\d{1,9}$/.test(ref.s)) throw corrupt({ es: `la hoja «${shown}» tiene un estilo de celda inválido (${excerpt(ref.s)})`, en: `sheet “${shown}” has an invalid cell style (${excerpt(ref.s)})` });
            style = ref.s === "" ? 0 : Number(ref.s);
            value = "";
            hasValue = false;
            if (selfClosing) type = "";
            break;
          }
          case "v":
            capture = !selfClosing;
            hasValue = true;
            break;
          case "is":
            inInline = true;
            hasValue = true;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inInline && phonetic === 0 && !selfClosing) capture = true;
            break;
          case "mergeCell": {
            if (merges.length >= limits.mergesPerSheet) throw limitReached({ es: `áreas combinadas en la hoja «${shown}»`, en: `merged areas in sheet “${shown}”` }, limits.mergesPerSheet);
            const ref = attribute(attrs, "ref") ?? "";
            const area = mergedArea(ref);
            if (!area) throw corrupt({ es: `la hoja «${shown}» tiene un área combinada inválida (${excerpt(ref)})`, en: `sheet “${shown}” has an invalid merged area (${excerpt(ref)})` });
            merges.push(area);
            break;
          }
          case "sheetProtection": {
            const locked = attribute(attrs, "sheet");
            isProtected = locked === "1" || locked === "true";
            break;
          }
        }
      },
      close(name) {
        if (name === "c") {
          if (type !== "") finishCell();
          type = "";
        } else if (name === "v" || name === "t") capture = false;
        else if (name === "is") inInline = false;
        else if (name === "rPh") phonetic--;
      },
      wantsText: () => capture,
      text(raw, cdata) {
        value += cdata ? raw : decodeXml(raw);
      },
    },
    limits,
  );
  if (!found) throw corrupt({ es: `falta la parte ${excerpt(part)} de la hoja «${shown}»`, en: `part ${excerpt(part)} of sheet “${shown}” is missing` }, { es: `le falta la hoja «${shown}»`, en: `sheet “${shown}” is missing` });

  values.length = lastRow + 1;
  formats.length = lastRow + 1;
  // The grid spans each row from column A to its last cell: bounded before a single blank is
  // filled in, so a few cells far to the right (XFD) cost nothing but this refusal.
  let area = 0;
  for (const cellsOfRow of values) area += cellsOfRow?.length ?? 0;
  if (area > limits.gridCellsPerSheet) {
    throw limitReached({ es: `celdas de la hoja «${shown}» desde la columna A hasta la última con datos de cada fila`, en: `cells of sheet “${shown}” from column A to each row's last filled one` }, limits.gridCellsPerSheet);
  }
  blankMergedCells(values, merges, lastRow, shown, limits);
  for (let r = 0; r <= lastRow; r++) {
    const rowCells = values[r];
    if (!rowCells) continue;
    const rowFormats = formats[r]!;
    for (let c = 0; c < rowCells.length; c++) {
      if (rowCells[c] === undefined) rowCells[c] = null;
      if (rowFormats[c] === undefined) rowFormats[c] = "General";
    }
  }
  return { sheet, origin: { row: 0, col: 0 }, values, numberFormats: formats, merges, protected: isProtected };
}

/**
 * Office.js reports a merged area's value in its top-left cell only. Areas stay ranges; only the
 * cells the sheet really has are visited, and their total is bounded so a thousand whole-sheet
 * merges cannot turn into a hang.
 */
function blankMergedCells(values: Array<Cell[] | undefined>, merges: Area[], lastRow: number, sheet: string, limits: ReadLimits): void {
  let visited = 0;
  for (const area of merges) {
    const bottom = Math.min(area.bottom, lastRow);
    for (let r = area.top; r <= bottom; r++) {
      const cells = values[r];
      if (!cells) continue;
      const right = Math.min(area.right, cells.length - 1);
      visited += Math.max(0, right - area.left + 1);
      if (visited > limits.mergedCellsPerSheet) throw limitReached({ es: `celdas dentro de áreas combinadas en la hoja «${sheet}»`, en: `cells inside merged areas in sheet “${sheet}”` }, limits.mergedCellsPerSheet);
      for (let c = area.left; c <= right; c++) {
        if ((r !== area.top || c !== area.left) && cells[c] !== undefined) cells[c] = null;
      }
    }
  }
}

/**
 * The r, s and t attributes of a cell in one pass over its attribute text: a sheet has
 * hundreds of thousands of cells, and this is most of what the reader does for each.
 */
function cellAttributes(attrs: string, out: { r: string; s: string; t: string }): void {
  out.r = "";
  out.s = "";
  out.t = "";
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && attrs.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < n && attrs.charCodeAt(i) !== 61 /* = */ && attrs.charCodeAt(i) > 32) i++;
    const name = attrs.slice(nameStart, i);
    while (i < n && attrs.charCodeAt(i) !== 34 && attrs.charCodeAt(i) !== 39) i++;
    const quote = attrs.charCodeAt(i);
    const close = attrs.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (i >= n || close < 0) return;
    if (name === "r" || name === "s" || name === "t") out[name] = attrs.slice(i + 1, close);
    i = close + 1;
  }
}

/** "B2:D5" as the format writes it: two cells, top-left first; anything else is no merged area. */
function mergedArea(ref: string): Area | null {
  const [from, to, more] = ref.split(":");
  if (from === undefined || more !== undefined) return null;
  const a = cellIndex(from);
  const b = to === undefined ? a : cellIndex(to);
  if (a < 0 || b < 0) return null;
  const area = { top: Math.floor(a / 16_384), left: a % 16_384, bottom: Math.floor(b / 16_384), right: b % 16_384 };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** "AB12" → row × 16,384 + column (0-based), or -1 when it is no cell of a sheet. */
function cellIndex(ref: string): number {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === n) return -1;
  let row = 0;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (col > MAX_COL + 1 || row < 1 || row > MAX_ROW + 1) return -1;
  return (row - 1) * 16_384 + (col - 1);
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function cellValue(type: string, raw: string | null, context: SheetContext): Cell {
  if (raw === null) return null;
  switch (type) {
    case "s": {
      // A plain decimal index, as Excel writes it: «0x10» or «1e1» are not 16 and 10 here.
      const text = /^\s*\d{1,9}\s*$/.test(raw) ? context.sharedStrings[Number(raw)] : undefined;
      if (text === undefined) throw corrupt({ es: `una celda apunta a un texto compartido que no existe (${excerpt(raw)})`, en: `a cell points to a shared string that does not exist (${excerpt(raw)})` });
      return text;
    }
    case "str":
    case "inlineStr": {
      return decodeExcelEscapes(raw);
    }
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return { error: raw.trim() };
    case "d": {
      const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      if (Number.isNaN(time)) return raw;
      return (time - (context.date1904 ? EPOCH_1904 : EPOCH_1900)) / 86_400_000;
    }
    default: {
      const text = raw.trim();
      if (text === "") return null;
      const number = Number(text);
      // "NaN", "1e309": kept as the text it is, so number-format reports it; never a silent 0.
      return NUMERIC.test(text) && Number.isFinite(number) ? number : text;
    }
  }
}
