import type { Severity } from "../domain/rules/rule";
import type { WorkbookReader } from "./types";
import type { WorkbookWriter } from "./writer";

export interface MarkRequest {
  sheet: string;
  cell: string;
  severity: Severity;
}

/** The fill that marks a finding's cell, in Excel and in the preview alike. */
export const SEVERITY_FILL: Record<Severity, string> = { error: "#FDE7E9", warning: "#FFF4CE", info: "#DEECF9" };

/** What the task pane needs from the workbook it works on, beyond reading it. */
export interface PaneWorkbook extends WorkbookReader, WorkbookWriter {
  activeSheetName(): Promise<string>;
  /** `message`, when it is a finding's: said beside the cell where the host can (the preview). */
  selectCell(sheet: string, cell: string, message?: string): Promise<void>;
  /** Highlights the cells of findings; returns how many marks were written. */
  markFindings(marks: readonly MarkRequest[]): Promise<number>;
  /** Removes every mark the add-in wrote, and nothing else; returns how many. */
  clearMarks(): Promise<number>;
  /** Calls back with the sheet's name whenever a user edits a sheet; resolves to an unsubscribe. */
  onSheetChanged(handler: (sheet: string) => void): Promise<() => Promise<void>>;
}
