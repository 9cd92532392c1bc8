import { readFile, stat } from "node:fs/promises";
import { READ_LIMITS } from "../adapters/xlsx/read/limits";
import { XlsxReader } from "../adapters/xlsx/read/XlsxReader";
import { WorkbookReadError } from "../workbook/errors";

/** Opens a workbook file for reading, refusing what is not a regular file before reading a byte. */
export async function openWorkbookFile(path: string): Promise<XlsxReader> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError("not-a-file", "Es una carpeta, no un archivo.");
    if (!info.isFile()) throw new WorkbookReadError("not-a-file", "No es un archivo común (es un dispositivo, una tubería o un socket).");
    size = info.size;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("not-found", "No existe el archivo.");
    if (code === "EACCES") throw new WorkbookReadError("unreadable", "No hay permiso para leer el archivo.");
    throw new WorkbookReadError("unreadable", `No se pudo leer el archivo (${code ?? String(error)}).`);
  }
  if (size > READ_LIMITS.fileBytes) {
    throw new WorkbookReadError("too-large", `El archivo pesa ${Math.round(size / 1024 / 1024)} MB; el máximo es ${READ_LIMITS.fileBytes / 1024 / 1024} MB.`);
  }
  return XlsxReader.open(await readFile(path));
}
