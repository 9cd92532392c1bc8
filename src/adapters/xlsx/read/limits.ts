import { escapeControls } from "../../../domain/text";
import { type Bilingual, WorkbookReadError } from "../../../workbook/errors";

/**
 * What reading one .xlsx may cost. The largest real POA we know (27 actions, four pages of the
 * state form) is a few hundred KB with a few thousand cells; the synthetic 1,000-action
 * workbook, far bigger than any real one, is 25,164 rows and 17,492 merged areas. Each limit
 * sits well above that and well below what would exhaust memory or time.
 */
export const READ_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 200 * 1024 * 1024,
  /** Entries in the zip. */
  zipEntries: 10_000,
  /** Everything inflated, all parts together. */
  inflatedBytes: 1024 * 1024 * 1024,
  /** One part's inflated size over its compressed size, checked once it passes `ratioFloor`. */
  inflationRatio: 200,
  ratioFloor: 16 * 1024 * 1024,
  sheets: 500,
  /** Cells written in one sheet (filled or only formatted). */
  cellsPerSheet: 5_000_000,
  mergesPerSheet: 200_000,
  /** Σ of the merged areas, each clipped to the rows and columns that hold cells. */
  mergedCellsPerSheet: 20_000_000,
  sharedStrings: 2_000_000,
  /**
   * Σ over a sheet's rows of the span from column A to the row's last cell: what the grid the
   * domain reads takes, however sparse the file. 5,000 rows with a value in A and in XFD are
   * 82 million; the 1,000-action synthetic workbook, about half a million.
   */
  gridCellsPerSheet: 10_000_000,
  /** One text node or tag: a cell holds at most 32,767 characters. */
  tokenChars: 4 * 1024 * 1024,
} as const;

export type ReadLimits = typeof READ_LIMITS;

const NUMBER = new Intl.NumberFormat("es-MX");
const NUMBER_EN = new Intl.NumberFormat("en-US");

/** A limit was reached: the file is refused with what and how much, never read in part. */
export function limitReached(what: Bilingual, limit: number, unit: Bilingual = { es: "", en: "" }): WorkbookReadError {
  return new WorkbookReadError("too-large", {
    es: `El libro rebasa un límite de lectura: ${what.es} (máximo ${NUMBER.format(limit)}${unit.es}). Un POA real queda muy por debajo; revise que sea el archivo correcto.`,
    en: `The workbook exceeds a reading limit: ${what.en} (at most ${NUMBER_EN.format(limit)}${unit.en}). A real POA is far below it; check that this is the right file.`,
  });
}

/**
 * A damaged file, said as someone who uses Excel says it: what happened (`plain`, when there are
 * plain words for it) and what to do. The technical reason goes to `detail`, shown with --debug.
 */
export function corrupt(technical: Bilingual, plain?: Bilingual): WorkbookReadError {
  return new WorkbookReadError(
    "corrupt",
    {
      es: `El archivo está dañado y no se puede leer${plain ? `: ${plain.es}` : ""}. Si Excel lo abre, guárdelo de nuevo desde Excel (Archivo → Guardar como → Libro de Excel); si no, pida el archivo otra vez.`,
      en: `The file is damaged and cannot be read${plain ? `: ${plain.en}` : ""}. If Excel opens it, save it again from Excel (File → Save As → Excel Workbook); if not, ask for the file again.`,
    },
    technical,
  );
}

/** What a file holds, quoted in a message: at most `max` characters, control characters escaped. */
export function excerpt(text: string, max = 80): string {
  const safe = escapeControls(text).replace(/[\n\t]/g, " ");
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** A file that ends before it should: copied or downloaded only in part. */
export const TRUNCATED: Bilingual = { es: "está incompleto, como si no se hubiera copiado o descargado entero", en: "it is incomplete, as if it had not been copied or downloaded whole" };
