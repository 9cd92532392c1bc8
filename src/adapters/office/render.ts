import { columnName, toA1 } from "../../domain/a1";
import type { Area } from "../../domain/grid";
import { type SheetSpec, STYLES, type StyleName } from "../../domain/sheets/spec";
import type { SupportsApi } from "./OfficeWorkbook";

/** Excel measures column widths in points; a character of the default font is about 5.6. */
const POINTS_PER_CHARACTER = 5.6;

const rangeOf = (ws: Excel.Worksheet, a: Area) => ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);

/**
 * Enum values are written as their strings, which Office.js accepts, so this module needs no
 * `Excel` global until it runs inside Excel.
 *
 * Queues everything a sheet description asks for on an empty worksheet; the caller syncs once.
 * Features above ExcelApi 1.7 are written only where Excel has them.
 */
export function renderSpec(ws: Excel.Worksheet, spec: SheetSpec, supports: SupportsApi): void {
  let rows = 0;
  let cols = 0;
  for (const cell of spec.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  if (rows > 0) {
    const formulas: Array<Array<string | number>> = Array.from({ length: rows }, () => Array(cols).fill(""));
    const formats: string[][] = Array.from({ length: rows }, () => Array(cols).fill("General"));
    for (const cell of spec.cells) {
      formulas[cell.row]![cell.col] = cell.formula ?? asText(cell.value ?? "");
      const format = cell.style ? STYLES[cell.style].numberFormat : undefined;
      if (format) formats[cell.row]![cell.col] = format;
    }
    const all = ws.getRangeByIndexes(0, 0, rows, cols);
    all.numberFormat = formats;
    all.formulas = formulas;
  }

  for (const run of styleRuns(spec)) {
    const style = STYLES[run.style];
    const format = ws.getRangeByIndexes(run.row, run.col, 1, run.length).format;
    format.font.bold = style.bold ?? false;
    format.font.size = style.size ?? 10;
    if (style.color) format.font.color = style.color;
    if (style.fill) format.fill.color = style.fill;
    format.wrapText = style.wrap ?? false;
    format.horizontalAlignment = style.horizontal === "center" ? "Center" : style.horizontal === "right" ? "Right" : "Left";
    format.verticalAlignment = style.vertical === "middle" ? "Center" : style.vertical === "bottom" ? "Bottom" : "Top";
    const edges: Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical"> =
      style.border === "thin" ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] : style.border === "top" ? ["EdgeTop"] : [];
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = style.border === "thin" ? "#A19F9D" : "#323130";
    }
  }
  for (const merge of spec.merges) rangeOf(ws, merge).merge(false);
  spec.columnWidths.forEach((width, col) => {
    ws.getRange(`${columnName(col)}:${columnName(col)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
  }

  if (supports("1.8")) {
    for (const v of spec.validations) {
      const validation = rangeOf(ws, v.area).dataValidation;
      if (v.kind === "list") validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
      else {
        const rule = { formula1: v.min, operator: "GreaterThanOrEqualTo" as const };
        validation.rule = v.kind === "whole" ? { wholeNumber: rule } : { decimal: rule };
      }
      validation.errorAlert = { title: v.title, message: v.message, showAlert: true, style: "Stop" };
      validation.prompt = { title: v.title, message: v.message, showPrompt: true };
    }
  }
  for (const c of spec.conditionalFormats) {
    const format = rangeOf(ws, c.area).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${c.formula}`;
    format.custom.format.fill.color = c.fill;
    format.custom.format.font.color = c.color;
  }
  if (supports("1.9")) {
    ws.pageLayout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`);
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Página &P de &N";
  }
  if (spec.freezeRows > 0) ws.freezePanes.freezeRows(spec.freezeRows);
  if (spec.table) {
    const table = ws.tables.add(rangeOf(ws, spec.table.area), true);
    table.name = spec.table.name;
    table.style = "TableStyleLight9";
  }
  if (spec.chart) {
    const chart = ws.charts.add("BarClustered", rangeOf(ws, spec.chart.values), "Columns");
    chart.title.text = spec.chart.title;
    chart.legend.visible = false;
    const series = chart.series.getItemAt(0);
    series.name = spec.chart.seriesName;
    series.setXAxisValues(rangeOf(ws, spec.chart.categories));
    const axis = chart.axes.valueAxis;
    axis.numberFormat = spec.chart.axis.numberFormat;
    if (spec.chart.axis.max !== null) {
      axis.minimum = 0;
      axis.maximum = spec.chart.axis.max;
    }
    const { row, col, cols: width, rows: height } = spec.chart.at;
    chart.setPosition(toA1(row, col), toA1(row + height, col + width));
  }
}

/**
 * Values go through `range.formulas` with the formulas: a text that starts with "=" (a kept
 * justification, a sheet name) gets Excel's own text prefix so it stays text.
 */
function asText(value: string | number): string | number {
  return typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
}

/** Cells of one style side by side in a row become one range, so formats cost few calls. */
function styleRuns(spec: SheetSpec): Array<{ style: StyleName; row: number; col: number; length: number }> {
  const styled = spec.cells.filter((c) => c.style).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Array<{ style: StyleName; row: number; col: number; length: number }> = [];
  for (const cell of styled) {
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.row === cell.row && last.col + last.length === cell.col) last.length++;
    else runs.push({ style: cell.style!, row: cell.row, col: cell.col, length: 1 });
  }
  return runs;
}
