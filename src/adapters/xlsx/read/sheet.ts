import { parseA1, parseRange } from "../../../domain/a1";
import type { Area, Cell, Grid } from "../../../domain/grid";
import { corrupt, limitReached, type ReadLimits } from "./limits";
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
  let capture: "v" | "t" | null = null;
  let inInline = false;
  let phonetic = 0;
  let value: string[] = [];
  let hasValue = false;

  const finishCell = () => {
    const cell = cellValue(type, hasValue ? value.join("") : null, context);
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
            if (!Number.isInteger(row) || row < 0 || row > MAX_ROW) throw corrupt(`la hoja «${sheet}» tiene una fila inválida (${r ?? row + 1})`);
            col = -1;
            break;
          }
          case "c": {
            if (++cells > limits.cellsPerSheet) throw limitReached(`celdas en la hoja «${sheet}»`, limits.cellsPerSheet);
            const ref = attribute(attrs, "r");
            if (ref !== undefined) {
              const at = parseA1(ref);
              if (!at || at.col > MAX_COL || at.row > MAX_ROW) throw corrupt(`la hoja «${sheet}» tiene una referencia de celda inválida (${ref})`);
              row = at.row;
              col = at.col;
            } else {
              col++;
            }
            if (row < 0) row = 0;
            type = attribute(attrs, "t") ?? "n";
            style = Number(attribute(attrs, "s") ?? 0) || 0;
            value = [];
            hasValue = false;
            if (selfClosing) type = "";
            break;
          }
          case "v":
            capture = selfClosing ? null : "v";
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
            if (inInline && phonetic === 0 && !selfClosing) capture = "t";
            break;
          case "mergeCell": {
            if (merges.length >= limits.mergesPerSheet) throw limitReached(`áreas combinadas en la hoja «${sheet}»`, limits.mergesPerSheet);
            const ref = attribute(attrs, "ref") ?? "";
            const area = parseRange(ref);
            if (!area || area.right > MAX_COL || area.bottom > MAX_ROW) throw corrupt(`la hoja «${sheet}» tiene un área combinada inválida (${ref})`);
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
        } else if (name === "v" || name === "t") capture = null;
        else if (name === "is") inInline = false;
        else if (name === "rPh") phonetic--;
      },
      text(raw, cdata) {
        if (capture !== null) value.push(cdata ? raw : decodeXml(raw));
      },
    },
    limits,
  );
  if (!found) throw corrupt(`falta la hoja «${sheet}» (${part})`);

  values.length = lastRow + 1;
  formats.length = lastRow + 1;
  blankMergedCells(values, merges, lastRow, sheet, limits);
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
      if (visited > limits.mergedCellsPerSheet) throw limitReached(`celdas dentro de áreas combinadas en la hoja «${sheet}»`, limits.mergedCellsPerSheet);
      for (let c = area.left; c <= right; c++) {
        if ((r !== area.top || c !== area.left) && cells[c] !== undefined) cells[c] = null;
      }
    }
  }
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function cellValue(type: string, raw: string | null, context: SheetContext): Cell {
  if (raw === null) return null;
  switch (type) {
    case "s": {
      const index = Number(raw);
      const text = context.sharedStrings[index];
      if (!Number.isInteger(index) || text === undefined) throw corrupt(`una celda apunta a un texto compartido que no existe (${raw})`);
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
