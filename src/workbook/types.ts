import type { Grid } from "../domain/grid";

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
}

/**
 * What the domain needs from a workbook, whatever holds it: Excel through Office.js, or an
 * .xlsx file through our own reader and writer. Both adapters pass the same contract tests.
 */
export interface WorkbookReader {
  listSheets(): Promise<SheetInfo[]>;
  /** Grids of the named sheets (all sheets when omitted), in workbook order. */
  readSheets(names?: readonly string[]): Promise<Grid[]>;
}
