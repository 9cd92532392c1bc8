/** A1 addresses from 0-based sheet coordinates, and back. */

export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const COLUMN_NAMES: string[] = Array.from({ length: 256 }, (_, i) => columnName(i));

/** A column's letters, the first 256 from a table built once (a sheet writes them per cell). */
export function columnLetters(col: number): string {
  return col < 256 ? COLUMN_NAMES[col]! : columnName(col);
}

export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

const A1_PATTERN = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

export function parseA1(address: string): { row: number; col: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = A1_PATTERN.exec(bare.trim());
  if (!match) return null;
  const letters = match[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Parses "A1:C3" (or a single cell) into 0-based bounds. */
export function parseRange(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = a ? parseA1(a) : null;
  const end = b ? parseA1(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** `$F$4`: a cell that stays the same wherever the formula that names it is. */
export function absoluteA1(row: number, col: number): string {
  return `$${columnName(col)}$${row + 1}`;
}

/** `$AA$2:$AA$30`: a range that stays the same wherever it is named (a drop-down's source, a chart's series). */
export function absoluteRange(a: { top: number; left: number; bottom: number; right: number }): string {
  return `${absoluteA1(a.top, a.left)}:${absoluteA1(a.bottom, a.right)}`;
}

/** "POA 2022!F12" as a formula writes it: the sheet quoted, its quotes doubled. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
