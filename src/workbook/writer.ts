import type { SheetSpec } from "../domain/sheets/spec";

export interface SummaryPlacement {
  name: string;
  /** True when the add-in's earlier sheet of this kind was replaced. */
  replaced: boolean;
  /** True when a user's own sheet took the usual name, so this one got another. */
  renamed: boolean;
}

/** Writing side of the workbook interface: new sheets only, never a user's cells. */
export interface WorkbookWriter {
  /** Adds a sheet rendered from the spec, under a name no sheet has yet (first with `first`); returns that name. */
  addSheet(spec: SheetSpec, options?: { first?: boolean }): Promise<string>;
  /** Writes a sheet of the add-in's own (summary, observations) over its previous one, or as a new sheet. */
  writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement>;
}
