import { absoluteRange, columnName, toA1 } from "../../domain/a1";
import type { Area } from "../../domain/grid";
import { PAGE_FOOTER, PAGE_MARGINS, printLayout } from "../../domain/sheets/print";
import { type SheetSpec, sheetCells, STYLES, type StyleName } from "../../domain/sheets/spec";

/** Whether the host implements an API set: ExcelApi 1.7 is the manifest's floor, anything above is asked. */
export type SupportsApi = (version: string) => boolean;

/** Excel measures column widths in points; a character of the default font is about 5.6. */
const POINTS_PER_CHARACTER = 5.6;

const rangeOf = (ws: Excel.Worksheet, a: Area) => ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);

/**
 * Excel on the web refuses a request over 5 MB. What one request may carry, estimated as bytes
 * of values and formulas plus a fixed cost per property set, stays well under it: a big sheet
 * is written in several requests, a small one in one.
 */
export const REQUEST_BUDGET = 2_000_000;
const PROPERTY_COST = 80;
/** Rows of the value matrix written per range: blocks, so no single write is over the budget. */
const ROWS_PER_WRITE = 500;

/** Counts what is queued and syncs before a request would grow past its budget. */
class Requests {
  private queued = 0;
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly budget: number,
  ) {}

  async spend(cost: number): Promise<void> {
    if (this.queued > 0 && this.queued + cost > this.budget) {
      await this.sync();
      this.queued = 0;
    }
    this.queued += cost;
  }
}

const BASE = { size: 10, horizontal: "left", vertical: "top" } as const;

/**
 * Enum values are written as their strings, which Office.js accepts, so this module needs no
 * `Excel` global until it runs inside Excel.
 *
 * Queues everything a sheet description asks for on an empty worksheet. The whole area gets the
 * common font size and alignment once, each style run only what differs from it, and borders
 * go on as blocks: a sheet of hundreds of rows stays a few thousand property sets. The caller
 * syncs at the end; `sync` is called before that only when the request would grow too big.
 * Features above ExcelApi 1.7 are written only where Excel has them.
 */
export async function renderSpec(ws: Excel.Worksheet, described: SheetSpec, supports: SupportsApi, sync: () => Promise<void>, budget = REQUEST_BUDGET): Promise<void> {
  // Excel takes values, formulas and formats as whole arrays: the streamed rows are made here.
  const spec = sheetCells(described);
  const requests = new Requests(sync, budget);
  const paper = printLayout(spec);
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
    for (let top = 0; top < rows; top += ROWS_PER_WRITE) {
      const count = Math.min(ROWS_PER_WRITE, rows - top);
      const values = formulas.slice(top, top + count);
      const numberFormats = formats.slice(top, top + count);
      await requests.spend(JSON.stringify(values).length + JSON.stringify(numberFormats).length);
      const block = ws.getRangeByIndexes(top, 0, count, cols);
      block.numberFormat = numberFormats;
      block.formulas = values;
    }
    const all = ws.getRangeByIndexes(0, 0, rows, cols).format;
    all.font.size = BASE.size;
    all.horizontalAlignment = "Left";
    all.verticalAlignment = "Top";
  }

  for (const run of styleRuns(spec)) {
    const style = STYLES[run.style];
    const sets: Array<(format: Excel.RangeFormat) => void> = [];
    if (style.bold) sets.push((f) => (f.font.bold = true));
    if (style.size && style.size !== BASE.size) sets.push((f) => (f.font.size = style.size!));
    if (style.color) sets.push((f) => (f.font.color = style.color!));
    if (style.fill) sets.push((f) => (f.fill.color = style.fill!));
    if (style.wrap) sets.push((f) => (f.wrapText = true));
    if (style.horizontal && style.horizontal !== BASE.horizontal) sets.push((f) => (f.horizontalAlignment = style.horizontal === "center" ? "Center" : "Right"));
    if (style.vertical && style.vertical !== BASE.vertical) sets.push((f) => (f.verticalAlignment = style.vertical === "middle" ? "Center" : "Bottom"));
    if (sets.length === 0) continue;
    await requests.spend(sets.length * PROPERTY_COST);
    const format = ws.getRangeByIndexes(run.row, run.col, 1, run.length).format;
    for (const set of sets) set(format);
  }
  for (const block of borderBlocks(spec)) {
    const edges: Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"> =
      block.kind === "top" ? ["EdgeTop"] : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
    await requests.spend(edges.length * 2 * PROPERTY_COST);
    const borders = rangeOf(ws, block.area).format.borders;
    for (const edge of edges) {
      // A single cell or row has no inside edges to draw.
      if ((edge === "InsideVertical" && block.area.left === block.area.right) || (edge === "InsideHorizontal" && block.area.top === block.area.bottom)) continue;
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.color = block.kind === "thin" ? "#A19F9D" : "#323130";
    }
  }
  await requests.spend((paper.merges.length + spec.columnWidths.length + Object.keys(paper.rowHeights).length) * PROPERTY_COST);
  for (const merge of paper.merges) rangeOf(ws, merge).merge(false);
  for (const col of spec.hiddenColumns ?? []) ws.getRange(`${columnName(col)}:${columnName(col)}`).columnHidden = true;
  spec.columnWidths.forEach((width, col) => {
    ws.getRange(`${columnName(col)}:${columnName(col)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const [row, height] of Object.entries(paper.rowHeights)) {
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
  }

  if (supports("1.8")) {
    for (const v of spec.validations) {
      await requests.spend(6 * PROPERTY_COST + v.message.length);
      const validation = rangeOf(ws, v.area).dataValidation;
      if (v.kind === "list") validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
      else if (v.kind === "range-list") {
        validation.rule = { list: { inCellDropDown: true, source: `=${absoluteRange(v.source)}` } };
      } else {
        const rule = { formula1: v.min, operator: "GreaterThanOrEqualTo" as const };
        validation.rule = v.kind === "whole" ? { wholeNumber: rule } : { decimal: rule };
      }
      validation.errorAlert = { title: v.title, message: v.message, showAlert: true, style: "Stop" };
      validation.prompt = { title: v.title, message: v.message, showPrompt: true };
    }
  }
  for (const c of spec.conditionalFormats) {
    await requests.spend(4 * PROPERTY_COST);
    const format = rangeOf(ws, c.area).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${c.formula}`;
    format.custom.format.fill.color = c.fill;
    format.custom.format.font.color = c.color;
  }
  if (supports("1.9")) {
    ws.pageLayout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "Letter";
    ws.pageLayout.zoom = paper.fit === "width" ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: paper.fit };
    // Pages numbered from 1 on each sheet, not across the workbook.
    ws.pageLayout.firstPageNumber = 1;
    if (spec.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`);
    if (paper.fit !== "width" && spec.print.keyColumns) ws.pageLayout.setPrintTitleColumns(`$A:$${columnName(spec.print.keyColumns - 1)}`);
    if (paper.breakBefore !== null) ws.horizontalPageBreaks.add(toA1(paper.breakBefore, 0));
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
    // PageLayout margins are in points.
    ws.pageLayout.leftMargin = PAGE_MARGINS.left * 72;
    ws.pageLayout.rightMargin = PAGE_MARGINS.right * 72;
    ws.pageLayout.topMargin = PAGE_MARGINS.top * 72;
    ws.pageLayout.bottomMargin = PAGE_MARGINS.bottom * 72;
    ws.pageLayout.headerMargin = PAGE_MARGINS.header * 72;
    ws.pageLayout.footerMargin = PAGE_MARGINS.footer * 72;
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
    // ChartAxis.numberFormat is ExcelApi 1.8; on a 1.7 host the axis keeps Excel's own format.
    if (supports("1.8")) axis.numberFormat = spec.chart.axis.numberFormat;
    if (spec.chart.axis.max !== null) {
      axis.minimum = 0;
      axis.maximum = spec.chart.axis.max;
    }
    const { row, col, cols: width, rows: height } = spec.chart.at;
    chart.setPosition(toA1(row, col), toA1(row + height, col + width));
  }
}

/**
 * Where borders go, as rectangles: each row's bordered cells joined into spans (whatever their
 * style), and consecutive rows with the same spans joined into one block.
 */
function borderBlocks(spec: SheetSpec): Array<{ kind: "thin" | "top"; area: Area }> {
  const byRow = new Map<number, Map<number, "thin" | "top">>();
  for (const cell of spec.cells) {
    const border = cell.style ? STYLES[cell.style].border : undefined;
    if (!border) continue;
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = new Map()));
    row.set(cell.col, border);
  }
  const spansOf = (row: Map<number, "thin" | "top">) => {
    const spans: Array<{ kind: "thin" | "top"; left: number; right: number }> = [];
    for (const col of [...row.keys()].sort((a, b) => a - b)) {
      const kind = row.get(col)!;
      const last = spans[spans.length - 1];
      if (last && last.kind === kind && last.right === col - 1) last.right = col;
      else spans.push({ kind, left: col, right: col });
    }
    return spans;
  };
  const blocks: Array<{ kind: "thin" | "top"; area: Area }> = [];
  let open: Array<{ kind: "thin" | "top"; area: Area }> = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const spans = spansOf(byRow.get(r)!);
    const continues =
      open.length === spans.length && open.every((b, i) => b.area.bottom === r - 1 && b.kind === spans[i]!.kind && b.area.left === spans[i]!.left && b.area.right === spans[i]!.right);
    // Only full grids grow downwards; a top rule (signature line) stays one row.
    if (continues && spans.every((s) => s.kind === "thin")) {
      for (const block of open) block.area.bottom = r;
      continue;
    }
    open = spans.map((s) => ({ kind: s.kind, area: { top: r, left: s.left, bottom: r, right: s.right } }));
    blocks.push(...open);
  }
  return blocks;
}

/**
 * Texts Excel would not keep as typed: a formula («=», «+», «-»: a kept justification, a phone
 * number, a «-» for nothing), a number («3», «1,200», «$5», «10 %», «1e3»), a date or a time
 * («1/2», «2021-03-01», «10:30»), a truth value.
 */
const EXCEL_WOULD_CONVERT = [/^[=+-]/, /^\s*[$€]?\s*[\d.,]+\s*%?\s*$/, /^\s*\d+(\.\d+)?e[+-]?\d+\s*$/i, /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/, /^\s*\d{1,2}:\d{2}/, /^\s*(true|false|verdadero|falso)\s*$/i];

/**
 * Values go through `range.formulas` with the formulas, and Excel reads what is written there as
 * if typed: a text it would turn into a formula, a number, a date or a truth value gets Excel's
 * own text prefix («'») and stays the text it is (the action «3» of the follow-up, a code «0012»).
 */
function asText(value: string | number): string | number {
  return typeof value === "string" && EXCEL_WOULD_CONVERT.some((pattern) => pattern.test(value)) ? `'${value}` : value;
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
