import type { Grid } from "../domain/grid";
import { fileNameOf } from "../domain/text";
import type { Bilingual } from "../workbook/errors";
import type { WorkbookReader } from "../workbook/types";

/**
 * A workbook a command works from: its sheets as read, or why it could not be read. The pane
 * hands over the open workbook; the CLI every file it was given, one at a time, so a folder of
 * dozens of POAs is never held in memory at once.
 */
export type Source = { file: string | null; grids: readonly Grid[] } | { file: string; unreadable: Bilingual };

export type Sources = Iterable<Source> | AsyncIterable<Source>;

/** The open workbook as the only source; `file` when the host tells its name. */
export async function* openWorkbook(workbook: WorkbookReader, file: string | null): AsyncGenerator<Source> {
  yield { file, grids: await workbook.readSheets() };
}

/** The name a sheet prints for a source: its file's name, without folders. */
export function fileLabel(file: string | null): string | null {
  return file === null ? null : fileNameOf(file);
}
