import { sheetEntries } from "./graft";
import type { XlsxPackage } from "./package";
import { attr, escapeText, section } from "./xml";

/** "F12" → [row 12, column 6] (1-based), or null. */
function position(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

function cellXml(ref: string, style: string | undefined, value: string | number | null, p: string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null) return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t>${escapeText(value)}</${p}t></${p}is></${p}c>`;
}

/**
 * Types a value into one cell of one sheet, as Excel stores it: a number, an inline string, or
 * nothing; the cell keeps its format. Rows and cells stay in order; nothing else of the part moves.
 */
export function setCell(pkg: XlsxPackage, sheet: string, ref: string, value: string | number | null): void {
  const rel = sheetEntries(pkg).find((s) => s.name === sheet)?.rel;
  const at = position(ref);
  if (!rel || !at) return;
  let xml = pkg.text(rel.target)!;
  const [rowNumber, colNumber] = at;
  const data = section(xml, "sheetData")!;
  const p = data.prefix;
  const rows = [...xml.slice(data.innerStart, data.innerEnd).matchAll(new RegExp(`<${p}row\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/${p}row>)`, "g"))];
  const row = rows.find((m) => Number(attr(m[0], "r")) === rowNumber);
  if (!row) {
    const after = rows.find((m) => Number(attr(m[0], "r")) > rowNumber);
    const insertAt = after ? data.innerStart + after.index! : data.innerEnd;
    const fresh = `<${p}row r="${rowNumber}">${cellXml(ref, undefined, value, p)}</${p}row>`;
    xml = data.innerStart === data.end ? xml.replace(/<(\w+:)?sheetData\/>/, `<${p}sheetData>${fresh}</${p}sheetData>`) : xml.slice(0, insertAt) + fresh + xml.slice(insertAt);
  } else {
    const rowStart = data.innerStart + row.index!;
    let rowXml = row[0];
    if (rowXml.endsWith("/>")) rowXml = `${rowXml.slice(0, -2)}></${p}row>`;
    const cells = [...rowXml.matchAll(new RegExp(`<${p}c\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/${p}c>)`, "g"))];
    const same = cells.find((m) => attr(m[0], "r") === ref);
    if (same) {
      rowXml = rowXml.slice(0, same.index!) + cellXml(ref, attr(same[0], "s"), value, p) + rowXml.slice(same.index! + same[0].length);
    } else {
      const next = cells.find((m) => (position(attr(m[0], "r") ?? "")?.[1] ?? 0) > colNumber);
      const insertAt = next ? next.index! : rowXml.lastIndexOf("</");
      rowXml = rowXml.slice(0, insertAt) + cellXml(ref, undefined, value, p) + rowXml.slice(insertAt);
    }
    xml = xml.slice(0, rowStart) + rowXml + xml.slice(rowStart + row[0].length);
  }
  pkg.setText(rel.target, xml);
}
