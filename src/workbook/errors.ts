import type { Locale } from "../domain/i18n/format";

export type ReadFailure =
  | "not-found"
  | "not-a-file"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "unreadable";

/** A message for the user in both of the product's languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/**
 * Something a user can meet and act on (a damaged file, a protected sheet, nothing to follow):
 * the pane and the CLI show `text(locale)` as it is, never a stack. `message` is the Spanish.
 */
export class UserError extends Error {
  constructor(readonly said: Bilingual) {
    super(said.es);
    this.name = "UserError";
  }

  text(locale: Locale): string {
    return this.said[locale];
  }
}

/** A workbook that could not be opened at all; `detail` is the technical reason, for --debug. */
export class WorkbookReadError extends UserError {
  constructor(
    readonly reason: ReadFailure,
    text: Bilingual,
    readonly detail: Bilingual | null = null,
  ) {
    super(text);
    this.name = "WorkbookReadError";
  }
}

/** A sheet Excel will not let the add-in write on. */
export class ProtectedSheetError extends UserError {
  constructor(readonly sheet: string) {
    super({
      es: `La hoja «${sheet}» está protegida: quite la protección (Revisar → Desproteger hoja) para marcar los hallazgos.`,
      en: `Sheet “${sheet}” is protected: unprotect it (Review → Unprotect Sheet) to mark the findings.`,
    });
    this.name = "ProtectedSheetError";
  }
}
