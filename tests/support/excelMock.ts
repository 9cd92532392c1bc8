import { OfficeMockObject } from "office-addin-mock";
import { toA1 } from "../../src/domain/a1";
import type { Grid } from "../../src/domain/grid";
import type { ExcelRun } from "../../src/adapters/office/OfficeWorkbook";

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

/**
 * An Excel workbook made of office-addin-mock objects, with the checks the library leaves out:
 * reading a property that was not loaded, or before `context.sync()`, throws; every mock handed
 * out is synced by `context.sync()`, which is counted. Collections are small fakes with the same
 * rule, since the library cannot load `items/...`.
 */
export class ExcelMock {
  syncs = 0;
  readonly selections: string[] = [];
  readonly conditionalFormats: Array<{ sheet: string; cell: string; formula: string; color: string; deleted: boolean }> = [];
  private readonly tracked: OfficeMockObject[] = [];
  private readonly pending: Array<() => void> = [];
  private readonly proxies = new WeakMap<object, unknown>();
  private readonly sheets: Array<{ grid: Grid; protected: boolean; hidden: boolean; proxy: unknown }>;
  private activeSheet = 0;
  readonly context: { workbook: { worksheets: unknown; tables: unknown }; sync: () => Promise<void> };

  /** Every write queued on sheets the add-in created: `path = value` or `path(args)`. */
  readonly writes: string[] = [];
  readonly deleted: string[] = [];

  constructor(
    grids: Grid[],
    options: { protectedSheets?: string[]; hiddenSheets?: string[]; addinSummary?: string; /** This sync (1-based) fails, as Excel fails a request. */ failSync?: number } = {},
  ) {
    this.sheets = grids.map((grid) => ({ grid, protected: options.protectedSheets?.includes(grid.sheet) ?? false, hidden: options.hiddenSheets?.includes(grid.sheet) ?? false, proxy: null }));
    for (const sheet of this.sheets) sheet.proxy = this.worksheet(sheet);
    const summary = options.addinSummary;
    this.context = {
      workbook: {
        worksheets: this.collection(() => this.sheets.map((s) => s.proxy), this.worksheetsExtras()),
        tables: {
          getItemOrNullObject: () =>
            summary
              ? this.track(
                  { name: "PoaResumen", worksheet: { name: summary, position: this.sheets.findIndex((s) => s.grid.sheet === summary) } },
                  { isNullObject: false },
                )
              : this.track({ name: "" }, { isNullObject: true }),
        },
      } as { worksheets: unknown; tables: unknown },
      sync: async () => {
        this.syncs++;
        if (this.syncs === options.failSync) throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
        for (const mock of this.tracked) await mock.sync();
        for (const settle of this.pending.splice(0)) settle();
      },
    };
  }

  readonly run: ExcelRun = (batch) => batch(this.context as unknown as Excel.RequestContext);

  /** A tracked mock whose unloaded or unsynced properties throw when read. */
  private track<T extends object>(seed: object, plain: Record<string, unknown> = {}): T {
    const mock = new OfficeMockObject(seed);
    for (const [key, value] of Object.entries(plain)) {
      Object.defineProperty(mock, key, { value, enumerable: true, configurable: true, writable: true });
    }
    this.tracked.push(mock);
    return this.strict(mock) as T;
  }

  private strict(target: object): unknown {
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (obj, prop, receiver) => {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value === "function") return value.bind(obj);
        if (value === NOT_LOADED || value === NOT_SYNCED) throw new Error(`${String(prop)}: ${value}`);
        if (value instanceof OfficeMockObject) return this.strict(value);
        return value;
      },
    });
    this.proxies.set(target, proxy);
    return proxy;
  }

  /**
   * A collection fake: `items` can be read only after `load` and a `sync`; `load("items/name")`
   * loads `name` on each item, as Office.js does.
   */
  private collection(items: () => unknown[], extras: object = {}): object {
    let state: "idle" | "loading" | "ready" = "idle";
    return {
      ...extras,
      load: (properties = "") => {
        const itemProperties = String(properties)
          .split(",")
          .map((p) => p.trim())
          .filter((p) => p.startsWith("items/"))
          .map((p) => p.slice("items/".length));
        if (itemProperties.length > 0) {
          for (const item of items()) (item as { load?: (p: string) => void }).load?.(itemProperties.join(","));
        }
        if (state === "idle") {
          state = "loading";
          this.pending.push(() => (state = "ready"));
        }
      },
      get items() {
        if (state !== "ready") throw new Error(`items: ${state === "idle" ? NOT_LOADED : NOT_SYNCED}`);
        return items();
      },
    };
  }

  private worksheetsExtras(): object {
    return {
      getItem: (name: string) => {
        const sheet = this.sheets.find((s) => s.grid.sheet === name || `{id-${s.grid.sheet}}` === name);
        if (!sheet) throw new Error(`ItemNotFound: ${name}`);
        return sheet.proxy;
      },
      getActiveWorksheet: () => this.sheets[this.activeSheet]!.proxy,
      add: (name: string) => {
        this.writes.push(`add(${JSON.stringify(name)})`);
        return recorder(`[${name}]`, this.writes);
      },
      onChanged: {
        add: (handler: (event: { worksheetId: string; address: string }) => Promise<void>) => {
          this.changeHandlers.push(handler);
          return { remove: () => this.changeHandlers.splice(this.changeHandlers.indexOf(handler), 1), context: this.context };
        },
      },
    };
  }

  readonly changeHandlers: Array<(event: { worksheetId: string; address: string }) => Promise<void>> = [];

  async edit(sheet: string, address: string): Promise<void> {
    for (const handler of [...this.changeHandlers]) await handler({ worksheetId: `{id-${sheet}}`, address });
  }

  private worksheet(sheet: { grid: Grid; protected: boolean; hidden: boolean }): unknown {
    const { grid } = sheet;
    const name = grid.sheet;
    const box = boundingBox(grid);
    const rangeAt = (row: number, col: number, rows: number, cols: number) => {
      const values: unknown[][] = [];
      const formats: string[][] = [];
      for (let r = row; r < row + rows; r++) {
        const valueRow: unknown[] = [];
        const formatRow: string[] = [];
        for (let c = col; c < col + cols; c++) {
          const cell = grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null;
          valueRow.push(cell === null ? "" : typeof cell === "object" ? cell.error : cell);
          formatRow.push(grid.numberFormats?.[r - grid.origin.row]?.[c - grid.origin.col] ?? "General");
        }
        values.push(valueRow);
        formats.push(formatRow);
      }
      const merges = grid.merges
        .filter((m) => m.top >= row && m.top < row + rows && m.left >= col && m.left < col + cols)
        .map((m) => `'${name}'!${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
      return this.track(
        { values, numberFormat: formats, rowCount: rows, columnCount: cols },
        {
          // «If the merged areas count in this range is more than 512, then this method will fail
          // to return the result» (Office.js reference, Range.getMergedAreasOrNullObject).
          getMergedAreasOrNullObject: () => {
            if (merges.length > 512) throw Object.assign(new Error("The merged areas count exceeds 512."), { code: "GeneralException" });
            return this.track({ address: merges.join(", ") }, { isNullObject: merges.length === 0 });
          },
        },
      );
    };
    return this.track({
      name,
      visibility: sheet.hidden ? "Hidden" : "Visible",
      protection: { protected: sheet.protected },
      activate: () => {
        // The reference does not say what activate() does on a hidden sheet; Excel will not show a
        // hidden sheet's cells, so the mock refuses rather than pretend.
        if (sheet.hidden) throw Object.assign(new Error("The sheet is hidden."), { code: "InvalidOperation" });
        this.activeSheet = this.sheets.findIndex((s) => s.grid.sheet === name);
      },
      delete: () => this.deleted.push(name),
      getUsedRangeOrNullObject: () =>
        box
          ? this.track({ rowIndex: box.top, columnIndex: box.left, rowCount: box.rows, columnCount: box.cols }, { isNullObject: false })
          : this.track({}, { isNullObject: true }),
      getRangeByIndexes: rangeAt,
      getRange: (address?: string) => ({
        select: () => this.selections.push(`${name}!${address}`),
        conditionalFormats: address ? this.formatsAdder(name, address) : this.formatsOfSheet(name, sheet.protected),
      }),
    });
  }

  private formatsAdder(sheet: string, cell: string) {
    return {
      add: () => {
        const entry = { sheet, cell, formula: "", color: "", deleted: false };
        this.conditionalFormats.push(entry);
        return {
          custom: {
            rule: {
              set formula(value: string) {
                entry.formula = value;
              },
            },
            format: {
              fill: {
                set color(value: string) {
                  entry.color = value;
                },
              },
            },
          },
        };
      },
    };
  }

  private formatsOfSheet(sheet: string, locked: boolean) {
    return this.collection(() =>
      this.conditionalFormats
        .filter((f) => f.sheet === sheet && !f.deleted)
        .map((entry) => ({
          type: "Custom",
          custom: { rule: this.track({ formula: entry.formula }) },
          delete: () => {
            // A protected sheet's formats cannot be changed: Excel answers AccessDenied.
            if (locked) throw Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
            entry.deleted = true;
          },
        })),
    );
  }
}

const recorderPaths = new WeakMap<object, string>();

/** A stand-in for objects the add-in creates: records what is set and called on it, with arguments. */
function recorder(path: string, log: string[]): unknown {
  const describe = (value: unknown) => (typeof value === "function" && recorderPaths.has(value) ? recorderPaths.get(value) : JSON.stringify(value));
  const proxy: object = new Proxy(function () {}, {
    get: (_, prop) => (prop === "then" ? undefined : recorder(`${path}.${String(prop)}`, log)),
    set: (_, prop, value) => {
      log.push(`${path}.${String(prop)} = ${JSON.stringify(value)}`);
      return true;
    },
    apply: (_, __, args) => {
      const call = `${path}(${args.map(describe).join(", ")})`;
      log.push(call);
      return recorder(call, log);
    },
  });
  recorderPaths.set(proxy, path);
  return proxy;
}

function boundingBox(grid: Grid): { top: number; left: number; rows: number; cols: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  grid.values.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell === null) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom < 0) return null;
  return { top: top + grid.origin.row, left: left + grid.origin.col, rows: bottom - top + 1, cols: right - left + 1 };
}
