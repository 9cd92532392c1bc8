import { access, writeFile } from "node:fs/promises";
import { WorkbookReadError } from "../workbook/errors";

/** Writes an output workbook; an existing file is replaced only when asked (--force). */
export async function writeOutput(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (!force) {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) throw new WorkbookReadError("unreadable", `Ya existe «${path}»; use --force para reemplazarlo.`);
  }
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError("unreadable", `No se pudo escribir «${path}» (${code ?? String(error)}).`);
  }
}
