import type { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";

/** ExcelJS, and all that writing needs, loads only for the commands that write. */
export async function newWorkbook(): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "writer" */ "../adapters/xlsx/XlsxWorkbook");
  return XlsxWorkbook.empty();
}
