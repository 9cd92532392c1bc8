import type { Locale } from "../domain/i18n/format";
import { type ValidationReport, validateGrids } from "../domain/validate";
import { WorkbookReadError } from "../workbook/errors";
import { openWorkbookFile } from "./files";

export type FileResult = { filePath: string; report: ValidationReport } | { filePath: string; readError: string };

/** Validates each file on its own: one unreadable file never stops the others. */
export async function validateFiles(
  paths: readonly string[],
  locale: Locale,
  onProgress?: (done: number, total: number, path: string) => void,
  onResult?: (result: FileResult) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, filePath] of paths.entries()) {
    onProgress?.(index + 1, paths.length, filePath);
    try {
      const workbook = await openWorkbookFile(filePath);
      const report = validateGrids(await workbook.readSheets(), { locale });
      results.push({ filePath, report });
      onResult?.(results[results.length - 1]!);
    } catch (error) {
      const readError =
        error instanceof WorkbookReadError
          ? error.message
          : `Error inesperado al leer el archivo: ${error instanceof Error ? error.message : String(error)}`;
      results.push({ filePath, readError });
      onResult?.(results[results.length - 1]!);
    }
  }
  return results;
}
