import { type Dirent, promises as fs } from "node:fs";
import { basename, join, resolve } from "node:path";
import { READ_LIMITS } from "../adapters/xlsx/read/limits";
import { XlsxReader } from "../adapters/xlsx/read/XlsxReader";
import { CHANGES_TABLE_NAME } from "../domain/compare";
import { OBSERVATIONS_TABLE_NAME } from "../domain/observations";
import { REPORT_TABLE_NAME } from "../domain/followup/reportSheet";
import { COVERAGE_TABLE_NAME } from "../domain/plan/coverageSheet";
import { SUMMARY_TABLE_NAME } from "../domain/summary";
import { planFrom } from "../app/plan";
import type { PlanCatalog } from "../domain/plan/catalog";
import { type Bilingual, UserError, WorkbookReadError } from "../workbook/errors";
import { NODE_CODEC } from "./nodeCodec";

/** Opens a workbook file for reading, refusing what is not a regular file before reading a byte. */
export async function openWorkbookFile(path: string): Promise<XlsxReader> {
  let size: number;
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw new WorkbookReadError("not-a-file", { es: "Es una carpeta, no un archivo.", en: "It is a folder, not a file." });
    if (!info.isFile()) {
      throw new WorkbookReadError("not-a-file", {
        es: "No es un archivo común (es un dispositivo, una tubería o un socket).",
        en: "It is not a regular file (it is a device, a pipe or a socket).",
      });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError("not-found", { es: "No existe el archivo.", en: "The file does not exist." });
    if (code === "EACCES") throw new WorkbookReadError("unreadable", { es: "No hay permiso para leer el archivo.", en: "There is no permission to read the file." });
    throw new WorkbookReadError("unreadable", { es: `No se pudo leer el archivo (${code ?? "?"}).`, en: `The file could not be read (${code ?? "?"}).` });
  }
  const limit = READ_LIMITS.fileBytes / 1024 / 1024;
  if (size > READ_LIMITS.fileBytes) {
    const mb = Math.round(size / 1024 / 1024);
    throw new WorkbookReadError("too-large", { es: `El archivo pesa ${mb} MB; el máximo es ${limit} MB.`, en: `The file is ${mb} MB; the maximum is ${limit} MB.` });
  }
  return XlsxReader.open(await fs.readFile(path), READ_LIMITS, NODE_CODEC);
}

/** Tables only our own sheets carry: the summary, the observations, the changes, the report, the batch status. */
const OWN_TABLES = [SUMMARY_TABLE_NAME, OBSERVATIONS_TABLE_NAME, CHANGES_TABLE_NAME, REPORT_TABLE_NAME, COVERAGE_TABLE_NAME, "PoaEstado"].map((t) => t.toLowerCase());

/** A workbook `poa summary`, `poa observaciones` or `poa informe` wrote: every sheet holds one of our tables. */
export async function isOwnWorkbook(reader: XlsxReader): Promise<boolean> {
  const names = reader.sheetNames();
  const ours = (table: string) => OWN_TABLES.some((own) => table.startsWith(own));
  return names.length > 0 && names.every((name) => (reader.tableSheets.get(name) ?? []).some(ours));
}

const MAX_FILES = 10_000;
const MAX_DEPTH = 32;

/**
 * The files named on the command line, folders walked recursively for .xlsx files in a stable
 * order (by name, folder by folder). Excel's `~$` lock files and hidden files and folders are
 * skipped; a file named twice (by two paths to it) is read once. What was skipped is said.
 */
export async function collectInputs(paths: readonly string[]): Promise<{ files: string[]; notes: Bilingual[] }> {
  const files: string[] = [];
  const notes: Bilingual[] = [];
  const seen = new Map<string, string>();
  const add = async (path: string) => {
    const key = await fs.realpath(path).catch(() => resolve(path));
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push({ es: `«${path}» es el mismo archivo que «${first}»; se cuenta una sola vez.`, en: `“${path}” is the same file as “${first}”; it is counted once.` });
      return;
    }
    seen.set(key, path);
    files.push(path);
  };
  for (const path of paths) {
    const info = await fs.stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      await add(path);
      continue;
    }
    const found = await walk(path, 0);
    if (found.length === 0) notes.push({ es: `La carpeta «${path}» no tiene archivos .xlsx.`, en: `Folder “${path}” holds no .xlsx files.` });
    for (const file of found) {
      if (files.length >= MAX_FILES) {
        notes.push({ es: `Se revisan los primeros ${MAX_FILES} archivos.`, en: `The first ${MAX_FILES} files are checked.` });
        return { files, notes };
      }
      await add(file);
    }
  }
  return { files, notes };
}

async function walk(folder: string, depth: number): Promise<string[]> {
  if (depth > MAX_DEPTH) return [];
  const entries: Dirent[] = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: a link back up would walk forever.
    if (entry.isDirectory()) files.push(...(await walk(path, depth + 1)));
    else if (entry.isFile() && /\.xls[xm]$/i.test(entry.name)) files.push(path);
  }
  return files;
}

/** `--plan plan.xlsx`: the development plan, read like any workbook; one that cannot be read stops the command. */
export async function readPlanFile(path: string | undefined): Promise<PlanCatalog | null> {
  if (path === undefined) return null;
  let grids;
  try {
    grids = await (await openWorkbookFile(path)).readSheets();
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    throw new UserError({ es: `No se pudo leer el plan «${path}»: ${error.said.es}`, en: `The plan “${path}” could not be read: ${error.said.en}` });
  }
  return planFrom(grids, basename(path));
}
