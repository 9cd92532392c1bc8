import type { OpenedWorkbook, WorkerMessage } from "../adapters/xlsx/read/opened";
import { WorkbookReadError } from "../workbook/errors";

/**
 * Reads an .xlsx on a Web Worker, reporting progress sheet by sheet. Where workers are not
 * available the same reader runs on the page.
 */
export function openWorkbook(bytes: Uint8Array, onProgress: (done: number, total: number) => void): Promise<OpenedWorkbook> {
  if (typeof Worker === "undefined") {
    return import(/* webpackChunkName: "reader" */ "../adapters/xlsx/read/worker").then(({ readWhole }) => readWhole(bytes, onProgress));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../adapters/xlsx/read/worker.ts", import.meta.url), { name: "lector-xlsx" });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.done, message.total);
      worker.terminate();
      if (message.type === "done") resolve(message.workbook);
      else reject(new WorkbookReadError(message.reason, message.text));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new WorkbookReadError("unreadable", { es: "No se pudo leer el libro en este navegador.", en: "The workbook could not be read in this browser." }));
    };
    // A copy travels to the worker; the page keeps the original to write into later.
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy }, [copy.buffer]);
  });
}
