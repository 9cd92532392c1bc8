/** Text normalization for matching labels the way people type them. */

const DIACRITICS = /[\u0300-\u036f]/g;
const TAGS = /<[^>]*>/g;
const NON_WORD = /[^A-Z0-9%]+/g;

/**
 * "<b>Partida presupuestal</b>." → "PARTIDA PRESUPUESTAL"; "PROPÓSITO" → "PROPOSITO".
 * Markup, accents, case, punctuation and runs of spaces do not matter.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(TAGS, " ")
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .toUpperCase()
    .replace(NON_WORD, " ")
    .trim();
}

/** A form's numbering of its captions, however far it runs: «(7)», «(24)», «(101)». */
const FOOTNOTE = /\(\s*\d+\s*\)/g;

/**
 * A caption as state forms print it, reduced to its words: "INSTITUCIÓN (1):" → "INSTITUCION",
 * "No. ACT (14)" → "NO ACT". Footnote marks are the form's numbering, not part of the caption.
 */
export function captionKey(text: string): string {
  return normalizeLabel(withoutFootnotes(text));
}

/** "META ANUAL (19)" → "META ANUAL  ": the form's numbering taken out. */
export function withoutFootnotes(text: string): string {
  return text.replace(FOOTNOTE, " ");
}

/** Readable text of a cell for messages: no markup, single spaces, clipped. */
export function displayText(text: string, max = 60): string {
  const clean = text.replace(TAGS, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Control characters shown as `\x1B`: text from a file never steers a terminal or hides in a message. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** "C:\\POA\\2024\\obras.xlsx" or "/home/x/obras.xlsx" → "obras.xlsx": paths do not print. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
