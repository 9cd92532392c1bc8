import type { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";

/** ExcelJS, and all that writing needs, loads only for the commands that write. */
async function writerModule() {
  return import(/* webpackChunkName: "writer" */ "../adapters/xlsx/XlsxWorkbook");
}

export async function newWorkbook(): Promise<XlsxWorkbook> {
  return (await writerModule()).XlsxWorkbook.empty();
}

/** A copy of a user's workbook to add a sheet to; the file it came from is never written. */
export async function copyOfWorkbook(bytes: Uint8Array): Promise<XlsxWorkbook> {
  return (await writerModule()).XlsxWorkbook.open(bytes);
}
