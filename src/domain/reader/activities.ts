import type { GridView } from "../grid";
import { isBlank } from "../grid";
import type { TableColumn } from "../labels";
import type { Activity, LocatedFigure } from "../model";
import { locateFigure, locateText } from "./cells";
import type { RowInfo } from "./scan";

/** Where an activity table's columns are, from its header row and its month row. */
export interface TableLayout {
  headerRow: number;
  headerCol: number;
  columns: Map<TableColumn, number>;
  periodCols: number[];
  lastCol: number;
}

export function tableFromHeader(info: RowInfo): TableLayout {
  const actividad = info.columns.get("actividad") ?? 0;
  const layout: TableLayout = { headerRow: info.row, headerCol: actividad, columns: new Map(info.columns), periodCols: [], lastCol: 0 };
  if (info.months.length >= 4) setPeriods(layout, info);
  layout.lastCol = lastColumn(layout);
  return layout;
}

export function setPeriods(layout: TableLayout, info: RowInfo): void {
  const byMonth = new Map<number, number>();
  for (const m of info.months) if (!byMonth.has(m.month)) byMonth.set(m.month, m.col);
  layout.periodCols = [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([, col]) => col);
  layout.lastCol = lastColumn(layout);
}

function lastColumn(layout: TableLayout): number {
  let last = 0;
  for (const col of layout.columns.values()) last = Math.max(last, col);
  for (const col of layout.periodCols) last = Math.max(last, col);
  return last;
}

const TEXT_COLUMNS: TableColumn[] = ["actividad", "area", "unidad", "indicador"];

const textAt = (view: GridView, row: number, col: number | undefined) => (col === undefined ? null : locateText(view, row, col));
const figureAt = (view: GridView, row: number, col: number | undefined) => (col === undefined ? null : locateFigure(view, row, col));
const hasText = (t: { text: string } | null) => t !== null && t.text !== "";

/**
 * Reads one row of an activity table; null when the row holds nothing of the table. Plain
 * loops, no closures: a large POA has tens of thousands of activity rows.
 */
export function readActivity(view: GridView, row: number, layout: TableLayout): Activity | null {
  const { columns } = layout;
  const actividad = locateText(view, row, layout.headerCol);
  const area = textAt(view, row, columns.get("area"));
  const unidad = textAt(view, row, columns.get("unidad"));
  const indicador = textAt(view, row, columns.get("indicador"));
  const inversion = figureAt(view, row, columns.get("inversion"));
  const anual = figureAt(view, row, columns.get("anual"));
  const periods: LocatedFigure[] = [];
  for (const col of layout.periodCols) periods.push(locateFigure(view, row, col));
  const figures: Array<LocatedFigure | null> = [...periods, inversion, anual];

  let anything = actividad.text !== "" || hasText(area) || hasText(unidad) || hasText(indicador);
  const coveredFigureCells: string[] = [];
  for (const f of figures) {
    if (!f) continue;
    if (f.figure.kind !== "blank") anything = true;
    if (view.isCovered(row, f.col)) coveredFigureCells.push(f.cell);
  }
  if (!anything) return null;

  return {
    row,
    actividad,
    area,
    unidad,
    indicador,
    inversion,
    anual,
    periods,
    coveredFigureCells,
    shifted: isShifted(view, row, layout, figures),
    followUp: null,
  };
}

/**
 * A row is shifted when its values sit under the wrong headings: numbers in the text columns,
 * words in the figure columns, or values past the table's last column. One odd cell is a typo
 * (number-format reports it); two or more mean the row moved.
 */
function isShifted(view: GridView, row: number, layout: TableLayout, figures: Array<LocatedFigure | null>): boolean {
  let misplaced = 0;
  for (const column of TEXT_COLUMNS) {
    const col = column === "actividad" ? layout.headerCol : layout.columns.get(column);
    if (col !== undefined && typeof view.value(row, col) === "number") misplaced++;
  }
  for (const f of figures) if (f?.figure.kind === "text") misplaced++;
  const cells = view.rowCells(row) ?? [];
  for (let i = layout.lastCol - view.firstCol + 1; i < cells.length; i++) {
    const value = cells[i];
    if (value !== undefined && !isBlank(value) && !view.isCovered(row, view.firstCol + i)) misplaced++;
  }
  return misplaced >= 2;
}
