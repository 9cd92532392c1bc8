import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Bilingual, WorkbookReadError } from "../workbook/errors";

/** The few file operations a write needs: tests put failures in them. */
export interface WriteFs {
  open(path: string, flags: string): Promise<{ write(data: Uint8Array): Promise<unknown>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const realFs: WriteFs = {
  open: async (path, flags) => {
    const handle = await fs.open(path, flags, 0o644);
    return { write: (data) => handle.write(data), sync: () => handle.sync(), close: () => handle.close() };
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
};

/** Our temporary files: `.resumen.xlsx.4242-9f3a.poa-tmp`, the pid of the writer inside. */
const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]+\.poa-tmp$/;

function refusal(text: Bilingual): WorkbookReadError {
  return new WorkbookReadError("unreadable", text);
}

async function real(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    // Not there yet: its folder's real path and its own name.
    return join(await fs.realpath(dirname(resolve(path))).catch(() => dirname(resolve(path))), basename(path));
  }
}

/**
 * Writes an output workbook so that no user's file is ever lost: never over one of the inputs
 * (whatever --force says), never through a symbolic link, an existing file only with --force,
 * and always atomically: the bytes go to a temporary file beside the target, are flushed to
 * disk, then renamed over it. On any failure the previous file is untouched and the temporary
 * one removed.
 */
export async function writeOutput(path: string, pieces: readonly Uint8Array[], options: { force: boolean; inputs: readonly string[] }, io: WriteFs = realFs): Promise<void> {
  const stat = await fs.lstat(path).catch(() => null);
  if (stat?.isSymbolicLink()) {
    throw refusal({
      es: `«${path}» es un enlace simbólico; indique la ruta del archivo real.`,
      en: `“${path}” is a symbolic link; give the path of the real file.`,
    });
  }
  if (stat?.isDirectory()) throw refusal({ es: `«${path}» es una carpeta; indique un archivo .xlsx.`, en: `“${path}” is a folder; give an .xlsx file.` });
  const target = await real(path);
  for (const input of options.inputs) {
    if ((await real(input)) === target) {
      throw refusal({
        es: `«${path}» es uno de los libros que se leen; escriba el resultado en otro archivo (--force no lo permite).`,
        en: `“${path}” is one of the workbooks being read; write the result to another file (--force does not allow it).`,
      });
    }
  }
  if (stat && !options.force) throw refusal({ es: `Ya existe «${path}»; use --force para reemplazarlo.`, en: `“${path}” already exists; use --force to replace it.` });

  const folder = dirname(target);
  await sweepStale(folder, basename(target), io);
  const temp = join(folder, `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.poa-tmp`);
  try {
    const handle = await io.open(temp, "wx");
    try {
      for (const piece of pieces) await handle.write(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, target);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw refusal({
      es: `No se pudo escribir «${path}»${code ? ` (${code})` : ""}; el archivo que había quedó como estaba.`,
      en: `Could not write “${path}”${code ? ` (${code})` : ""}; the file that was there is unchanged.`,
    });
  }
}

/** Temporary files a killed `poa` left beside the target: removed once their writer is gone. */
async function sweepStale(folder: string, name: string, io: WriteFs): Promise<void> {
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  for (const entry of entries) {
    const match = TEMP.exec(entry);
    if (!match || match[1] !== name || alive(Number(match[2]))) continue;
    await io.unlink(join(folder, entry)).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
