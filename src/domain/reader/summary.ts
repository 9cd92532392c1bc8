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
 * and a total row with or without its TOTAL caption. The number and name are looked for in the
 * columns from the one left of ACCIÓN up to the amount.
 */
export function readSummary(
  view: GridView,
  headerRow: number,
  actionCol: number,
  amountCol: number,
): { table: SummaryTable; lastRow: number } {
  const firstCol = Math.max(view.firstCol, actionCol - 1);
  const rows: SummaryRow[] = [];
  let total: SummaryTable["total"] = null;
  let lastRow = headerRow;
  let blanks = 0;
  for (let row = headerRow + 1; row <= view.lastRow; row++) {
    const amount = locateFigure(view, row, amountCol);
    const { number, name, totalCaption } = identify(view, row, firstCol, amountCol);
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
  firstCol: number,
  amountCol: number,
): { number: LocatedFigure | null; name: LocatedText | null; totalCaption: boolean } {
  let number: LocatedFigure | null = null;
  let name: LocatedText | null = null;
  for (let col = firstCol; col < amountCol; col++) {
    if (view.isCovered(row, col)) continue;
    const raw = view.value(row, col);
    if (isBlank(raw)) continue;
    const text = cellText(raw);
    if (normalizeLabel(text).startsWith("TOTAL")) return { number: null, name: null, totalCaption: true };
    const figure = parseFigure(raw);
    if (number === null && name === null && figure.kind === "number") {
      number = locateFigure(view, row, col);
      continue;
    }
    if (name !== null) continue;
    const split: RegExpExecArray | null = number === null ? NUMBER_THEN_NAME.exec(text) : null;
    if (split) {
      const value: Figure = { kind: "number", value: Number(split[1]), fromText: true };
      number = { ...locateFigure(view, row, col), figure: value };
      name = { ...locateText(view, row, col), text: split[2]!.trim() };
    } else {
      name = locateText(view, row, col);
    }
  }
  return { number, name, totalCaption: false };
}

function endsTable(view: GridView, row: number): boolean {
  if (row > view.lastRow) return true;
  return !(view.rowCells(row) ?? []).some((v) => v !== null && v !== undefined && cellText(v) !== "");
}
