import type { Locale } from "../../domain/i18n/format";
import type { Bilingual } from "../../workbook/errors";

export type Out = (text: string) => void;

/** What a command says when it is done, in the user's language. */
export const say = (text: Bilingual, lang: Locale) => `${text[lang]}\n`;

/** The exit status of a batch: 2 when some file could not be read, else what the command found. */
export const exitCode = (unreadable: number, otherwise = 0) => (unreadable > 0 ? 2 : otherwise);
