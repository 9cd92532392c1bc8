import { MONTH_NAMES, QUARTER_CAPTIONS } from "./labels";
import type { CalendarRow, CalendarTable, LocatedFigure } from "./model";

/**
 * Where a budget line sits in the CONAC tree by its code: «1000» is a chapter, «1100» a concept,
 * «1130» a generic partida, «1131» a specific one (trailing zeros say the level); «111.1.1» is
 * three levels by its dots. Two codes compare only when written the same way.
 */
export interface CodePath {
  dotted: boolean;
  /** The significant part: «1100» → «11»; «111.1.1» → ["111","1","1"] joined. */
  parts: string[];
}

export function codePath(code: string | null): CodePath | null {
  if (code === null || !/^\d+(\.\d+)*$/.test(code)) return null;
  // Four digits are the COG's; any other code nests by its dots («111» over «111.1»).
  if (!/^\d{4}$/.test(code)) return { dotted: true, parts: code.split(".") };
  const significant = code.replace(/0+$/, "") || "0";
  return { dotted: false, parts: [...significant] };
}

/** Whether `child` lies under `parent`, at any depth. */
export function isUnder(child: CodePath, parent: CodePath): boolean {
  return child.dotted === parent.dotted && child.parts.length > parent.parts.length && parent.parts.every((p, i) => child.parts[i] === p);
}

/** The lines one level under `parent` that the table has (the nearest level present), or none. */
export function childrenOf(parent: CalendarRow, lines: readonly CalendarRow[]): CalendarRow[] {
  const at = codePath(parent.code);
  if (!at) return [];
  const under = lines.map((line) => ({ line, path: codePath(line.code) })).filter((x): x is { line: CalendarRow; path: CodePath } => x.path !== null && isUnder(x.path, at));
  if (under.length === 0) return [];
  const nearest = Math.min(...under.map((x) => x.path.parts.length));
  return under.filter((x) => x.path.parts.length === nearest).map((x) => x.line);
}

/** The lines no other line of the table is above: the chapters, or whatever is the top level. */
export function rootsOf(lines: readonly CalendarRow[]): CalendarRow[] {
  const paths = lines.map((line) => ({ line, path: codePath(line.code) }));
  return paths.filter((x) => x.path !== null && !paths.some((y) => y.path !== null && y !== x && isUnder(x.path!, y.path))).map((x) => x.line);
}

/** A table's figure columns, by name: the annual (an annex's TOTAL), then each month, quarter or funding source. */
export function calendarColumns(table: CalendarTable): ReadonlyArray<readonly [string, (line: CalendarRow) => LocatedFigure]> {
  const names = table.periodKind === "monthly" ? MONTH_NAMES : table.periodKind === "quarterly" ? QUARTER_CAPTIONS : (table.sources ?? []);
  const total = table.periodKind === "sources" ? table.totalCaption : "ANUAL";
  return [[total, (l) => l.annual], ...names.map((name, p): readonly [string, (line: CalendarRow) => LocatedFigure] => [name, (l) => l.periods[p]!])];
}
