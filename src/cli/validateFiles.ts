import type { Locale } from "../domain/i18n/format";
import { type ValidationReport, validateGrids } from "../domain/validate";
import { WorkbookReadError } from "../workbook/errors";
import { isOwnWorkbook, openWorkbookFile } from "./files";

export type FileResult =
  | { filePath: string; report: ValidationReport }
  | { filePath: string; readError: string }
  /** Read, but not a POA to check: a summary `poa summary` or the add-in wrote. */
  | { filePath: string; skipped: string };

const OWN_SUMMARY = {
  es: "es un libro que hizo POA Excel (resumen u observaciones); no se revisa como POA.",
  en: "is a workbook POA Excel wrote (a summary or observations); it is not checked as a POA.",
};

/** Why a file could not be read, in the user's language; never a library's internals. */
export function readFailure(error: unknown, locale: Locale): string {
  if (error instanceof WorkbookReadError) return error.text(locale);
  return locale === "en"
    ? "Unexpected error while reading the file; run again with --debug to see the detail."
    : "Error inesperado al leer el archivo; vuelva a correr con --debug para ver el detalle.";
}

/** Validates each file on its own: one unreadable file never stops the others. */
export async function validateFiles(
  paths: readonly string[],
  locale: Locale,
  onProgress?: (done: number, total: number, path: string) => void,
  onResult?: (result: FileResult, error?: unknown) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, filePath] of paths.entries()) {
    onProgress?.(index + 1, paths.length, filePath);
    let result: FileResult;
    let failure: unknown;
    try {
      const workbook = await openWorkbookFile(filePath);
      result = (await isOwnWorkbook(workbook))
        ? { filePath, skipped: OWN_SUMMARY[locale] }
        : { filePath, report: validateGrids(await workbook.readSheets(), { locale }) };
    } catch (error) {
      failure = error;
      result = { filePath, readError: readFailure(error, locale) };
    }
    results.push(result);
    onResult?.(result, failure);
  }
  return results;
}
