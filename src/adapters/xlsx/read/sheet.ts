import type { Area, Cell, Grid } from "../../../domain/grid";
import { corrupt, excerpt, limitReached, type ReadLimits } from "./limits";
import { scanPart } from "./parts";
import { type AttributeText, attribute, decodeExcelEscapes, decodeXml } from "./xml";
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
  const ref: CellAttributes = { r: -1, s: 0, t: "", bad: null };

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
            const r = attribute(attrs.text(), "r");
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
            if (ref.bad?.name === "r") throw corrupt({ es: `la hoja «${shown}» tiene una referencia de celda inválida (${excerpt(ref.bad.value)})`, en: `sheet “${shown}” has an invalid cell reference (${excerpt(ref.bad.value)})` });
            if (ref.bad?.name === "s") throw corrupt({ es: `la hoja «${shown}» tiene un estilo de celda inválido (${excerpt(ref.bad.value)})`, en: `sheet “${shown}” has an invalid cell style (${excerpt(ref.bad.value)})` });
            if (ref.r >= 0) {
              row = Math.floor(ref.r / 16_384);
              col = ref.r % 16_384;
            } else {
              col++;
            }
            if (row < 0) row = 0;
            type = ref.t || "n";
            style = ref.s;
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
            const ref = attribute(attrs.text(), "ref") ?? "";
            const area = mergedArea(ref);
            if (!area) throw corrupt({ es: `la hoja «${shown}» tiene un área combinada inválida (${excerpt(ref)})`, en: `sheet “${shown}” has an invalid merged area (${excerpt(ref)})` });
            merges.push(area);
            break;
          }
          case "sheetProtection": {
            const locked = attribute(attrs.text(), "sheet");
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

interface CellAttributes {
  /** The reference as row × 16,384 + column (0-based); -1 when the cell gives none. */
  r: number;
  /** The style index; 0 when the cell gives none. */
  s: number;
  t: string;
  /** An r or s that is no reference or index, as written: the reader says it and stops. */
  bad: { name: "r" | "s"; value: string } | null;
}

/** Cell types as constants: the t attribute is read without cutting a string for each cell. */
const CELL_TYPES = ["s", "str", "inlineStr", "n", "b", "e", "d"];

function cellType(text: string, from: number, to: number): string {
  for (const type of CELL_TYPES) if (type.length === to - from && text.startsWith(type, from)) return type;
  return text.slice(from, to);
}

/**
 * The r, s and t attributes of a cell in one pass over its attribute text, where it lies in the
 * scanner's buffer: a sheet has hundreds of thousands of cells, and this is most of what the
 * reader does for each.
 */
function cellAttributes(attrs: AttributeText, out: CellAttributes): void {
  out.r = -1;
  out.s = 0;
  out.t = "";
  out.bad = null;
  const text = attrs.source;
  const n = attrs.to;
  let i = attrs.from;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < n && text.charCodeAt(i) !== 61 /* = */ && text.charCodeAt(i) > 32) i++;
    // r, s and t are one letter; anything longer (xml:space, cm, vm, ph) is skipped.
    const letter = i === nameStart + 1 ? text.charCodeAt(nameStart) : 0;
    while (i < n && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 39) i++;
    if (i >= n) return;
    const close = text.indexOf(text.charCodeAt(i) === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= n) return;
    if (letter === 114 /* r */) {
      // r="" says nothing: the cell follows the one before, as without r.
      out.r = close === i + 1 ? -1 : cellIndexIn(text, i + 1, close);
      if (out.r < 0 && close > i + 1) out.bad = { name: "r", value: text.slice(i + 1, close) };
    } else if (letter === 115 /* s */) {
      out.s = styleIndexIn(text, i + 1, close);
      if (out.s < 0) out.bad ??= { name: "s", value: text.slice(i + 1, close) };
    } else if (letter === 116 /* t */) {
      out.t = cellType(text, i + 1, close);
    }
    i = close + 1;
  }
}

/** Up to nine digits, as Excel writes a style index; -1 for anything else. */
function styleIndexIn(text: string, from: number, to: number): number {
  if (to === from || to - from > 9) return to === from ? 0 : -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** "B2:D5" as the format writes it: two cells, top-left first; anything else is no merged area. */
function mergedArea(ref: string): Area | null {
  // Read in place: a sheet can have tens of thousands of merged areas.
  const colon = ref.indexOf(":");
  if (colon >= 0 && ref.indexOf(":", colon + 1) >= 0) return null;
  const a = cellIndexIn(ref, 0, colon < 0 ? ref.length : colon);
  const b = colon < 0 ? a : cellIndexIn(ref, colon + 1, ref.length);
  if (a < 0 || b < 0) return null;
  const area = { top: Math.floor(a / 16_384), left: a % 16_384, bottom: Math.floor(b / 16_384), right: b % 16_384 };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** A cell reference («AB12») within `text`, from `from` to `to`: row × 16,384 + column (0-based), or -1. */
function cellIndexIn(text: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || i > from + 3 || i === to) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (col > MAX_COL + 1 || row < 1 || row > MAX_ROW + 1) return -1;
  return (row - 1) * 16_384 + (col - 1);
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Up to nine digits and nothing else, as Excel writes most values and every shared-string index; -1 otherwise. */
function plainDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 9) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function cellValue(type: string, raw: string | null, context: SheetContext): Cell {
  if (raw === null) return null;
  switch (type) {
    case "s": {
      // A plain decimal index, as Excel writes it: «0x10» or «1e1» are not 16 and 10 here.
      const index = plainDigits(raw);
      const text = index >= 0 ? context.sharedStrings[index] : /^\s*\d{1,9}\s*$/.test(raw) ? context.sharedStrings[Number(raw)] : undefined;
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
      const digits = plainDigits(raw);
      if (digits >= 0) return digits;
      const text = raw.trim();
      if (text === "") return null;
      const number = Number(text);
      // "NaN", "1e309": kept as the text it is, so number-format reports it; never a silent 0.
      return NUMERIC.test(text) && Number.isFinite(number) ? number : text;
    }
  }
}
