import type { Grid } from "../../../domain/grid";
import type { Bilingual, ReadFailure } from "../../../workbook/errors";
import type { SheetInfo } from "../../../workbook/types";

/** A workbook read whole, as the preview's worker hands it back to the page. */
export interface OpenedWorkbook {
  sheets: SheetInfo[];
  grids: Grid[];
  /** Excel table names (lower case) by sheet. */
  tables: Array<[string, string[]]>;
}

export type WorkerMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; workbook: OpenedWorkbook }
  | { type: "error"; reason: ReadFailure; text: Bilingual };
