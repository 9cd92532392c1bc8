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

/** A workbook that could not be opened at all; `message` is Spanish, `text(locale)` either language. */
export class WorkbookReadError extends Error {
  private readonly english: string;

  constructor(
    readonly reason: ReadFailure,
    text: Bilingual | string,
  ) {
    super(typeof text === "string" ? text : text.es);
    this.english = typeof text === "string" ? text : text.en;
    this.name = "WorkbookReadError";
  }

  text(locale: Locale): string {
    return locale === "en" ? this.english : this.message;
  }
}
