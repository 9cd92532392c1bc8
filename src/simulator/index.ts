import { parseA1 } from "../domain/a1";
import type { Grid } from "../domain/grid";
import { WorkbookClient } from "./api";
import { Events, SimContext } from "./context";
import { type ApiLevel, SimWorkbook } from "./workbook";

export { SimulatedExcelError } from "./errors";
export type { ApiLevel } from "./workbook";
export { SimWorkbook } from "./workbook";

/**
 * Excel, simulated for the subset of the Excel JavaScript API the add-in uses: `run` is
 * `Excel.run`, `supports` is `Office.context.requirements.isSetSupported("ExcelApi", …)` for
 * this host's level. The workbook is real (cells, formats, merges, tables, sheets, the active
 * one), and what Excel refuses is refused with Excel's error code.
 */
export class SimulatedExcel {
  readonly book: SimWorkbook;
  private readonly events = new Events();
  /** Round trips, counted across every batch. */
  readonly requests = { syncs: 0 };

  constructor(book: SimWorkbook) {
    this.book = book;
  }

  static of(grids: readonly Grid[], options: Parameters<typeof SimWorkbook.fromGrids>[1] = {}): SimulatedExcel {
    return new SimulatedExcel(SimWorkbook.fromGrids(grids, options));
  }

  get apiLevel(): ApiLevel {
    return this.book.apiLevel;
  }

  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new SimContext(this.book, this.events, this.requests);
    const client = { workbook: new WorkbookClient(context), sync: () => context.sync() };
    return batch(client as unknown as Excel.RequestContext);
  };

  readonly supports = (version: string): boolean => this.book.supports(version);

  /** The user types into a cell: the value lands and onChanged fires, as for a write. */
  async type(sheet: string, address: string, value: string | number): Promise<void> {
    const at = parseA1(address);
    if (!at) throw new Error(`${address} is not a cell`);
    await this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(at.row, at.col, 1, 1);
      range.values = [[value]];
      await context.sync();
    });
  }
}
