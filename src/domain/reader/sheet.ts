import { type Grid, GridView } from "../grid";
import type { Action, Activity, CalendarTable, LayoutNote, SheetModel, SummaryTable } from "../model";
import { readFollowUpSheet } from "../followup/reader";
import { isOwnSheet } from "./own";
import { readActivity, setPeriods, type TableLayout, tableFromHeader } from "./activities";
import { readHeader } from "./header";
import { isInstitutionalSheet, readInstitutionalSheet } from "./institutional";
import { isMonthRow, isTableHeader, joinSplitHeader, type HeaderLabel, type RowInfo, scanRow } from "./scan";
import { unrecognizedAction, unrecognizedSheet } from "./recognize";
import { unfilledTemplate } from "./unfilled";
import { readIndicatorSheet } from "../mir/indicatorReader";
import { readFicha, readMirs } from "../mir/reader";
import { readCalendarAt, readCalendars } from "./calendar";
import { readSummary } from "./summary";

type State = "outside" | "header" | "table";

/** An action block while its rows are being collected. */
class BlockBuilder {
  readonly labels: HeaderLabel[] = [];
  readonly activities: Activity[] = [];
  readonly notes: LayoutNote[] = [];
  table: TableLayout | null = null;
  lastHeaderRow: number;
  private missingMonthsNoted = false;

  constructor(
    private readonly view: GridView,
    readonly firstRow: number,
    readonly anchorCol: number,
    readonly title: { row: number; col: number; year: number | null } | null,
  ) {
    this.lastHeaderRow = firstRow;
  }

  hasAnyField(info: RowInfo): boolean {
    return info.headers.some((h) => this.labels.some((l) => l.field === h.field));
  }

  /** "Meta: Dar trámite…" typed under META is META's value, not a second META label. */
  dropValuesUnderTheirLabel(info: RowInfo): void {
    info.headers = info.headers.filter(
      (h) => !(h.inline !== "" && this.labels.some((l) => l.field === h.field && l.col === h.col && h.row > l.row && h.row - l.row <= 2)),
    );
  }

  addHeaderRow(info: RowInfo): void {
    this.labels.push(...info.headers);
    this.lastHeaderRow = info.row;
  }

  setTable(info: RowInfo): void {
    if (this.table) {
      // A header repeated after a page break: same table, maybe with its month row.
      if (info.months.length >= 4) setPeriods(this.table, info);
      return;
    }
    this.table = tableFromHeader(info);
  }

  setMonths(info: RowInfo): void {
    if (this.table && this.table.periodCols.length === 0) setPeriods(this.table, info);
  }

  addActivityRow(row: number): void {
    const table = this.table;
    if (!table) return;
    if (table.periodCols.length === 0 && !this.missingMonthsNoted) {
      this.missingMonthsNoted = true;
      this.notes.push({ kind: "no-month-header", cell: this.view.address(table.headerRow, table.headerCol), data: {} });
    }
    const activity = readActivity(this.view, row, table);
    if (!activity) return;
    this.activities.push(activity);
    if (activity.shifted) this.notes.push({ kind: "shifted-row", cell: activity.actividad.cell, data: { row: row + 1 } });
    for (const cell of activity.coveredFigureCells) this.notes.push({ kind: "merged-figure", cell, data: { row: row + 1 } });
  }

  finish(): Action {
    const view = this.view;
    const top = this.title ? this.title.row : this.firstRow;
    const bottom = this.table ? this.table.headerRow - 1 : this.lastHeaderRow;
    const header = readHeader(view, this.labels, top, bottom);
    const anchor = view.address(this.firstRow, this.anchorCol);
    const notes = [...header.notes, ...this.notes];
    if (!this.table) notes.push({ kind: "no-table", cell: anchor, data: {} });
    return {
      sheet: view.sheet,
      anchor,
      title: this.title ? { cell: view.address(this.title.row, this.title.col), year: this.title.year } : null,
      family: header.family,
      institutional: null,
      fields: header.fields,
      tableHeader: this.table ? view.address(this.table.headerRow, this.table.headerCol) : null,
      periodKind: "monthly",
      activities: this.activities,
      notes,
    };
  }
}

/** Rows that carry figures like an activity row does. */
function looksLikeActivity(info: RowInfo): boolean {
  return info.numbers >= 4;
}

/**
 * Finds the POA blocks of one sheet by their labels. A block opens at a
 * "PROGRAMA OPERATIVO ANUAL" title or at a row of header labels; its activity table runs until
 * the next block, a summary table or the signature block, skipping the blank rows that page
 * breaks leave, so rows continued on a new page stay with their action.
 */
export function readSheet(grid: Grid): SheetModel {
  const view = new GridView(grid);
  const followUp = readFollowUpSheet(view);
  if (followUp) return { name: grid.sheet, actions: [], summaries: [], notes: [], followUp };
  const indicators = readIndicatorSheet(view);
  if (indicators) return { name: grid.sheet, actions: [], summaries: [], notes: [], indicators };
  if (isOwnSheet(view)) return { name: grid.sheet, actions: [], summaries: [], notes: [] };
  // A MIR's Propósito and Meta are not a POA's fields: a sheet with a matrix is read as one.
  const matrices = readMirs(view);
  const mirs = matrices.length > 0 ? matrices : [readFicha(view)].filter((m) => m !== null);
  if (mirs.length > 0) return { name: grid.sheet, actions: [], summaries: [], notes: [], mirs };
  if (isInstitutionalSheet(view)) {
    const actions: Action[] = [];
    const notes: LayoutNote[] = [];
    for (const page of readInstitutionalSheet(view)) {
      const unfilled = unfilledTemplate(page);
      if (unfilled) notes.push(unfilled);
      else actions.push(page);
    }
    return { name: grid.sheet, actions, summaries: [], notes };
  }
  const actions: Action[] = [];
  const summaries: SummaryTable[] = [];
  const notes: LayoutNote[] = [];
  const calendars: CalendarTable[] = [];
  // Held in an object so the closures below and the loop see the same, un-narrowed value.
  const open: { block: BlockBuilder | null } = { block: null };
  let state: State = "outside";
  let orphan: { row: number; col: number; count: number } | null = null;

  const closeBlock = () => {
    if (open.block) {
      const action = open.block.finish();
      const note = unfilledTemplate(action) ?? unrecognizedAction(action);
      if (note) notes.push(note);
      else actions.push(action);
    }
    open.block = null;
  };
  const closeOrphans = () => {
    if (orphan) notes.push({ kind: "orphan-rows", cell: view.address(orphan.row, orphan.col), data: { count: orphan.count } });
    orphan = null;
  };

  for (let row = view.firstRow; row <= view.lastRow; row++) {
    if (!view.rowCells(row)) continue;
    let info = scanRow(view, row);
    if (info.filled === 0) continue;
    if (state !== "outside" && info.columns.has("actividad")) {
      const header = joinSplitHeader(view, info);
      info = header.info;
      row += header.rows - 1;
    }
    // In an activity table's header, "META" or "INVERSIÓN" caption a column, not an action's field.
    if (isTableHeader(info)) info.headers = [];

    if (info.summary) {
      closeBlock();
      closeOrphans();
      const { table, lastRow } = readSummary(view, row, info.summary.actionCol, info.summary.amountCol);
      summaries.push(table);
      row = lastRow;
      state = "outside";
      continue;
    }
    if (info.signature) {
      closeBlock();
      closeOrphans();
      state = "outside";
      continue;
    }
    // A budget calendar or works annex below the blocks (its header has an annual or TOTAL
    // column but no ACTIVIDAD): its rows are its lines, not the last action's activities.
    if (state !== "header" && !info.columns.has("actividad")) {
      // Its title («CALENDARIO DE EGRESOS 2024») is no activity either.
      const below = readCalendarAt(view, row) ?? (info.filled <= 2 ? titledCalendar(view, row) : null);
      if (below) {
        closeBlock();
        closeOrphans();
        if (below.table) calendars.push(below.table);
        row = below.lastRow;
        state = "outside";
        continue;
      }
    }

    if (state === "header" && open.block) open.block.dropValuesUnderTheirLabel(info);
    const opensBlock =
      info.title !== null ||
      (info.headers.length >= 2 && state !== "header") ||
      (state === "header" && open.block !== null && open.block.hasAnyField(info));
    if (opensBlock) {
      closeBlock();
      closeOrphans();
      const anchorCol: number = info.title?.col ?? Math.min(...info.headers.map((h) => h.col));
      open.block = new BlockBuilder(view, row, anchorCol, info.title ? { row, col: info.title.col, year: info.title.year } : null);
      state = "header";
      if (info.headers.length === 0) continue;
    }

    const block = open.block;
    if (state === "header" && block) {
      if (isTableHeader(info)) {
        block.setTable(info);
        state = "table";
      } else {
        block.addHeaderRow(info);
      }
      continue;
    }
    if (state === "table" && block) {
      if (isTableHeader(info)) block.setTable(info);
      else if (isMonthRow(info)) block.setMonths(info);
      else block.addActivityRow(row);
      continue;
    }
    if (looksLikeActivity(info)) {
      const cells = view.rowCells(row) ?? [];
      const first = cells.findIndex((v) => v !== null && v !== undefined && v !== "");
      orphan ??= { row, col: view.firstCol + Math.max(first, 0), count: 0 };
      orphan.count++;
    }
  }
  closeBlock();
  closeOrphans();
  // No POA here: a budget calendar kept beside the POAs gets its own arithmetic checked. Its
  // rows, read as rows outside any action, are its lines, not stray activities.
  if (actions.length === 0 && summaries.length === 0 && calendars.length === 0) {
    const alone = readCalendars(view);
    if (alone.length > 0) return { name: grid.sheet, actions, summaries, notes: notes.filter((n) => n.kind !== "orphan-rows"), calendars: alone };
  }
  if (actions.length === 0 && summaries.length === 0 && calendars.length === 0 && notes.length === 0) {
    const unrecognized = unrecognizedSheet(view);
    if (unrecognized) notes.push(unrecognized);
  }
  return { name: grid.sheet, actions, summaries, notes, ...(calendars.length > 0 ? { calendars } : {}) };
}

/** The table whose header is the next filled row after a short title row, within two rows. */
function titledCalendar(view: GridView, row: number): ReturnType<typeof readCalendarAt> {
  if ([...view.filledCells(row)].some(({ value }) => typeof value === "number")) return null;
  for (let next = row + 1; next <= Math.min(view.lastRow, row + 3); next++) {
    if (!view.rowCells(next) || [...view.filledCells(next)].length === 0) continue;
    return readCalendarAt(view, next);
  }
  return null;
}
