import { readFile, stat } from "node:fs/promises";
import { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";
import { WorkbookReadError } from "../workbook/errors";

/** Larger files are not POAs; ExcelJS would need gigabytes to open them. */
const MAX_BYTES = 200 * 1024 * 1024;

export async function openWorkbookFile(path: string): Promise<XlsxWorkbook> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError("not-a-file", "Es una carpeta, no un archivo.");
    size = info.size;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("not-found", "No existe el archivo.");
    if (code === "EACCES") throw new WorkbookReadError("unreadable", "No hay permiso para leer el archivo.");
    throw new WorkbookReadError("unreadable", `No se pudo leer el archivo (${code ?? String(error)}).`);
  }
  if (size > MAX_BYTES) {
    throw new WorkbookReadError("too-large", `El archivo pesa ${Math.round(size / 1024 / 1024)} MB; el máximo es 200 MB.`);
  }
  return XlsxWorkbook.open(await readFile(path));
}
