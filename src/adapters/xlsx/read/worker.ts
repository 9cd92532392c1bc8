import { WorkbookReadError } from "../../../workbook/errors";
import type { OpenedWorkbook, WorkerMessage } from "./opened";
import { XlsxReader } from "./XlsxReader";

/**
 * The preview reads .xlsx files here, off the page's thread: a big workbook opens while the
 * page stays responsive and shows how far it got.
 */
const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<{ bytes: Uint8Array }>) => {
  try {
    post({ type: "done", workbook: await readWhole(event.data.bytes, (done, total) => post({ type: "progress", done, total })) });
  } catch (error) {
    if (error instanceof WorkbookReadError) post({ type: "error", reason: error.reason, text: error.said });
    else post({ type: "error", reason: "corrupt", text: { es: "El archivo está dañado o no es un libro de Excel válido.", en: "The file is damaged or not a valid Excel workbook." } });
  }
};

export async function readWhole(bytes: Uint8Array, progress: (done: number, total: number) => void): Promise<OpenedWorkbook> {
  const reader = XlsxReader.open(bytes);
  const names = reader.sheetNames();
  const grids = [];
  for (const [i, name] of names.entries()) {
    progress(i, names.length);
    grids.push(...(await reader.readSheets([name])));
  }
  progress(names.length, names.length);
  return { sheets: await reader.listSheets(), grids, tables: [...reader.tableSheets] };
}
