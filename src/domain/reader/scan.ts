import { type GridView, isBlank } from "../grid";
import { classifyText, type HeaderField, isSummaryAmountLabel, type TableColumn } from "../labels";

export interface HeaderLabel {
  field: HeaderField;
  row: number;
  col: number;
  /** A value typed in the label's own cell ("PARTIDA PRESUPUESTAL 2111, 2611"). */
  inline: string;
  /** The label as typed: "PRINCIPIO RECTOR" and "EJE" tell heading families apart. */
  raw: string;
}

/** What one sheet row holds, as far as the block structure goes. */
export interface RowInfo {
  row: number;
  filled: number;
  numbers: number;
  title: { col: number; year: number | null } | null;
  headers: HeaderLabel[];
  columns: Map<TableColumn, number>;
  months: Array<{ month: number; col: number }>;
  summary: { actionCol: number; amountCol: number } | null;
  signature: boolean;
}

export function scanRow(view: GridView, row: number): RowInfo {
  const info: RowInfo = {
    row,
    filled: 0,
    numbers: 0,
    title: null,
    headers: [],
    columns: new Map(),
    months: [],
    summary: null,
    signature: false,
  };
  let actionCol = -1;
  let amountCol = -1;
  for (const { col, value } of view.filledCells(row)) {
    info.filled++;
    if (typeof value === "number") {
      info.numbers++;
      continue;
    }
    if (typeof value !== "string") continue;
    if (actionCol >= 0 && amountCol < 0 && isSummaryAmountLabel(value)) amountCol = col;
    const hit = classifyText(value);
    if (!hit) continue;
    switch (hit.kind) {
      case "title":
        info.title ??= { col, year: hit.year };
        break;
      case "header":
        info.headers.push({ field: hit.field, row, col, inline: hit.inline, raw: value });
        break;
      case "column":
        if (!info.columns.has(hit.column)) info.columns.set(hit.column, col);
        break;
      case "month":
        info.months.push({ month: hit.month, col });
        break;
      case "summary-action":
        if (actionCol < 0) actionCol = col;
        break;
      case "signature":
        info.signature = true;
        break;
      case "total":
        break;
    }
  }
  if (actionCol >= 0 && amountCol > actionCol) {
    info.summary = { actionCol, amountCol };
    // In a summary header, INVERSIÓN names a column, not an action's field.
    info.headers = info.headers.filter((h) => h.col !== amountCol);
  }
  return info;
}

/** An activity table header names the activity and at least two of its figure/text columns. */
export function isTableHeader(info: RowInfo): boolean {
  if (!info.columns.has("actividad")) return false;
  let others = 0;
  for (const key of info.columns.keys()) if (key !== "actividad") others++;
  return others >= 2;
}

export function isMonthRow(info: RowInfo): boolean {
  return info.months.length >= 4;
}

/**
 * Table captions split over two header rows ("PROGRAMACIÓN" / "ANUAL", "UNIDAD DE" / "MEDIDA"):
 * when the row below a table header holds only words that complete the captions above them,
 * the two rows are one header. Returns the joined header and how many rows it spans.
 */
export function joinSplitHeader(view: GridView, info: RowInfo): { info: RowInfo; rows: number } {
  const next = info.row + 1;
  if (next > view.lastRow) return { info, rows: 1 };
  const columns = new Map(info.columns);
  let joined = 0;
  for (const { col, value } of view.filledCells(next)) {
    if (typeof value !== "string") return { info, rows: 1 };
    const area = view.mergeAt(info.row, col);
    const above = view.value(info.row, area ? area.left : col);
    if (typeof above !== "string" || isBlank(above)) continue;
    const hit = classifyText(`${above.trim()} ${value.trim()}`);
    if (hit?.kind !== "column") continue;
    columns.set(hit.column, area ? area.left : col);
    joined++;
  }
  if (joined === 0) return { info, rows: 1 };
  return { info: { ...info, columns }, rows: 2 };
}
