import type { Source } from "../app/sources";
import type { Locale } from "../domain/i18n/format";
import { type Bilingual, UserError, WorkbookReadError } from "../workbook/errors";
import { type collectInputs, isOwnWorkbook, openWorkbookFile } from "./files";
import { terminalSafe } from "./formatters/stylish";

type Out = (text: string) => void;

const OWN_WORKBOOK: Bilingual = {
  es: "es un libro que hizo POA Excel (resumen, observaciones, cambios o informe); no se revisa como POA.",
  en: "is a workbook POA Excel wrote (a summary, observations, changes or a report); it is not checked as a POA.",
};

/** With --debug, the technical reason behind a read error: the part, the byte, the check that failed. */
export function debugDetail(error: unknown, lang: Locale): string {
  if (error instanceof WorkbookReadError) return error.detail ? `  (${terminalSafe(error.detail[lang])})\n` : "";
  if (error instanceof UserError) return "";
  return `${error instanceof Error ? error.stack : String(error)}\n`;
}

const SKIPPED_SHEET = {
  es: (name: string) => `la hoja «${name}» es una hoja de macros o de diálogo de versiones antiguas de Excel, sin celdas que revisar; se omite.`,
  en: (name: string) => `sheet “${name}” is a macro or dialog sheet of old Excel versions, with no cells to check; it is left out.`,
};

/** Why a file could not be read, in both languages; never a library's internals. */
export function readFailure(error: unknown): Bilingual {
  if (error instanceof WorkbookReadError) return error.said;
  return {
    es: "Error inesperado al leer el archivo; vuelva a correr con --debug para ver el detalle.",
    en: "Unexpected error while reading the file; run again with --debug to see the detail.",
  };
}

export interface ReadOptions {
  debug?: boolean;
  /** A workbook POA Excel wrote, left out of the batch: said on standard error, and told here. */
  skipped?: (path: string, why: string) => void;
}

/**
 * Every file a command was given, read one at a time as the commands take them: what the walk
 * skipped said, progress on standard error, the workbooks POA Excel wrote left out, and a file
 * that cannot be read said and handed on as unreadable while the batch goes on.
 */
export async function* readInputs(inputs: Awaited<ReturnType<typeof collectInputs>>, lang: Locale, err: Out, options: ReadOptions = {}): AsyncGenerator<Source> {
  const { files, notes } = inputs;
  for (const note of notes) err(`poa: ${terminalSafe(note[lang])}\n`);
  for (const [index, path] of files.entries()) {
    if (files.length > 1) err(`[${index + 1}/${files.length}] ${terminalSafe(path)}\n`);
    let source: Source;
    try {
      const reader = await openWorkbookFile(path);
      for (const name of reader.skippedSheets) err(`poa: ${terminalSafe(path)}: ${SKIPPED_SHEET[lang](terminalSafe(name))}\n`);
      if (await isOwnWorkbook(reader)) {
        err(`poa: ${terminalSafe(path)}: ${OWN_WORKBOOK[lang]}\n`);
        options.skipped?.(path, OWN_WORKBOOK[lang]);
        continue;
      }
      source = { file: path, grids: await reader.readSheets() };
    } catch (error) {
      const reason = readFailure(error);
      err(`poa: ${terminalSafe(path)}: ${reason[lang]}\n`);
      if (options.debug) err(debugDetail(error, lang));
      source = { file: path, unreadable: reason };
    }
    yield source;
  }
}

/** How many of a batch's sources could not be read: the exit status says so. */
export async function* counting(sources: AsyncIterable<Source>, tally: { unreadable: number }): AsyncGenerator<Source> {
  for await (const source of sources) {
    if ("unreadable" in source) tally.unreadable++;
    yield source;
  }
}
