import { parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import type { Action, Activity, InstitutionalHeader, LocatedFigure, LocatedText } from "../model";
import { normalizeLabel } from "../text";
import { locateFigure, locateText } from "./cells";

const UR_ROW = /^UR\b/;
const PED = ["EJE RECTOR", "EJE TRANSVERSAL", "EJE GENERAL"];
const CLASSIFICATION = ["FINALIDAD", "FUNCION", "SUBFUNCION", "MODALIDAD"];
const QUARTER = /^(1ER|2O|3ER|4O|PRIMER|SEGUNDO|TERCER|CUARTO) TRIM/;

/** The state institutional layout names its institution and budget program; municipal POAs do not. */
export function isInstitutionalSheet(view: GridView): boolean {
  let institution = false;
  let program = false;
  const last = Math.min(view.lastRow, view.firstRow + 500);
  for (let row = view.firstRow; row <= last && !(institution && program); row++) {
    for (const value of view.rowCells(row) ?? []) {
      // Only "INSTITUCIÓN" and "PROGRAMA PRESUPUESTAL" matter here: skip everything else cheaply.
      if (typeof value !== "string" || value.length > 40 || !/^\s*(?:<[^>]*>\s*)*[ip]/i.test(value)) continue;
      const text = normalizeLabel(value);
      if (text === "INSTITUCION") institution = true;
      else if (text === "PROGRAMA PRESUPUESTAL") program = true;
    }
  }
  return institution && program;
}

interface Hit {
  row: number;
  col: number;
  text: string;
}

function labelsIn(view: GridView, top: number, bottom: number): Hit[] {
  const hits: Hit[] = [];
  for (let row = top; row <= bottom; row++) {
    (view.rowCells(row) ?? []).forEach((value, i) => {
      if (typeof value === "string" && value.length <= 60 && value.trim() !== "") hits.push({ row, col: view.firstCol + i, text: normalizeLabel(value) });
    });
  }
  return hits;
}

/** The next filled cell to the right of a label, before `limit`. */
function rightOf(view: GridView, row: number, col: number, limit = view.lastCol): LocatedText {
  const start = view.spanEnd(row, col) + 1;
  for (let c = start; c <= limit; c++) {
    if (view.isCovered(row, c)) continue;
    if (!isBlank(view.value(row, c))) return locateText(view, row, c);
  }
  // Nothing to the right: the value belongs in the next cell, or, with no room, the label's own.
  const c = start <= limit ? start : col;
  return { ...locateText(view, row, c), raw: null, text: "" };
}

/**
 * Reads a state institutional POA: one action per printed page (the header repeats on each),
 * its activity table with the quarterly calendar, what was realized and the progress.
 */
export function readInstitutionalSheet(view: GridView): Action[] {
  const pageStarts: number[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const first = (view.rowCells(row) ?? []).find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof first === "string" && normalizeLabel(first.slice(0, 60)).startsWith("PROGRAMA OPERATIVO ANUAL")) pageStarts.push(row);
  }
  if (pageStarts.length === 0) pageStarts.push(view.firstRow);
  return pageStarts.map((start, i) => readPage(view, start, (pageStarts[i + 1] ?? view.lastRow + 1) - 1));
}

function readPage(view: GridView, top: number, bottom: number): Action {
  const hits = labelsIn(view, top, bottom);
  const tableHeader = hits.find((h) => h.text === "ACTIVIDAD" && hits.some((o) => o.row === h.row && o.text === "META ANUAL"));
  const headerBottom = tableHeader ? tableHeader.row - 1 : bottom;
  const inHeader = hits.filter((h) => h.row <= headerBottom);
  const find = (text: string) => inHeader.find((h) => h.text === text);

  const institucionLabel = find("INSTITUCION");
  const programaLabel = find("PROGRAMA PRESUPUESTAL");
  const programaBeside = programaLabel && institucionLabel && programaLabel.row === institucionLabel.row && programaLabel.col > institucionLabel.col;
  const institucion = institucionLabel
    ? rightOf(view, institucionLabel.row, institucionLabel.col, programaBeside ? programaLabel.col - 1 : view.lastCol)
    : null;
  const programa = programaLabel ? rightOf(view, programaLabel.row, programaLabel.col) : null;

  const unitHeader = inHeader.find((h) => h.text === "MONTO ASIGNADO");
  const colOf = (row: number, text: string) => inHeader.find((h) => h.row === row && h.text === text)?.col;
  const units: InstitutionalHeader["units"] = [];
  if (unitHeader) {
    const codeCol = colOf(unitHeader.row, "CLAVE");
    const nameCol = colOf(unitHeader.row, "NOMBRE");
    const spentCols = inHeader.filter((h) => h.row === unitHeader.row && h.text.startsWith("EJERCIDO")).map((h) => h.col);
    for (const label of inHeader.filter((h) => h.row > unitHeader.row && UR_ROW.test(h.text))) {
      units.push({
        label: locateText(view, label.row, label.col),
        code: locateText(view, label.row, codeCol ?? label.col + 1),
        name: locateText(view, label.row, nameCol ?? label.col + 2),
        assigned: locateFigure(view, label.row, unitHeader.col),
        spent: spentCols.map((col) => locateFigure(view, label.row, col)),
      });
    }
  }
  const ped = PED.flatMap((text) => {
    const label = find(text);
    return label ? [{ label: locateText(view, label.row, label.col), value: rightOf(view, label.row, label.col) }] : [];
  });
  const classification = CLASSIFICATION.flatMap((text) => {
    const label = find(text);
    if (!label) return [];
    const next = inHeader.filter((h) => h.row === label.row && h.col > label.col).map((h) => h.col);
    const limit = next.length ? Math.min(...next) - 1 : view.lastCol;
    const code = locateText(view, label.row + 1, label.col);
    return [{ label: locateText(view, label.row, label.col), code, name: rightOf(view, label.row + 1, label.col, limit) }];
  });

  const activities = tableHeader ? readTable(view, tableHeader, hits, bottom) : [];
  const title = hits.find((h) => h.row === top && h.text.startsWith("PROGRAMA OPERATIVO ANUAL"));
  const year = title ? /(\d{4})/.exec(title.text)?.[1] : undefined;
  const field = (value: LocatedText | null, labelCell: string | null) =>
    value ? { labelCell, value, figure: parseFigure(value.raw) } : undefined;
  const fields: Action["fields"] = {};
  const secretaria = field(institucion, institucionLabel ? view.address(institucionLabel.row, institucionLabel.col) : null);
  const nombre = field(programa, programaLabel ? view.address(programaLabel.row, programaLabel.col) : null);
  if (secretaria) fields.secretaria = secretaria;
  if (nombre) fields.nombre = nombre;
  return {
    sheet: view.sheet,
    anchor: view.address(top, title?.col ?? view.firstCol),
    title: title ? { cell: view.address(title.row, title.col), year: year ? Number(year) : null } : null,
    family: "institucional",
    institutional: { institucion, programa, units, ped, classification },
    fields,
    tableHeader: tableHeader ? view.address(tableHeader.row, tableHeader.col) : null,
    periodKind: "quarterly",
    activities,
    notes: tableHeader
      ? activities.filter((a) => a.shifted).map((a) => ({ kind: "shifted-row" as const, cell: a.actividad.cell, data: { row: a.row + 1 } }))
      : [{ kind: "no-table", cell: view.address(top, view.firstCol), data: {} }],
  };
}

function readTable(view: GridView, header: Hit, hits: Hit[], bottom: number): Activity[] {
  const row = hits.filter((h) => h.row === header.row);
  const col = (text: string) => row.find((h) => h.text === text)?.col;
  const quarters = hits.filter((h) => h.row === header.row + 1 && QUARTER.test(h.text)).map((h) => h.col);
  const calendarCol = col("CALENDARIO") ?? -1;
  const realizedCol = col("REALIZADO") ?? Infinity;
  const calendar = quarters.filter((c) => c >= calendarCol && c < realizedCol).slice(0, 4);
  const realized = quarters.filter((c) => c >= realizedCol).slice(0, 4);
  const at = {
    ur: col("UR"),
    number: col("NO ACT"),
    actividad: header.col,
    monto: col("MONTO ASIGNADO POR ACTIVIDAD"),
    unidad: col("UNIDAD DE MEDIDA"),
    meta: col("META ANUAL"),
    total: col("TOTAL ACUMULADO"),
    progress: col("% DE AVANCE VS META"),
  };
  const text = (r: number, c: number | undefined) => (c === undefined ? null : locateText(view, r, c));
  const figure = (r: number, c: number | undefined): LocatedFigure | null => (c === undefined ? null : locateFigure(view, r, c));
  const activities: Activity[] = [];
  for (let r = header.row + (quarters.length ? 2 : 1); r <= bottom; r++) {
    const cells = view.rowCells(r);
    if (!cells) continue;
    const first = cells.find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof first === "string" && /^(ELABORO|REVISO|AUTORIZO)/.test(normalizeLabel(first))) break;
    const actividad = locateText(view, r, at.actividad);
    const periods = calendar.map((c) => locateFigure(view, r, c));
    const done = realized.map((c) => locateFigure(view, r, c));
    const anual = figure(r, at.meta);
    const monto = figure(r, at.monto);
    const anything =
      actividad.text !== "" || [...periods, ...done, anual, monto].some((f) => f !== null && f.figure.kind !== "blank");
    if (!anything) continue;
    // Words under figure headings and figures under word headings: the row slid sideways.
    const misplaced =
      [...periods, ...done, anual, monto].filter((f) => f?.figure.kind === "text").length +
      [actividad, text(r, at.unidad)].filter((t) => t !== null && typeof t.raw === "number").length;
    activities.push({
      row: r,
      actividad,
      area: null,
      unidad: text(r, at.unidad),
      indicador: null,
      inversion: monto,
      anual,
      periods,
      coveredFigureCells: [],
      shifted: misplaced >= 2,
      followUp: {
        ur: text(r, at.ur),
        number: text(r, at.number),
        realized: done,
        total: figure(r, at.total),
        progress: figure(r, at.progress),
      },
    });
  }
  return activities;
}

