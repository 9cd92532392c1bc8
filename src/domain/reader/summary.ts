import { type Figure, parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import type { LocatedFigure, LocatedText, SummaryRow, SummaryTable } from "../model";
import { normalizeLabel } from "../text";
import { cellText, locateFigure, locateText } from "./cells";

/** "3. Actividades públicas", "3 - Actividades", "3) Actividades": number and name in one cell. */
const NUMBER_THEN_NAME = /^\s*(\d{1,4})\s*(?:[.)\-–:]\s*|\s+)(\S.*)$/s;

/**
 * A hand-made summary: a header row `ACCIÓN | INVERSIÓN` (with or without accents), one row per
 * action, and a total. Offices arrange it differently: the action number in its own column (left
 * of the caption or under it) or in the same cell as the name, the caption over either column,
 * and a total row with or without its TOTAL caption. Where the caption sits is told by what the
 * column under it holds: numbers (the name is then in the next column) or names (the number, if
 * any, in the column to its left or in the name's own cell).
 */
export function readSummary(
  view: GridView,
  headerRow: number,
  actionCol: number,
  amountCol: number,
): { table: SummaryTable; lastRow: number } {
  const under = contentUnder(view, headerRow, actionCol);
  const next = actionCol + 1 < amountCol ? actionCol + 1 : null;
  const left = actionCol > view.firstCol ? actionCol - 1 : null;
  // Nothing under the caption: the names are beside it, in the next column or, as some offices
  // write «3. Actividades públicas», in the column to its left.
  const beside = under === "nothing" && (next === null || contentUnder(view, headerRow, next) === "nothing") && left !== null && contentUnder(view, headerRow, left) === "names" ? left : next;
  const columns = under === "numbers" ? { number: actionCol, name: next } : under === "nothing" ? { number: null, name: beside } : { number: left, name: actionCol };
  const rows: SummaryRow[] = [];
  let total: SummaryTable["total"] = null;
  let lastRow = headerRow;
  let blanks = 0;
  for (let row = headerRow + 1; row <= view.lastRow; row++) {
    const amount = locateFigure(view, row, amountCol);
    const { number, name, totalCaption } = identify(view, row, columns);
    const rowEmpty = !(view.rowCells(row) ?? []).some((v) => v !== null && v !== undefined && cellText(v) !== "");
    if (rowEmpty || (number === null && name === null && amount.figure.kind === "blank" && rows.length === 0)) {
      if (rows.length > 0 || ++blanks > 1) break;
      continue;
    }
    lastRow = row;
    if (totalCaption) {
      total = amount;
      break;
    }
    // No caption, no number, no name, just an amount after the last action: the total row.
    if (number === null && name === null && amount.figure.kind !== "blank" && rows.length > 0 && endsTable(view, row + 1)) {
      total = amount;
      break;
    }
    rows.push({ row, number, name, amount });
  }
  return {
    table: { sheet: view.sheet, header: view.address(headerRow, actionCol), rows, total },
    lastRow,
  };
}

function identify(
  view: GridView,
  row: number,
  columns: { number: number | null; name: number | null },
): { number: LocatedFigure | null; name: LocatedText | null; totalCaption: boolean } {
  const raw = (col: number | null) => (col === null ? null : view.value(row, col));
  for (const col of [columns.number, columns.name]) {
    const value = raw(col);
    if (!isBlank(value) && normalizeLabel(cellText(value)).startsWith("TOTAL")) return { number: null, name: null, totalCaption: true };
  }
  let number: LocatedFigure | null = null;
  if (columns.number !== null && !isBlank(raw(columns.number))) {
    const located = locateFigure(view, row, columns.number);
    if (located.figure.kind === "number") number = located;
  }
  if (columns.name === null || isBlank(raw(columns.name))) return { number, name: null, totalCaption: false };
  const name = locateText(view, row, columns.name);
  const split: RegExpExecArray | null = number === null ? NUMBER_THEN_NAME.exec(name.text) : null;
  if (!split) return { number, name, totalCaption: false };
  const value: Figure = { kind: "number", value: Number(split[1]), fromText: true };
  return { number: { ...locateFigure(view, row, columns.name), figure: value }, name: { ...name, text: split[2]!.trim() }, totalCaption: false };
}

/** What the column under the ACCIÓN caption holds: action numbers, names, or nothing at all. */
function contentUnder(view: GridView, headerRow: number, col: number): "numbers" | "names" | "nothing" {
  let numbers = 0;
  let words = 0;
  for (let row = headerRow + 1; row <= Math.min(view.lastRow, headerRow + 200); row++) {
    const value = view.value(row, col);
    if (isBlank(value)) continue;
    if (parseFigure(value).kind === "number") numbers++;
    else if (!normalizeLabel(cellText(value)).startsWith("TOTAL")) words++;
  }
  if (numbers === 0 && words === 0) return "nothing";
  return numbers > words ? "numbers" : "names";
}

function endsTable(view: GridView, row: number): boolean {
  if (row > view.lastRow) return true;
  return !(view.rowCells(row) ?? []).some((v) => v !== null && v !== undefined && cellText(v) !== "");
}
