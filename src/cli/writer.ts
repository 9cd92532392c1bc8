import type { XlsxReader } from "../adapters/xlsx/read/XlsxReader";
import type { UserWorkbook } from "../adapters/xlsx/UserWorkbook";
import type { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";

/** ExcelJS, and all that writing needs, loads only for the commands that write. */
async function writerModule() {
  return import(/* webpackChunkName: "writer" */ "../adapters/xlsx/XlsxWorkbook");
}

export async function newWorkbook(): Promise<XlsxWorkbook> {
  return (await writerModule()).XlsxWorkbook.empty();
}

/** A copy of a user's workbook, as our reader read it, to graft sheets into; the file it came from is never written. */
export async function copyOfWorkbook(read: XlsxReader): Promise<UserWorkbook> {
  return (await userWorkbookModule()).UserWorkbook.open(read.bytes, read);
}

/** Grafting renders our sheet with ExcelJS: it loads with the writer, only for the commands that write. */
async function userWorkbookModule() {
  return import(/* webpackChunkName: "writer" */ "../adapters/xlsx/UserWorkbook");
}
