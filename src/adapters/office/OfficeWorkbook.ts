import { parseA1 } from "../../domain/a1";
import { type Cell, checkedGrid, type Grid } from "../../domain/grid";
import { type SheetSpec, uniqueSheetName } from "../../domain/sheets/spec";
import { placeAddinSheet } from "../../domain/sheets/placement";
import { type MarkRequest, type PaneWorkbook, SEVERITY_FILL } from "../../workbook/pane";
import { type Bilingual, ProtectedSheetError, UserError } from "../../workbook/errors";
import type { SheetInfo } from "../../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../../workbook/writer";
import { renderSpec, type SupportsApi } from "./render";
import { normalizeOfficeValue, parseAreas } from "./values";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Cells per request. Excel on the web refuses requests over 5 MB and every platform caps a
 * read at 5,000,000 cells; 200,000 cells of values and formats stay well below both.
 */
export const MAX_CELLS_PER_REQUEST = 200_000;
/** The smallest chunk a too-big request is cut down to: a few rows of very long texts. */
const MIN_CELLS_PER_REQUEST = 1_000;
/** How long after the add-in writes a sheet of its own the changes Excel reports on it are its echo. */
const OWN_WRITE_ECHO_MS = 3_000;

export interface OfficeWorkbookOptions {
  maxCellsPerRequest?: number;
}

/** The formula our marks carry, so "Limpiar marcas" removes exactly what the add-in wrote. */
export const MARK_FORMULA = '=("poa-marca"="poa-marca")';

interface Probe {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
}

interface Chunk {
  grid: number;
  range: Excel.Range;
  cells: number;
  top: number;
  left: number;
  /** The chunk's merged areas, band by band (see MERGE_BAND_ROWS). */
  merges: Excel.RangeAreas[];
}

/**
 * Range.getMergedAreasOrNullObject fails on a range with more than 512 merged areas (Office.js
 * reference, Excel.Range). A POA row holds a handful at most, the caption rows a dozen: bands of
 * 32 rows stay far below 512 however long the sheet.
 */
const MERGE_BAND_ROWS = 32;

/**
 * The Office.js adapter. Every command costs a fixed, small number of round trips whatever the
 * number of sheets: reading is two (list, read), writing a sheet of ours two or three
 * (placement, write, and the swap when it replaces one) unless the sheet is too big for one request.
 */
export class OfficeWorkbook implements PaneWorkbook, WorkbookWriter {
  private readonly maxCells: number;

  constructor(
    private readonly run: ExcelRun,
    private readonly supports: SupportsApi,
    options: OfficeWorkbookOptions = {},
  ) {
    this.maxCells = options.maxCellsPerRequest ?? MAX_CELLS_PER_REQUEST;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      await context.sync();
      return sheets.items.map((ws) => ({
        name: ws.name,
        visible: ws.visibility === "Visible",
        protected: ws.protection.protected,
      }));
    });
  }

  /**
   * Two round trips for a workbook of ordinary size: one to list the sheets, one to read each
   * one's used range whole (values, formats, merged areas, protection). A workbook too big for one
   * request (Excel on the web refuses 5 MB), or a sheet past the 512 merged areas one request can
   * report, fails that request: it is then read in measured chunks, as many requests as it needs.
   */
  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const wanted = names ? new Set(names) : null;
      const chosen = sheets.items.filter((ws) => !wanted || wanted.has(ws.name));
      let grids: Grid[];
      try {
        grids = await this.readWhole(context, chosen);
      } catch {
        grids = await this.readInChunks(context, chosen, this.maxCells);
      }
      // What Office.js hands over is untyped: the grids are checked before the domain sees them.
      return grids.map(checkedGrid);
    });
  }

  private async readWhole(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Grid[]> {
    const merges = this.supports("1.13");
    const parts = sheets.map((ws) => {
      // A blank sheet's used range is its A1 (Worksheet.getUsedRange): no null object to handle.
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,values,numberFormat");
      const protection = ws.protection;
      protection.load("protected");
      const areas = merges ? used.getMergedAreasOrNullObject() : null;
      areas?.load("address");
      return { name: ws.name, used, protection, areas };
    });
    await context.sync();
    return parts.map(({ name, used, protection, areas }, index) => {
      const grid: Grid = { sheet: name, origin: { row: used.rowIndex, col: used.columnIndex }, values: [], numberFormats: [], merges: [], protected: protection.protected };
      this.fill(grid, { grid: index, range: used, cells: 0, top: used.rowIndex, left: used.columnIndex, merges: areas ? [areas] : [] });
      return grid;
    });
  }

  /**
   * Cells per request bound a request's size only as far as texts are short: a chunk of long texts
   * that still passes 5 MB is read again in chunks a quarter the size.
   */
  private async readInChunks(context: Excel.RequestContext, sheets: Excel.Worksheet[], maxCells: number): Promise<Grid[]> {
    const probes: Probe[] = sheets.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const protection = ws.protection;
      protection.load("protected");
      return { sheet: ws, name: ws.name, used, protection };
    });
    await context.sync();
    const grids: Grid[] = probes.map((p) => ({
      sheet: p.name,
      origin: { row: 0, col: 0 },
      values: [],
      numberFormats: [],
      merges: [],
      protected: p.protection.protected,
    }));
    const chunks = this.planChunks(probes, grids, maxCells);
    try {
      for (const batch of batchByCells(chunks, maxCells)) {
        for (const chunk of batch) {
          chunk.range.load("values,numberFormat");
          for (const band of chunk.merges) band.load("address");
        }
        // One request per batch is the point: a single request may not exceed the payload cap.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const chunk of batch) this.fill(grids[chunk.grid]!, chunk);
      }
    } catch (error) {
      if ((error as { code?: string }).code !== "RequestPayloadSizeLimitExceeded" || maxCells <= MIN_CELLS_PER_REQUEST) throw error;
      return this.readInChunks(context, sheets, Math.max(MIN_CELLS_PER_REQUEST, Math.floor(maxCells / 4)));
    }
    return grids;
  }

  private planChunks(probes: Probe[], grids: Grid[], maxCells: number): Chunk[] {
    const chunks: Chunk[] = [];
    const merges = this.supports("1.13");
    probes.forEach((probe, index) => {
      const used = probe.used;
      if (used.isNullObject) return;
      grids[index]!.origin = { row: used.rowIndex, col: used.columnIndex };
      const rowsPerChunk = Math.max(1, Math.floor(maxCells / Math.max(1, used.columnCount)));
      for (let offset = 0; offset < used.rowCount; offset += rowsPerChunk) {
        const rows = Math.min(rowsPerChunk, used.rowCount - offset);
        const top = used.rowIndex + offset;
        const range = probe.sheet.getRangeByIndexes(top, used.columnIndex, rows, used.columnCount);
        const bands: Excel.RangeAreas[] = [];
        if (merges) {
          for (let band = 0; band < rows; band += MERGE_BAND_ROWS) {
            bands.push(probe.sheet.getRangeByIndexes(top + band, used.columnIndex, Math.min(MERGE_BAND_ROWS, rows - band), used.columnCount).getMergedAreasOrNullObject());
          }
        }
        chunks.push({ grid: index, range, cells: rows * used.columnCount, top, left: used.columnIndex, merges: bands });
      }
    });
    return chunks;
  }

  private fill(grid: Grid, chunk: Chunk): void {
    const values = chunk.range.values;
    const formats = chunk.range.numberFormat;
    for (let r = 0; r < values.length; r++) {
      const source = values[r]!;
      const row: Cell[] = new Array(source.length);
      let filled = false;
      for (let c = 0; c < source.length; c++) {
        const value = normalizeOfficeValue(source[c]);
        row[c] = value;
        if (value !== null) filled = true;
      }
      const at = chunk.top - grid.origin.row + r;
      // Blank rows stay holes, as in the .xlsx reader.
      if (!filled) continue;
      grid.values[at] = row;
      grid.numberFormats![at] = (formats[r] ?? []).map((f) => String(f ?? "General"));
    }
    grid.values.length = Math.max(grid.values.length, chunk.top - grid.origin.row + values.length);
    trimTrailingHoles(grid);
    for (const band of chunk.merges) if (!band.isNullObject) grid.merges.push(...parseAreas(band.address));
  }

  /** One round trip to learn the names in use, one to write the whole sheet. */
  async addSheet(spec: SheetSpec, options: { first?: boolean } = {}): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(spec.name, sheets.items.map((ws) => ws.name));
      const ws = sheets.add(name);
      const sync = this.ownSync(context, ws);
      if (options.first) ws.position = 0;
      await renderSpec(ws, spec, this.supports, sync);
      ws.activate();
      await sync();
      return name;
    });
  }

  /**
   * Finds the sheet of this kind the add-in wrote before (the summary, the observations, the
   * follow-up; by its table's name) and replaces it; a user's sheet is never touched. Excel does
   * not undo half a batch, so the new sheet is written whole under a passing name first, and
   * only then does the old one go: a failure on the way leaves the old sheet as it was (and the
   * follow-up's typed figures with it).
   */
  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      // Every table with its sheet, in the same request: the placement costs one round trip.
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name,items/worksheet/position");
      await context.sync();
      const wanted = spec.table?.name.toLowerCase();
      const previous = tables.items.find((t) => wanted !== undefined && t.name.toLowerCase() === wanted);
      const ours = previous ? previous.worksheet.name : null;
      const position = previous ? previous.worksheet.position : null;
      const names = sheets.items.map((ws) => ws.name);
      const place = placeAddinSheet(names.map((name) => ({ name, ours: name === ours })), spec.name);
      const passing = place.replace ? uniqueSheetName(`${place.name} (nueva)`, names) : place.name;
      // Table names are unique in a workbook: the new table waits under its own until the swap.
      const table = place.replace && spec.table ? { ...spec.table, name: `${spec.table.name}_nueva` } : spec.table;
      const ws = sheets.add(passing);
      const sync = this.ownSync(context, ws);
      try {
        await renderSpec(ws, { ...spec, table }, this.supports, sync);
        if (place.replace) await sync();
      } catch (error) {
        ws.delete();
        await context.sync().catch(() => undefined);
        throw error;
      }
      if (place.replace) {
        sheets.getItem(place.replace).delete();
        ws.name = place.name;
        if (position !== null) ws.position = position;
        if (spec.table) ws.tables.getItem(table!.name).name = spec.table.name;
      }
      ws.activate();
      await sync();
      return { name: place.name, replaced: place.replace !== null, renamed: place.renamed };
    });
  }

  async activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("visibility");
      await context.sync();
      // A hidden sheet cannot be shown by activating it: the user unhides it.
      if (ws.visibility !== "Visible") throw new UserError(hiddenSheet(sheet));
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** The marks the add-in wrote on these sheets (its own rule formula), ready to delete. */
  private async marksOn(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Excel.ConditionalFormat[]> {
    const collections = sheets.map((ws) => {
      const formats = ws.getRange().conditionalFormats;
      formats.load("items/type");
      return formats;
    });
    await context.sync();
    const custom = collections.flatMap((formats) => formats.items.filter((f) => f.type === "Custom"));
    const rules = custom.map((format) => {
      const rule = format.custom.rule;
      rule.load("formula");
      return rule;
    });
    await context.sync();
    return custom.filter((_, i) => rules[i]!.formula === MARK_FORMULA);
  }

  async markFindings(marks: readonly MarkRequest[]): Promise<number> {
    if (marks.length === 0) return 0;
    return this.run(async (context) => {
      const names = [...new Set(marks.map((m) => m.sheet))];
      const protections = names.map((name) => {
        const protection = context.workbook.worksheets.getItem(name).protection;
        protection.load("protected");
        return protection;
      });
      await context.sync();
      const locked = names.find((_, i) => protections[i]!.protected);
      if (locked) throw new ProtectedSheetError(locked);
      // Marking again replaces the marks of before: never two rules on one cell.
      for (const old of await this.marksOn(context, names.map((name) => context.workbook.worksheets.getItem(name)))) old.delete();
      // One mark per cell: the most severe finding colours it.
      const byCell = new Map<string, MarkRequest>();
      const rank = { error: 0, warning: 1, info: 2 } as const;
      for (const mark of marks) {
        const key = `${mark.sheet}!${mark.cell}`;
        const seen = byCell.get(key);
        if (!seen || rank[mark.severity] < rank[seen.severity]) byCell.set(key, mark);
      }
      for (const mark of byCell.values()) {
        if (!parseA1(mark.cell)) continue;
        const format = context.workbook.worksheets
          .getItem(mark.sheet)
          .getRange(mark.cell)
          .conditionalFormats.add("Custom");
        format.custom.rule.formula = MARK_FORMULA;
        format.custom.format.fill.color = SEVERITY_FILL[mark.severity];
      }
      await context.sync();
      return byCell.size;
    });
  }

  /** Removes the add-in's marks; a protected sheet (Excel refuses to change its formats) keeps its own. */
  async clearMarks(): Promise<number> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/protection/protected");
      await context.sync();
      const marks = await this.marksOn(
        context,
        sheets.items.filter((ws) => !ws.protection.protected),
      );
      for (const mark of marks) mark.delete();
      await context.sync();
      return marks.length;
    });
  }

  private async sheetName(id: string): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id);
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /**
   * The sync of a request that writes one of our sheets, noting the sheet's id each time: Excel
   * reports the add-in's own writes as Local changes, like a user's (WorksheetChangedEventArgs.source),
   * so «Revisar al editar» knows them by the sheet they land on.
   */
  private ownSync(context: Excel.RequestContext, ws: Excel.Worksheet): () => Promise<void> {
    ws.load("id");
    return async () => {
      await context.sync();
      this.ownWrites.set(ws.id, Date.now());
    };
  }

  private readonly ownWrites = new Map<string, number>();

  async onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    return this.run(async (context) => {
      // The collection's event (1.9) covers every sheet; older Excel only has the sheet's own (1.7).
      const source = this.supports("1.9") ? context.workbook.worksheets : context.workbook.worksheets.getActiveWorksheet();
      const registration = source.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        const wrote = this.ownWrites.get(event.worksheetId);
        if (wrote !== undefined && Date.now() - wrote < OWN_WRITE_ECHO_MS) return;
        handler(await this.sheetName(event.worksheetId));
      });
      await context.sync();
      return async () => {
        registration.remove();
        await registration.context.sync();
      };
    });
  }
}

function batchByCells(chunks: Chunk[], maxCells: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    const size = chunk.cells;
    if (current.length > 0 && cells + size > maxCells) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function trimTrailingHoles(grid: Grid): void {
  let last = grid.values.length - 1;
  while (last >= 0 && grid.values[last] === undefined) last--;
  grid.values.length = last + 1;
  grid.numberFormats!.length = last + 1;
}

function hiddenSheet(sheet: string): Bilingual {
  return {
    es: `La hoja «${sheet}» está oculta: muéstrela (clic derecho en una pestaña → Mostrar) para ir a la celda.`,
    en: `Sheet “${sheet}” is hidden: unhide it (right-click a sheet tab → Unhide) to go to the cell.`,
  };
}
