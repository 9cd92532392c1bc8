import type { Locale } from "../domain/i18n/format";
import type { XlsxReader } from "../adapters/xlsx/read/XlsxReader";
import { type collectInputs, isOwnWorkbook, openWorkbookFile } from "./files";
import { terminalSafe } from "./formatters/stylish";
import { readFailure } from "./validateFiles";

type Out = (text: string) => void;

const OWN_WORKBOOK = { es: "es un libro que hizo POA Excel; no se incluye.", en: "is a workbook POA Excel wrote; it is left out." };

/**
 * The loop of every command that reads many POAs into one output: what the walk skipped said,
 * progress on standard error, the workbooks POA Excel wrote left out, and a file
 * that cannot be read said and handed to `unreadable` while the batch goes on.
 */
export async function forEachWorkbook(
  inputs: Awaited<ReturnType<typeof collectInputs>>,
  lang: Locale,
  err: Out,
  handle: { read(reader: XlsxReader, path: string): Promise<void>; unreadable(path: string, reason: string): void },
): Promise<number> {
  const { files, notes } = inputs;
  for (const note of notes) err(`poa: ${terminalSafe(note[lang])}\n`);
  let unreadable = 0;
  for (const [index, path] of files.entries()) {
    if (files.length > 1) err(`[${index + 1}/${files.length}] ${terminalSafe(path)}\n`);
    try {
      const reader = await openWorkbookFile(path);
      if (await isOwnWorkbook(reader)) {
        err(`poa: ${terminalSafe(path)}: ${OWN_WORKBOOK[lang]}\n`);
        continue;
      }
      await handle.read(reader, path);
    } catch (error) {
      const reason = readFailure(error, lang);
      err(`poa: ${terminalSafe(path)}: ${reason}\n`);
      handle.unreadable(path, reason);
      unreadable++;
    }
  }
  return unreadable;
}
