import type { XlsxReader } from "../adapters/xlsx/read/XlsxReader";
import { UserWorkbook } from "../adapters/xlsx/UserWorkbook";
import { NODE_CODEC } from "./nodeCodec";

/** A new workbook to write our sheets into (the summary, the observations, the report, a template). */
export function newWorkbook(): UserWorkbook {
  return UserWorkbook.empty(NODE_CODEC);
}

/** A copy of a user's workbook, as our reader read it, to graft sheets into; the file it came from is never written. */
export function copyOfWorkbook(read: XlsxReader): UserWorkbook {
  return UserWorkbook.open(read.bytes, read);
}
