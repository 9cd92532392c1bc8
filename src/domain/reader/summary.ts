import type { GridView } from "../grid";
import type { SummaryRow, SummaryTable } from "../model";
import { normalizeLabel } from "../text";
import { cellText, locateFigure, locateText } from "./cells";

/**
 * A hand-made summary: a header row `ACCIÓN | INVERSIÓN`, the action numbers in the column to
 * the left of ACCIÓN, one row per action, and a TOTAL row.
 */
export function readSummary(
  view: GridView,
  headerRow: number,
  actionCol: number,
  amountCol: number,
): { table: SummaryTable; lastRow: number } {
  const numberCol = actionCol > view.firstCol ? actionCol - 1 : null;
  const rows: SummaryRow[] = [];
  let total: SummaryTable["total"] = null;
  let lastRow = headerRow;
  let blanks = 0;
  for (let row = headerRow + 1; row <= view.lastRow; row++) {
    const name = cellText(view.value(row, actionCol));
    const number = numberCol === null ? "" : cellText(view.value(row, numberCol));
    const amount = cellText(view.value(row, amountCol));
    const rowEmpty = !(view.rowCells(row) ?? []).some((v) => v !== null && v !== undefined && cellText(v) !== "");
    if (rowEmpty || (name === "" && number === "" && amount === "" && rows.length === 0)) {
      if (rows.length > 0 || ++blanks > 1) break;
      continue;
    }
    lastRow = row;
    if (isTotal(name) || isTotal(number)) {
      total = locateFigure(view, row, amountCol);
      break;
    }
    rows.push({
      row,
      number: numberCol === null ? null : locateFigure(view, row, numberCol),
      name: locateText(view, row, actionCol),
      amount: locateFigure(view, row, amountCol),
    });
  }
  return {
    table: { sheet: view.sheet, header: view.address(headerRow, actionCol), rows, total },
    lastRow,
  };
}

function isTotal(text: string): boolean {
  return text !== "" && normalizeLabel(text).startsWith("TOTAL");
}
