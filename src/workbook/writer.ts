import type { SheetSpec } from "../domain/sheets/spec";

export interface SummaryPlacement {
  name: string;
  /** True when an earlier summary made by the add-in was replaced. */
  replaced: boolean;
  /** True when a user's own sheet took the usual name, so the summary got another. */
  renamed: boolean;
}

/** Writing side of the workbook interface: new sheets only, never a user's cells. */
export interface WorkbookWriter {
  /** Adds a sheet rendered from the spec, under a name no sheet has yet; returns that name. */
  addSheet(spec: SheetSpec): Promise<string>;
  /** Writes the summary over the add-in's previous one, or as a new sheet. */
  writeSummary(spec: SheetSpec): Promise<SummaryPlacement>;
}
