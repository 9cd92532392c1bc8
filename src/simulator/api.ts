import { parseA1, parseRange, toA1 } from "../domain/a1";
import type { Area } from "../domain/grid";
import type { ChangedEvent, SimContext } from "./context";
import { excelError } from "./errors";
import type { SimCell, SimSheet, SimTable } from "./workbook";
import { tableNameProblem, sheetNameProblem } from "./workbook";

/**
 * The Excel JavaScript API objects the add-in uses, over a SimWorkbook. Each behaves as the
 * Office.js reference (learn.microsoft.com/javascript/api/excel) describes; the comment on a
 * member cites it, or says where the reference is silent and what is done instead.
 */

const notLoaded = (member: string) =>
  excelError(
    "PropertyNotLoaded",
    `The property '${member}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** What every proxy shares: properties readable only once loaded and synced. */
abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: SimContext) {}

  /** The object in the workbook, found when the batch runs; null for a null object. */
  protected abstract find(): unknown;
  /** A property's value on the found object, as `load` copies it. */
  protected abstract property(name: string): unknown;

  protected target<T>(): T {
    const found = this.find();
    if (found === null || found === undefined) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    return found as T;
  }

  load(properties?: string | string[]): this {
    const all = (Array.isArray(properties) ? properties : String(properties ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    const names = all.filter((p) => !p.includes("/"));
    // «worksheet/name»: the navigation property's object loads «name» (Office.js load paths).
    for (const path of all.filter((p) => p.includes("/"))) {
      const [navigation, ...rest] = path.split("/");
      (this as unknown as Record<string, { load(p: string): void }>)[navigation!]!.load(rest.join("/"));
    }
    this.ctx.enqueue(() => {
      const found = this.find();
      this.nullState = found === null;
      if (found === null) return;
      for (const name of names) {
        const value = this.property(name);
        this.ctx.onSynced(() => this.loaded.set(name, value));
      }
    });
    return this;
  }

  /** Null objects learn whether they are at every sync they were part of (the reference's OrNullObject pattern). */
  protected trackNull(): void {
    this.ctx.enqueue(() => {
      const isNull = this.find() === null;
      this.ctx.onSynced(() => (this.nullState = isNull));
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class WorkbookClient {
  readonly worksheets: WorksheetCollectionClient;
  readonly tables: TableCollectionClient;

  constructor(ctx: SimContext) {
    this.worksheets = new WorksheetCollectionClient(ctx);
    this.tables = new TableCollectionClient(ctx);
  }
}

/** `load("items/name")` loads `name` on each item, once synced (Office.js «Load the properties of a collection»). */
class Items<T> {
  private items: T[] | undefined;

  constructor(
    private readonly ctx: SimContext,
    private readonly all: () => T[],
  ) {}

  load(properties?: string | string[]): void {
    const names = (Array.isArray(properties) ? properties : String(properties ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    this.ctx.enqueue(() => {
      const items = this.all();
      for (const item of items) if (names.length) (item as { load(p: string[]): void }).load(names);
      this.ctx.onSynced(() => (this.items = items));
    });
  }

  get(): T[] {
    if (!this.items) throw notLoaded("items");
    return this.items;
  }
}

export class WorksheetCollectionClient {
  private readonly list: Items<WorksheetClient>;

  constructor(private readonly ctx: SimContext) {
    this.list = new Items(ctx, () => ctx.book.sheets.map((s) => new WorksheetClient(ctx, () => s)));
  }

  load(properties?: string | string[]): this {
    this.list.load(properties);
    return this;
  }

  get items(): WorksheetClient[] {
    return this.list.get();
  }

  getItem(key: string): WorksheetClient {
    return new WorksheetClient(this.ctx, () => this.ctx.book.sheet(key) ?? null, true);
  }

  getItemOrNullObject(key: string): WorksheetClient {
    const ws = new WorksheetClient(this.ctx, () => this.ctx.book.sheet(key) ?? null);
    ws.trackNulls();
    return ws;
  }

  getActiveWorksheet(): WorksheetClient {
    let active: SimSheet | null = null;
    this.ctx.enqueue(() => (active = this.ctx.book.activeSheet));
    return new WorksheetClient(this.ctx, () => active);
  }

  /**
   * «The worksheet will be added at the end of existing worksheets. If you wish to activate the
   * newly added worksheet, call .activate() on it» (WorksheetCollection.add): adding never
   * activates. A name Excel refuses fails the batch.
   */
  add(name?: string): WorksheetClient {
    let added: SimSheet | null = null;
    this.ctx.enqueue(() => {
      const book = this.ctx.book;
      let chosen = name;
      for (let n = book.sheets.length + 1; chosen === undefined; n++) if (!book.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
      added = book.addSheet(chosen);
    }, () => name?.length ?? 0);
    return new WorksheetClient(this.ctx, () => added);
  }

  /** WorksheetCollection.onChanged is ExcelApi 1.9. */
  get onChanged(): EventSource {
    this.ctx.requires("1.9", "WorksheetCollection.onChanged");
    return new EventSource(this.ctx, () => this.ctx.events.collection);
  }
}

type Handler = (event: ChangedEvent) => unknown;

class EventSource {
  constructor(
    private readonly ctx: SimContext,
    private readonly handlers: () => Set<Handler>,
  ) {}

  /** Registered at the next sync; `remove` too (EventHandlerResult.remove, then sync). */
  add(handler: Handler): { remove(): void; context: SimContext } {
    const ctx = this.ctx;
    ctx.enqueue(() => this.handlers().add(handler));
    return { context: ctx, remove: () => ctx.enqueue(() => this.handlers().delete(handler)) };
  }
}

export class WorksheetClient extends ClientObject {
  private cached: SimSheet | null | undefined;

  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSheet | null,
    /** getItem: an unknown name fails the batch (ItemNotFound). */
    private readonly required = false,
  ) {
    super(ctx);
  }

  protected find(): SimSheet | null {
    // A sheet found once is the same sheet after a rename in the same batch.
    if (this.cached && this.ctx.book.sheets.includes(this.cached)) return this.cached;
    this.cached = this.locate();
    if (this.cached === null && this.required) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    return this.cached;
  }

  trackNulls(): void {
    this.trackNull();
  }

  sheet(): SimSheet {
    return this.target<SimSheet>();
  }

  protected property(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.ctx.book.sheets.indexOf(sheet);
      default:
        throw excelError("InvalidArgument", `Worksheet.${name} is not simulated.`);
    }
  }

  get name(): string {
    return this.read("name");
  }

  /** Renaming follows the sheet-name rules (sheetNameProblem); a taken name fails the batch. */
  set name(value: string) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const problem = sheetNameProblem(value, this.ctx.book.sheets.filter((s) => s !== sheet).map((s) => s.name));
      if (problem) throw excelError("InvalidArgument", problem);
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.ctx.enqueue(() => {
      const sheets = this.ctx.book.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
    });
  }

  private protectionClient: ProtectionClient | undefined;

  /** Navigation properties are the same object each time they are read, as Office.js caches them. */
  get protection(): ProtectionClient {
    return (this.protectionClient ??= new ProtectionClient(this.ctx, () => this.sheet()));
  }

  /**
   * The reference does not say what activate() does on a hidden sheet; Excel cannot show a
   * hidden sheet's cells, so the simulator refuses (InvalidOperation) rather than pretend.
   */
  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") throw excelError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.book.activeSheet = sheet;
    });
  }

  /** A workbook keeps at least one visible sheet (Excel: «A workbook must contain at least one visible worksheet»). */
  delete(): void {
    this.ctx.enqueue(() => {
      const book = this.ctx.book;
      const sheet = this.sheet();
      if (sheet.visibility === "Visible" && book.sheets.filter((s) => s.visibility === "Visible").length === 1) {
        throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      for (let i = book.tables.length - 1; i >= 0; i--) if (book.tables[i]!.sheet === sheet) book.tables.splice(i, 1);
      if (book.activeSheet === sheet) book.activeSheet = book.sheets.find((s) => s.visibility === "Visible") ?? null;
    });
  }

  /** getUsedRangeOrNullObject(valuesOnly): null when the sheet holds nothing. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeClient {
    const range = new RangeClient(this.ctx, () => {
      const sheet = this.sheet();
      const used = sheet.usedArea(valuesOnly);
      return used ? { sheet, area: used } : null;
    });
    range.trackNulls();
    return range;
  }

  /** «If the worksheet is blank, this function will return the top left cell» (Worksheet.getUsedRange). */
  getUsedRange(valuesOnly = false): RangeClient {
    return new RangeClient(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, area: sheet.usedArea(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeClient {
    return new RangeClient(this.ctx, () => ({ sheet: this.sheet(), area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }

  /** An A1 address, a whole column («B:B») or row («5:5»); no address is the whole sheet. */
  getRange(address?: string): RangeClient {
    return new RangeClient(this.ctx, () => ({ sheet: this.sheet(), area: addressArea(address) }));
  }

  get tables(): SheetTablesClient {
    return new SheetTablesClient(this.ctx, this);
  }

  get charts(): { add(type: string, source: RangeClient, seriesBy?: string): ChartClient } {
    return {
      add: (_type, source) => {
        this.ctx.enqueue(() => {
          this.protectedCheck();
          source.located();
          this.sheet().charts++;
        });
        return new ChartClient(this.ctx, this);
      },
    };
  }

  /** Worksheet.pageLayout is ExcelApi 1.9. */
  get pageLayout(): Record<string, unknown> {
    this.ctx.requires("1.9", "Worksheet.pageLayout");
    return recorder(this.ctx, this, "pageLayout");
  }

  /** Worksheet.horizontalPageBreaks is ExcelApi 1.9. */
  get horizontalPageBreaks(): Record<string, unknown> {
    this.ctx.requires("1.9", "Worksheet.horizontalPageBreaks");
    return recorder(this.ctx, this, "horizontalPageBreaks");
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return { freezeRows: (count) => this.ctx.enqueue(() => (this.sheet().frozenRows = count)) };
  }

  /** Worksheet.onChanged is ExcelApi 1.7. */
  get onChanged(): EventSource {
    const bySheet = this.ctx.events.bySheet;
    return new EventSource(this.ctx, () => {
      const id = this.sheet().id;
      if (!bySheet.has(id)) bySheet.set(id, new Set());
      return bySheet.get(id)!;
    });
  }

  /** A protected sheet refuses what changes it: «AccessDenied» (Office.js error codes). */
  protectedCheck(): SimSheet {
    const sheet = this.sheet();
    if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
    return sheet;
  }
}

class ProtectionClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheet: () => SimSheet,
  ) {
    super(ctx);
  }

  protected find(): SimSheet {
    return this.sheet();
  }

  protected property(name: string): unknown {
    if (name !== "protected") throw excelError("InvalidArgument", `WorksheetProtection.${name} is not simulated.`);
    return this.sheet().isProtected;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

function addressArea(address: string | undefined): Area {
  if (address === undefined) return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
  const bare = address.replace(/\$/g, "");
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const left = parseA1(`${cols[1]}1`)!.col;
    const right = parseA1(`${cols[2]}1`)!.col;
    return { top: 0, left, bottom: 1_048_575, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 };
  const area = parseRange(bare);
  if (!area) throw excelError("InvalidArgument", `«${address}» is not an address.`);
  return area;
}

const inside = (a: Area, row: number, col: number) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const areaAddress = (a: Area) => (a.top === a.bottom && a.left === a.right ? toA1(a.top, a.left) : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`);

/** What a text typed into a cell becomes (Range.values: «If the value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula»). */
function typed(value: unknown): { value: string | number | boolean; formula: string | null } {
  if (typeof value === "number" || typeof value === "boolean") return { value, formula: null };
  const text = value === null || value === undefined ? "" : String(value);
  // Excel's text prefix: «'» keeps what follows as text, and is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (/^[=+-]/.test(text) && text.length > 0) return { value: "", formula: text.startsWith("=") ? text : `=${text}` };
  // Typed digits are a number, as in the grid (the reference says values are set as if typed).
  if (/^\d+(\.\d+)?$/.test(text)) return { value: Number(text), formula: null };
  return { value: text, formula: null };
}

export class RangeClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly locate: () => { sheet: SimSheet; area: Area } | null,
  ) {
    super(ctx);
  }

  protected find(): { sheet: SimSheet; area: Area } | null {
    return this.locate();
  }

  trackNulls(): void {
    this.trackNull();
  }

  private where(): { sheet: SimSheet; area: Area } {
    return this.target();
  }

  private shape(): { rows: number; cols: number } {
    const { area } = this.where();
    return { rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
  }

  protected property(name: string): unknown {
    const { sheet, area } = this.where();
    const { rows, cols } = this.shape();
    const grid = (f: (cell: SimCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: unknown[] = [];
        for (let c = area.left; c <= area.right; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      // Only Excel on the web limits a response's size: elsewhere it is not measured.
      if (this.ctx.book.platform === "web") this.ctx.respond(JSON.stringify(out).length);
      return out;
    };
    switch (name) {
      case "values": {
        const memo = new Map<SimCell, string | number | boolean>();
        return grid((cell) => (cell?.formula ? this.ctx.book.evaluate(sheet, cell.formula, memo) : (cell?.value ?? "")));
      }
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "address":
        return `'${sheet.name.replace(/'/g, "''")}'!${areaAddress(area)}`;
      default:
        throw excelError("InvalidArgument", `Range.${name} is not simulated.`);
    }
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }

  /**
   * A matrix the range's shape, or one value for a single cell («InvalidArgument: the number of
   * rows or columns in the input array doesn't match the size or dimensions of the range»).
   */
  private matrix(input: unknown): unknown[][] {
    const { rows, cols } = this.shape();
    if (!Array.isArray(input)) {
      if (rows === 1 && cols === 1) return [[input]];
      throw excelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw excelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    return input as unknown[][];
  }

  private write(kind: "values" | "formulas" | "numberFormat", input: unknown): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.where();
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      const matrix = this.matrix(input);
      for (let r = 0; r < matrix.length; r++) {
        for (let c = 0; c < matrix[r]!.length; c++) {
          const row = area.top + r;
          const col = area.left + c;
          const before = sheet.cell(row, col) ?? { value: "", formula: null, numberFormat: "General" };
          const given = matrix[r]![c];
          if (kind === "numberFormat") {
            sheet.set(row, col, { ...before, numberFormat: given === null ? before.numberFormat : String(given) });
            continue;
          }
          if (given === null) continue;
          const next = typed(given);
          // The reference is silent on writing into a merged area's hidden cells; Excel's grid
          // cannot show them, so the simulator refuses a value there rather than keep it unseen.
          const merge = sheet.merges.find((m) => inside(m, row, col) && (m.top !== row || m.left !== col));
          if (merge && (next.value !== "" || next.formula !== null)) throw excelError("InvalidOperation", `${toA1(row, col)} is inside the merged area ${areaAddress(merge)}.`);
          sheet.set(row, col, { ...before, ...next });
        }
      }
      if (kind !== "numberFormat") this.ctx.cellsChanged(sheet, area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
    }, () => JSON.stringify(input ?? "").length);
  }

  set values(input: unknown) {
    this.write("values", input);
  }
  set formulas(input: unknown) {
    this.write("formulas", input);
  }
  set numberFormat(input: unknown) {
    this.write("numberFormat", input);
  }

  get format(): Record<string, unknown> {
    return recorder(this.ctx, this, "format");
  }

  /** Range.columnHidden (ExcelApi 1.2): whole columns out of sight; a protected sheet refuses it. */
  set columnHidden(hidden: boolean) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.where();
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      for (let col = area.left; col <= area.right; col++) {
        if (hidden) sheet.hiddenColumns.add(col);
        else sheet.hiddenColumns.delete(col);
      }
    });
  }

  /** Merging keeps the top-left value only, as Excel's grid does; a table's cells cannot merge. */
  merge(across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.where();
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      if (this.ctx.book.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw excelError("InvalidOperation", "Cells in a table cannot be merged.");
      const areas = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, r) => ({ ...area, top: area.top + r, bottom: area.top + r })) : [area];
      for (const a of areas) {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, a));
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) sheet.set(r, c, sheet.cell(r, c) ? { ...sheet.cell(r, c)!, value: "", formula: null } : null);
        if (a.top !== a.bottom || a.left !== a.right) sheet.merges.push(a);
      }
    });
  }

  /**
   * Range.getMergedAreasOrNullObject is ExcelApi 1.13; «If the merged areas count in this range
   * is more than 512, then this method will fail to return the result».
   */
  getMergedAreasOrNullObject(): MergedAreasClient {
    this.ctx.requires("1.13", "Range.getMergedAreasOrNullObject");
    const areas = new MergedAreasClient(this.ctx, () => {
      const { sheet, area } = this.where();
      const merged = sheet.merges.filter((m) => overlaps(m, area));
      if (merged.length > 512) throw excelError("GeneralException", "The merged areas count in this range is more than 512.");
      return merged.length ? merged.map((m) => `'${sheet.name.replace(/'/g, "''")}'!${areaAddress(m)}`).join(", ") : null;
    });
    areas.trackNulls();
    return areas;
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.where();
      if (this.ctx.book.activeSheet !== sheet) throw excelError("InvalidOperation", "Only a range on the active sheet can be selected.");
      this.ctx.book.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }

  /** Range.dataValidation is ExcelApi 1.8; a protected sheet refuses it. */
  get dataValidation(): Record<string, unknown> {
    this.ctx.requires("1.8", "Range.dataValidation");
    const ctx = this.ctx;
    const where = () => this.where();
    return new Proxy(
      {},
      {
        set: (_, prop, value) => {
          ctx.enqueue(() => {
            const { sheet, area } = where();
            if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
            if (prop === "rule") sheet.validations.push({ area, rule: value });
          }, () => JSON.stringify(value).length);
          return true;
        },
      },
    );
  }

  private formatsClient: ConditionalFormatsClient | undefined;

  get conditionalFormats(): ConditionalFormatsClient {
    return (this.formatsClient ??= new ConditionalFormatsClient(this.ctx, () => this.where()));
  }

  located(): { sheet: SimSheet; area: Area } {
    return this.where();
  }
}

/** The RangeAreas of a range's merged cells: its address, or a null object when there is none. */
class MergedAreasClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly addressNow: () => string | null,
  ) {
    super(ctx);
  }
  protected find(): string | null {
    return this.addressNow();
  }
  protected property(name: string): unknown {
    if (name === "address") return this.target<string>();
    throw excelError("InvalidArgument", `RangeAreas.${name} is not simulated.`);
  }
  trackNulls(): void {
    this.trackNull();
  }
  get address(): string {
    return this.read("address");
  }
}

/**
 * Formats, borders, print setup and chart parts: each property set and each call kept as it
 * was made (`format.font.bold`, `pageLayout.setPrintTitleRows()`), after the sheet's protection
 * is checked.
 */
function recorder(ctx: SimContext, owner: WorksheetClient | RangeClient, path: string): Record<string, unknown> {
  const record = (property: string, value: unknown) =>
    ctx.enqueue(() => {
      const { sheet, area } = owner instanceof RangeClient ? owner.located() : { sheet: owner.sheet(), area: null };
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      sheet.formats.push({ area, property, value });
    }, () => JSON.stringify(value ?? null).length + 40);
  return new Proxy(function () {} as unknown as Record<string, unknown>, {
    get: (_, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : recorder(ctx, owner, `${path}.${prop}`)),
    set: (_, prop, value) => {
      record(`${path}.${String(prop)}`, value);
      return true;
    },
    apply: (_, __, args: unknown[]) => {
      record(`${path}()`, args);
      return recorder(ctx, owner, `${path}(${args.map((a) => (typeof a === "string" ? a : "…")).join(",")})`);
    },
  });
}

class ConditionalFormatsClient {
  private readonly list: Items<ConditionalFormatClient>;

  constructor(
    private readonly ctx: SimContext,
    private readonly where: () => { sheet: SimSheet; area: Area },
  ) {
    this.list = new Items(ctx, () => {
      const { sheet, area } = where();
      return sheet.conditionalFormats.filter((f) => overlaps(f.area, area)).map((f) => new ConditionalFormatClient(ctx, () => ({ sheet, format: f })));
    });
  }

  load(properties?: string): this {
    this.list.load(properties);
    return this;
  }

  get items(): ConditionalFormatClient[] {
    return this.list.get();
  }

  /** A protected sheet's conditional formats cannot change (AccessDenied). */
  add(type: string): ConditionalFormatClient {
    let made: { sheet: SimSheet; format: SimSheet["conditionalFormats"][number] } | null = null;
    this.ctx.enqueue(() => {
      const { sheet, area } = this.where();
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      if (type !== "Custom") throw excelError("InvalidArgument", `Conditional format ${type} is not simulated.`);
      const format = { area, formula: "", fill: null, fontColor: null };
      sheet.conditionalFormats.push(format);
      made = { sheet, format };
    });
    return new ConditionalFormatClient(this.ctx, () => made);
  }
}

class ConditionalFormatClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly locate: () => { sheet: SimSheet; format: SimSheet["conditionalFormats"][number] } | null,
  ) {
    super(ctx);
  }

  protected find() {
    return this.locate();
  }

  protected property(name: string): unknown {
    if (name === "type") return "Custom";
    throw excelError("InvalidArgument", `ConditionalFormat.${name} is not simulated.`);
  }

  get type(): string {
    return this.read("type");
  }

  get custom() {
    const ctx = this.ctx;
    const found = () => this.target<{ sheet: SimSheet; format: SimSheet["conditionalFormats"][number] }>();
    const set = (apply: (f: SimSheet["conditionalFormats"][number]) => void) =>
      ctx.enqueue(() => {
        const { sheet, format } = found();
        if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
        apply(format);
      });
    const rule = new RuleClient(ctx, () => found().format);
    return {
      rule: Object.defineProperty(rule, "formula", {
        get: () => rule.formulaLoaded(),
        set: (value: string) => set((f) => (f.formula = value)),
      }) as RuleClient & { formula: string },
      format: {
        fill: { set color(value: string) { set((f) => (f.fill = value)); } },
        font: { set color(value: string) { set((f) => (f.fontColor = value)); } },
      },
    };
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, format } = this.target<{ sheet: SimSheet; format: SimSheet["conditionalFormats"][number] }>();
      if (sheet.isProtected) throw excelError("AccessDenied", `The sheet «${sheet.name}» is protected.`);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }
}

class RuleClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly format: () => SimSheet["conditionalFormats"][number],
  ) {
    super(ctx);
  }
  protected find() {
    return this.format();
  }
  protected property(name: string): unknown {
    if (name === "formula") return this.format().formula;
    throw excelError("InvalidArgument", `ConditionalRangeFormatRule.${name} is not simulated.`);
  }
  formulaLoaded(): string {
    return this.read("formula");
  }
}

export class TableCollectionClient {
  private readonly list: Items<TableClient>;

  constructor(private readonly ctx: SimContext) {
    this.list = new Items(ctx, () => ctx.book.tables.map((t) => new TableClient(ctx, () => t)));
  }

  load(properties?: string | string[]): this {
    this.list.load(properties);
    return this;
  }

  get items(): TableClient[] {
    return this.list.get();
  }

  getItemOrNullObject(name: string): TableClient {
    const table = new TableClient(this.ctx, () => this.ctx.book.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
    table.trackNulls();
    return table;
  }
}

class SheetTablesClient {
  constructor(
    private readonly ctx: SimContext,
    private readonly ws: WorksheetClient,
  ) {}

  /**
   * A table needs a name no table or defined name has (Table.name), and no merged cell in its
   * range (Excel: «You can't create a table over merged cells»).
   */
  add(range: RangeClient, _hasHeaders: boolean): TableClient {
    let made: SimTable | null = null;
    this.ctx.enqueue(() => {
      const sheet = this.ws.protectedCheck();
      const { area } = range.located();
      if (sheet.merges.some((m) => overlaps(m, area))) throw excelError("InvalidOperation", "A table cannot be created over merged cells.");
      const book = this.ctx.book;
      if (book.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw excelError("InvalidOperation", "A table cannot overlap another table.");
      let n = book.tables.length + 1;
      while (book.tables.some((t) => t.name === `Table${n}`)) n++;
      made = { name: `Table${n}`, sheet, area };
      book.tables.push(made);
    });
    return new TableClient(this.ctx, () => made);
  }

  getItem(name: string): TableClient {
    return new TableClient(this.ctx, () => this.ctx.book.tables.find((t) => t.sheet === this.ws.sheet() && t.name.toLowerCase() === name.toLowerCase()) ?? null, true);
  }
}

class TableClient extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly locate: () => SimTable | null,
    private readonly required = false,
  ) {
    super(ctx);
  }

  protected find(): SimTable | null {
    const found = this.locate();
    if (found === null && this.required) throw excelError("ItemNotFound", "The requested resource doesn't exist.");
    return found;
  }

  trackNulls(): void {
    this.trackNull();
  }

  protected property(name: string): unknown {
    if (name === "name") return this.target<SimTable>().name;
    throw excelError("InvalidArgument", `Table.${name} is not simulated.`);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.ctx.enqueue(() => {
      const table = this.target<SimTable>();
      const book = this.ctx.book;
      const problem = tableNameProblem(value, [...book.tables.filter((t) => t !== table).map((t) => t.name), ...book.definedNames]);
      if (problem) throw excelError("InvalidArgument", problem);
      table.name = value;
    });
  }

  set style(_value: string) {
    this.ctx.enqueue(() => this.target<SimTable>());
  }

  private worksheetClient: WorksheetClient | undefined;

  get worksheet(): WorksheetClient {
    return (this.worksheetClient ??= new WorksheetClient(this.ctx, () => this.target<SimTable>().sheet));
  }
}

/** A chart: kept as a count on its sheet; ChartAxis.numberFormat is ExcelApi 1.8, Series.setXAxisValues 1.7. */
class ChartClient {
  constructor(
    private readonly ctx: SimContext,
    private readonly ws: WorksheetClient,
  ) {}

  get title() {
    return recorder(this.ctx, this.ws, "chart.title");
  }
  get legend() {
    return recorder(this.ctx, this.ws, "chart.legend");
  }
  get series() {
    return { getItemAt: () => recorder(this.ctx, this.ws, "chart.series") };
  }
  get axes() {
    const ctx = this.ctx;
    const axis = recorder(ctx, this.ws, "chart.valueAxis");
    return {
      valueAxis: new Proxy(axis, {
        set: (target, prop, value) => {
          if (prop === "numberFormat") ctx.requires("1.8", "ChartAxis.numberFormat");
          target[prop as string] = value;
          return true;
        },
      }),
    };
  }
  setPosition(from: string, to: string): void {
    this.ctx.enqueue(() => this.ws.sheet().formats.push({ area: null, property: "chart.position", value: `${from}:${to}` }));
  }
}

