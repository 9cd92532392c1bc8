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

export function corrupt(detail: Bilingual): WorkbookReadError {
  return new WorkbookReadError("corrupt", {
    es: `El archivo está dañado o no es un libro de Excel válido: ${detail.es}.`,
    en: `The file is damaged or not a valid Excel workbook: ${detail.en}.`,
  });
}
