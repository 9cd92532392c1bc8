export type ReadFailure =
  | "not-found"
  | "not-a-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "unreadable";

/** A workbook that could not be opened at all; `message` is for the user, in Spanish. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}
