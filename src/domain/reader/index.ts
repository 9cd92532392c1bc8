import type { Grid } from "../grid";
import type { WorkbookModel } from "../model";
import { readSheet } from "./sheet";

export { readSheet } from "./sheet";

export function readWorkbook(grids: readonly Grid[]): WorkbookModel {
  return { sheets: grids.map(readSheet) };
}
