/**
 * Small edits to the XML of a part, as text: the parts of a user's workbook are changed by
 * inserting and removing elements, never by parsing and writing them again, so what we do not
 * touch stays as it was, attribute order and all. Element names may carry a prefix (`x:sheet`).
 */

/** The namespaces of the parts we write. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Section {
  /** Where the element starts (`<`) and ends (after its `>` or its closing tag). */
  start: number;
  end: number;
  /** Where its content starts and ends; both at `end` for a self-closing element. */
  innerStart: number;
  innerEnd: number;
  prefix: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first element named `tag` (any prefix) at or after `from`, or null. */
export function section(xml: string, tag: string, from = 0): Section | null {
  const open = new RegExp(`<(\\w+:)?${escapeRegExp(tag)}(?=[\\s/>])`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const prefix = m[1] ?? "";
  const tagEnd = xml.indexOf(">", m.index);
  if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) return { start: m.index, end: tagEnd + 1, innerStart: tagEnd + 1, innerEnd: tagEnd + 1, prefix };
  const close = `</${prefix}${tag}>`;
  const closeAt = xml.indexOf(close, tagEnd);
  if (closeAt < 0) return null;
  return { start: m.index, end: closeAt + close.length, innerStart: tagEnd + 1, innerEnd: closeAt, prefix };
}

/** Every element named `tag` directly inside `xml` (no element of that name nests in another). */
export function elements(xml: string, tag: string): string[] {
  const found: string[] = [];
  for (let at = section(xml, tag); at; at = section(xml, tag, at.end)) found.push(xml.slice(at.start, at.end));
  return found;
}

export function attr(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}="([^"]*)"`).exec(element.slice(0, element.indexOf(">") + 1));
  return m?.[1];
}

/** The element's start tag with the attribute set (added when missing). */
export function withAttr(element: string, name: string, value: string): string {
  const tagEnd = element.indexOf(">");
  const head = element.slice(0, tagEnd + 1);
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}=")[^"]*(")`);
  const selfClosing = head.endsWith("/>");
  const changed = pattern.test(head) ? head.replace(pattern, `$1${value}$2`) : `${head.slice(0, selfClosing ? -2 : -1)} ${name}="${value}"${selfClosing ? "/>" : ">"}`;
  return changed + element.slice(tagEnd + 1);
}

/** Puts `prefix` on every element of a snippet written without one. */
export function prefixed(snippet: string, prefix: string): string {
  return prefix === "" ? snippet : snippet.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`);
}

const NEEDS_ESCAPE = /[<>&]/;

export function escapeText(text: string): string {
  // Most of a sheet's texts need nothing: tested first, they are not copied.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[<>&]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;"));
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}
