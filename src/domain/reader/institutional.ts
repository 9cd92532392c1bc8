import { parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import type { Action, InstitutionalHeader, LayoutNote, LocatedFigure, LocatedText } from "../model";
import { captionKey } from "../text";
import { captionText, type Hit, quarterOf, readCaption } from "./captions";
import { cellText, locateFigure, locateText } from "./cells";
import { findTableHeader, readStateTable } from "./institutionalTable";

const PED = ["EJE RECTOR", "EJE TRANSVERSAL", "EJE GENERAL"];
const CLASSIFICATION = ["FINALIDAD", "FUNCION", "SUBFUNCION", "MODALIDAD"];
/** Captions of the page header: a value never is one of these. */
const HEADER_CAPTION = /^(?:INSTITUCION$|PROGRAMA PRESUPUESTAL$|UR (?:PRINCIPAL|DERIVADA)$|MONTO|FECHA|COMENTARIOS$|% DE AVANCE$|EJE (?:RECTOR|TRANSVERSAL|GENERAL)$|OBJETIVO ESTRATEGICO$|FINALIDAD$|FUNCION$|SUBFUNCION$|MODALIDAD$|VINCULACION)/;
/** "06 UNIDAD DE ANÁLISIS…", "0801 - Dirección General…": a unit's code, then its name. */
const CODE_THEN_NAME = /^\s*([0-9A-Z]*\d[0-9A-Z]*(?:[-.][0-9A-Z]+)?)\s*(?:[-–.:]\s*|\s+)(\S.*)$/s;
const YEAR = /\b(20\d{2})\b/;

/** The state institutional layout names its institution and budget program; municipal POAs do not. */
export function isInstitutionalSheet(view: GridView): boolean {
  let institution = false;
  let program = false;
  const last = Math.min(view.lastRow, view.firstRow + 500);
  for (let row = view.firstRow; row <= last && !(institution && program); row++) {
    for (const value of view.rowCells(row) ?? []) {
      // Only "INSTITUCIÓN" and "PROGRAMA PRESUPUESTAL" matter here: skip everything else cheaply.
      if (typeof value !== "string" || !/^\s*(?:<[^>]*>\s*)*(?:inst|prog)/i.test(value)) continue;
      const key = readCaption(value).key;
      if (key === "INSTITUCION") institution = true;
      else if (key === "PROGRAMA PRESUPUESTAL") program = true;
    }
  }
  return institution && program;
}

/** Every text cell of the rows as a caption (most are not captions; the key says which are). */
export function captionsIn(view: GridView, top: number, bottom: number): Hit[] {
  const hits: Hit[] = [];
  for (let row = top; row <= bottom; row++) {
    const cells = view.rowCells(row);
    if (!cells) continue;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (typeof value === "string" && value.trim() !== "") hits.push({ row, col: view.firstCol + i, ...readCaption(value) });
    }
  }
  return hits;
}

function isHeaderCaption(value: unknown): boolean {
  return typeof value === "string" && HEADER_CAPTION.test(readCaption(value).key);
}

/** The caption's cell, its text reduced to the caption ("EJE RECTOR (7):" → "EJE RECTOR"). */
function labelAt(view: GridView, hit: Hit): LocatedText {
  const located = locateText(view, hit.row, hit.col);
  return { ...located, text: captionText(located.text) };
}

const emptyAt = (view: GridView, row: number, col: number): LocatedText => ({ ...locateText(view, row, col), raw: null, text: "" });

/**
 * A caption's value: typed after it in the same cell, in the next filled cell to its right, or
 * (when nothing is to the right) in one of the two cells below it, as the filed form has it.
 */
function valueOf(view: GridView, hit: Hit, limit = view.lastCol): LocatedText {
  if (hit.inline) return { ...locateText(view, hit.row, hit.col), text: hit.inline };
  const right = rightOf(view, hit.row, hit.col, limit);
  if (right.text !== "") return right;
  for (let row = hit.row + 1; row <= Math.min(hit.row + 2, view.lastRow); row++) {
    const value = view.value(row, hit.col);
    if (isBlank(value)) continue;
    if (typeof value === "string" && !isHeaderCaption(value)) return locateText(view, row, hit.col);
    break;
  }
  return right;
}

/** The next filled cell to the right, before `limit` or another caption. */
function rightOf(view: GridView, row: number, col: number, limit = view.lastCol): LocatedText {
  const start = view.spanEnd(row, col) + 1;
  for (let c = start; c <= limit; c++) {
    if (view.isCovered(row, c)) continue;
    const value = view.value(row, c);
    if (isBlank(value)) continue;
    if (isHeaderCaption(value)) break;
    return locateText(view, row, c);
  }
  return emptyAt(view, row, start <= limit ? start : col);
}

/** "06 UNIDAD…" in one cell, or the code in one cell and the name in the next. */
function codeAndName(view: GridView, value: LocatedText, limit = view.lastCol): { code: LocatedText; name: LocatedText } {
  const split = CODE_THEN_NAME.exec(value.text);
  if (split && value.text !== "") {
    return { code: { ...value, text: split[1]! }, name: { ...value, text: split[2]!.trim() } };
  }
  return { code: value, name: value.text === "" ? value : rightOf(view, value.row, value.col, limit) };
}

/**
 * Reads a state institutional POA: one action per printed page (the header repeats on each),
 * its activity table with the quarterly calendar, what was realized and the progress.
 */
export function readInstitutionalSheet(view: GridView): Action[] {
  const pageStarts: number[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const first = (view.rowCells(row) ?? []).find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof first === "string" && captionKey(first.slice(0, 60)).startsWith("PROGRAMA OPERATIVO ANUAL")) pageStarts.push(row);
  }
  if (pageStarts.length === 0) pageStarts.push(view.firstRow);
  return pageStarts.map((start, i) => readPage(view, start, (pageStarts[i + 1] ?? view.lastRow + 1) - 1));
}

function readPage(view: GridView, top: number, bottom: number): Action {
  const hits = captionsIn(view, top, bottom);
  const table = findTableHeader(hits);
  const headerBottom = table ? table.row - 1 : bottom;
  const inHeader = hits.filter((h) => h.row <= headerBottom);
  const find = (key: string) => inHeader.find((h) => h.key === key);
  const notes: LayoutNote[] = [];

  const institucionLabel = find("INSTITUCION");
  const programaLabel = find("PROGRAMA PRESUPUESTAL");
  const institucion = institucionLabel ? valueOf(view, institucionLabel) : null;
  const programa = programaLabel ? valueOf(view, programaLabel) : null;
  const units = readUnits(view, inHeader, headerBottom, notes);

  const ped = PED.flatMap((key) => {
    const label = find(key);
    return label ? [{ label: labelAt(view, label), value: valueOf(view, label) }] : [];
  });
  const classification = CLASSIFICATION.flatMap((key) => {
    const label = find(key);
    if (!label) return [];
    const next = inHeader.filter((h) => h.row === label.row && h.col > label.col && HEADER_CAPTION.test(h.key)).map((h) => h.col);
    const limit = next.length ? Math.min(...next) - 1 : view.lastCol;
    let first = label.inline ? valueOf(view, label) : rightOf(view, label.row, label.col, limit);
    // The code under its caption and the name beside the code, as some forms print it.
    const below = view.value(label.row + 1, label.col);
    if (first.text === "" && !isBlank(below) && !isHeaderCaption(below)) first = locateText(view, label.row + 1, label.col);
    const { code, name } = codeAndName(view, first, limit);
    return [{ label: labelAt(view, label), code, name }];
  });

  const read = table ? readStateTable(view, table, hits, bottom) : null;
  if (read) notes.push(...read.notes);
  else notes.push({ kind: "no-table", cell: view.address(top, view.firstCol), data: {} });

  const title = hits.find((h) => h.row === top && h.key.startsWith("PROGRAMA OPERATIVO ANUAL"));
  const fields: Action["fields"] = {};
  const field = (value: LocatedText | null, label: Hit | undefined) =>
    value ? { labelCell: label ? view.address(label.row, label.col) : null, value, figure: parseFigure(value.raw) } : undefined;
  const secretaria = field(institucion, institucionLabel);
  const nombre = field(programa, programaLabel);
  if (secretaria) fields.secretaria = secretaria;
  if (nombre) fields.nombre = nombre;
  return {
    sheet: view.sheet,
    anchor: view.address(top, title?.col ?? view.firstCol),
    title: title ? { cell: view.address(title.row, title.col), year: titleYear(view, title) } : null,
    family: "institucional",
    institutional: { institucion, programa, units, ped, classification },
    fields,
    tableHeader: table ? view.address(table.row, table.col) : null,
    periodKind: "quarterly",
    activities: read?.activities ?? [],
    notes,
  };
}

/** "PROGRAMA OPERATIVO ANUAL 2024", or the year on the line below ("Institucional 2024"). */
function titleYear(view: GridView, title: Hit): number | null {
  for (let row = title.row; row <= Math.min(title.row + 2, view.lastRow); row++) {
    const text = cellText(view.value(row, title.col));
    const year = YEAR.exec(text);
    if (year) return Number(year[1]);
  }
  return null;
}

/**
 * The responsible units (UR PRINCIPAL, UR DERIVADA…): code and name, the amount assigned (under
 * "Monto asignado", or the first figure after the name) and what was spent per quarter (under
 * the quarter captions). When the quarter figures sit one row off their units, as on a page of
 * the filed form, they are reported and left out rather than read against the wrong unit.
 */
function readUnits(view: GridView, inHeader: Hit[], headerBottom: number, notes: LayoutNote[]): InstitutionalHeader["units"] {
  const labels = inHeader.filter((h) => /^UR\b/.test(h.key));
  const assignedCaption = inHeader.find((h) => h.key.startsWith("MONTO ASIGNADO"));
  const quarterHits = inHeader.filter((h) => quarterOf(h.key) !== null).sort((a, b) => a.col - b.col);
  const quarterCols = quarterHits.slice(0, 4).map((h) => h.col);
  const captionRow = quarterHits[0]?.row ?? null;
  const units = labels.map((label) => {
    const value = valueOf(view, label);
    const { code, name } = codeAndName(view, value);
    let assigned: LocatedFigure | null = assignedCaption ? locateFigure(view, label.row, assignedCaption.col) : null;
    if (!assigned || assigned.figure.kind !== "number") assigned = firstFigureRight(view, label.row, Math.max(value.col, name.col)) ?? assigned;
    return {
      label: labelAt(view, label),
      code,
      name,
      assigned: assigned ?? { ...locateFigure(view, label.row, value.col + 1), raw: null, figure: { kind: "blank" as const } },
      spent: quarterCols.map((col) => locateFigure(view, label.row, col)),
    };
  });
  if (labels.length > 0 && captionRow !== null && quarterCols.length > 0 && spentRowsShifted(view, inHeader, labels, captionRow, headerBottom, quarterCols)) {
    notes.push({ kind: "unit-figures-shifted", cell: view.address(labels[0]!.row, quarterCols[0]!), data: { row: labels[0]!.row + 1 } });
    for (const unit of units) unit.spent = [];
  }
  return units;
}

function firstFigureRight(view: GridView, row: number, col: number): LocatedFigure | null {
  for (let c = view.spanEnd(row, col) + 1; c <= view.lastCol; c++) {
    if (typeof view.value(row, c) === "number") return locateFigure(view, row, c);
  }
  return null;
}

/**
 * Quarter figures belong to the captioned rows under the quarter captions. They are off by a row
 * when a captioned row (the program's, a unit's) shares the caption row, or when a row with
 * figures under the quarters and no caption follows the units.
 */
function spentRowsShifted(view: GridView, inHeader: Hit[], labels: Hit[], captionRow: number, headerBottom: number, quarterCols: number[]): boolean {
  const captioned = new Set(inHeader.filter((h) => /^(UR\b|PROGRAMA PRESUPUESTAL|INSTITUCION)/.test(h.key)).map((h) => h.row));
  if ([...captioned].some((row) => row === captionRow) && labels.some((l) => l.row > captionRow)) return true;
  const lastUnit = Math.max(...labels.map((l) => l.row));
  for (let row = lastUnit + 1; row <= Math.min(lastUnit + 2, headerBottom); row++) {
    if (captioned.has(row)) continue;
    if (quarterCols.some((col) => typeof view.value(row, col) === "number")) return true;
  }
  return false;
}
