import { parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import { classifyText } from "../labels";
import type { FollowUpRow, FollowUpSheet, LocatedFigure, LocatedText } from "../model";
import { captionKey } from "../text";
import { monthOf } from "./cutoff";

/** How far down the header row may be: a title, a cut-off line, a few notes. */
const HEADER_SEARCH_ROWS = 40;

type Column = "action" | "activity" | "unidad" | "anual" | "concept" | "justification";

const CAPTIONS: Record<string, Column> = {
  ACCION: "action",
  "NO DE ACCION": "action",
  "NUMERO DE ACCION": "action",
  ACTIVIDAD: "activity",
  ACTIVIDADES: "activity",
  "UNIDAD DE MEDIDA": "unidad",
  "PROGRAMACION ANUAL": "anual",
  "META ANUAL": "anual",
  CONCEPTO: "concept",
  JUSTIFICACION: "justification",
  "JUSTIFICACION DEL AVANCE": "justification",
};
const PROGRAMMED = new Set(["PROGRAMADO", "PROG", "P"]);
const REALIZED = new Set(["REALIZADO", "REAL", "R"]);
const CUTOFF = new Set(["MES DE CORTE", "CORTE", "MES DE CORTE AL", "CORTE AL MES"]);
const TITLE = /^SEGUIMIENTO\b.*?(\d{4})?\s*$/;
/** Captions are short; longer cells (activity names, notes) are not compared with them. */
const MAX_CAPTION = 40;
/** Titles and the cut-off line are longer, but never a paragraph. */
const MAX_TITLE = 120;

interface Header {
  row: number;
  cols: Partial<Record<Column, number>>;
  months: number[];
}

function findHeader(view: GridView): Header | null {
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS);
  for (let row = view.firstRow; row <= last; row++) {
    const cells = view.rowCells(row);
    if (!cells) continue;
    const cols: Partial<Record<Column, number>> = {};
    const months: number[] = Array(12).fill(-1);
    cells.forEach((value, i) => {
      if (typeof value !== "string" || value.length > MAX_CAPTION) return;
      const col = view.firstCol + i;
      const column = CAPTIONS[captionKey(value)];
      if (column && cols[column] === undefined) cols[column] = col;
      const hit = classifyText(value);
      if (hit?.kind === "month" && months[hit.month] === -1) months[hit.month] = col;
    });
    if (cols.activity !== undefined && cols.concept !== undefined && months.every((c) => c >= 0)) return { row, cols, months };
  }
  return null;
}

/**
 * A follow-up sheet, found by its captions (ACTIVIDAD, CONCEPTO and the twelve months), wherever
 * they sit: PROGRAMADO and REALIZADO rows per activity, the cut-off month above the table.
 * Returns null for any other sheet.
 */
export function readFollowUpSheet(view: GridView): FollowUpSheet | null {
  const header = findHeader(view);
  if (!header) return null;
  const text = (row: number, col: number | undefined): LocatedText | null => {
    if (col === undefined) return null;
    const raw = view.value(row, col);
    return { cell: view.address(row, col), row, col, raw, text: raw === null || typeof raw === "object" ? "" : String(raw) };
  };
  const figure = (row: number, col: number): LocatedFigure => {
    const raw = view.value(row, col);
    return { cell: view.address(row, col), row, col, raw, figure: parseFigure(raw) };
  };
  let year: number | null = null;
  let cutoff: FollowUpSheet["cutoff"] = null;
  for (let row = view.firstRow; row < header.row; row++) {
    const cells = view.rowCells(row) ?? [];
    cells.forEach((value, i) => {
      if (typeof value !== "string" || value.length > MAX_TITLE) return;
      const key = captionKey(value);
      const title = TITLE.exec(key);
      if (title?.[1]) year ??= Number(title[1]);
      if (CUTOFF.has(key) && cutoff === null) {
        const from = view.firstCol + i + 1;
        for (let col = from; col <= view.lastCol; col++) {
          if (view.isCovered(row, col)) continue;
          const raw = view.value(row, col);
          if (isBlank(raw)) continue;
          cutoff = { cell: view.address(row, col), month: monthOf(typeof raw === "object" ? null : (raw as string | number)) };
          break;
        }
      }
    });
  }
  const rows: FollowUpRow[] = [];
  let pending: FollowUpRow | null = null;
  const months = (row: number) => header.months.map((col) => figure(row, col));
  /** An activity as the row names it; its figures are filled in by the rows that carry them. */
  const activityAt = (row: number): FollowUpRow => ({
    row,
    action: text(row, header.cols.action) ?? { cell: view.address(row, 0), row, col: 0, raw: null, text: "" },
    activity: text(row, header.cols.activity)!,
    unidad: text(row, header.cols.unidad),
    anual: header.cols.anual === undefined ? null : figure(row, header.cols.anual),
    programmed: [],
    realized: [],
    justification: null,
  });
  for (let row = header.row + 1; row <= view.lastRow; row++) {
    const concept = text(row, header.cols.concept)?.text ?? "";
    const key = concept.length > MAX_CAPTION ? "" : captionKey(concept);
    if (PROGRAMMED.has(key)) {
      pending = { ...activityAt(row), programmed: months(row) };
      continue;
    }
    if (!REALIZED.has(key)) continue;
    // A REALIZADO row names its activity too; the one above it is its PROGRAMADO when they agree.
    const own = text(row, header.cols.activity)!;
    const pair = pending && (own.text.trim() === "" || captionKey(own.text) === captionKey(pending.activity.text)) ? pending : activityAt(row);
    pair.realized = months(row);
    pair.justification = text(row, header.cols.justification);
    rows.push(pair);
    pending = null;
  }
  return { header: view.address(header.row, header.cols.activity!), year, cutoff, rows };
}
