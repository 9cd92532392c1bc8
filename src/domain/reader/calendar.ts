import { type GridView, isBlank } from "../grid";
import { MONTH_NAMES } from "../labels";
import type { CalendarRow, CalendarTable } from "../model";
import { normalizeLabel } from "../text";
import { cellText, locateFigure, locateText } from "./cells";

/** What an annual column is called in the calendars offices keep beside their POAs. */
const ANNUAL_CAPTIONS = new Set(["ANUAL", "TOTAL ANUAL", "PROGRAMACION ANUAL", "META ANUAL", "TOTAL", "IMPORTE ANUAL", "PRESUPUESTO ANUAL", "AUTORIZADO ANUAL"]);
const MONTHS = MONTH_NAMES.map((m) => normalizeLabel(m));
/** A code as offices type them: «2111», «111.1.1», «1000». */
const CODE = /^\d[\d.]*$/;
/** Blank rows a table may hold (a page break, a gap before its total) before it is over. */
const GAP_ROWS = 2;

/** «1ER. TRIM», «2do trimestre», «TRIMESTRE 3», «Cuarto trimestre», «T1», «III TRIM» → 0–3; anything else null. */
function quarterOf(text: string): number | null {
  const key = normalizeLabel(text);
  const digit = /^(?:([1-4])\s*(?:ER|O|DO|RO|TO)?\s*TRIM(?:ESTRE)?|TRIM(?:ESTRE)?\s*([1-4])|T\s*([1-4]))$/.exec(key);
  if (digit) return Number(digit[1] ?? digit[2] ?? digit[3]) - 1;
  const word = /^(PRIMER|SEGUNDO|TERCER|CUARTO)\s+TRIM(?:ESTRE)?$/.exec(key) ?? /^(I|II|III|IV)\s+TRIM(?:ESTRE)?$/.exec(key);
  if (!word) return null;
  return ["PRIMER", "SEGUNDO", "TERCER", "CUARTO", "I", "II", "III", "IV"].indexOf(word[1]!) % 4;
}

/** «Enero», «ENE», «ene.» → 0; anything else null. */
function monthOf(text: string): number | null {
  const key = normalizeLabel(text);
  const full = MONTHS.indexOf(key);
  if (full >= 0) return full;
  const short = MONTHS.findIndex((m) => m.slice(0, 3) === key);
  return short >= 0 ? short : null;
}

/**
 * Budget calendars on a sheet with no POA block: a header row with an annual column (ANUAL,
 * TOTAL ANUAL, Anual…) and the twelve months (or the four quarters) in order, then a row per line of the budget. Rows
 * without figures (headings) are left out; TOTAL and SUBTOTAL rows are told by their words.
 */
export function readCalendars(view: GridView): CalendarTable[] {
  const tables: CalendarTable[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const header = calendarHeader(view, row);
    if (!header) continue;
    const rows: CalendarRow[] = [];
    let blanks = 0;
    let last = row;
    for (let r = row + 1; r <= view.lastRow; r++) {
      const filled = [...view.filledCells(r)].filter(({ value }) => cellText(value) !== "");
      if (filled.length === 0) {
        if (++blanks > GAP_ROWS) break;
        continue;
      }
      if (calendarHeader(view, r)) break;
      blanks = 0;
      last = r;
      const annual = locateFigure(view, r, header.annual);
      const periods = header.periods.map((col) => locateFigure(view, r, col));
      if (annual.figure.kind === "blank" && periods.every((m) => m.figure.kind === "blank")) continue;
      const words = filled.filter(({ col }) => col < header.firstFigure).map(({ col, value }) => ({ col, text: cellText(value) }));
      const code = words.find((w) => CODE.test(w.text))?.text ?? null;
      const named = words.find((w) => !CODE.test(w.text));
      const key = normalizeLabel(words.map((w) => w.text).join(" "));
      rows.push({
        row: r,
        label: named ? locateText(view, r, named.col) : null,
        code,
        total: /^TOTAL\b/.test(key) || /\bTOTAL GENERAL\b/.test(key),
        subtotal: /\bSUBTOTAL\b/.test(key),
        annual,
        periods,
      });
    }
    if (rows.length > 0) tables.push({ header: view.address(row, header.annual), periodKind: header.periods.length === 12 ? "monthly" : "quarterly", rows });
    row = last;
  }
  return tables;
}

function calendarHeader(view: GridView, row: number): { annual: number; periods: number[]; firstFigure: number } | null {
  const months = new Map<number, number>();
  const quarters = new Map<number, number>();
  let annual: number | null = null;
  for (const { col, value } of view.filledCells(row)) {
    if (isBlank(value) || typeof value !== "string") continue;
    const month = monthOf(value);
    const quarter = month === null ? quarterOf(value) : null;
    if (month !== null) {
      if (!months.has(month)) months.set(month, col);
    } else if (quarter !== null) {
      if (!quarters.has(quarter)) quarters.set(quarter, col);
    } else if (annual === null && ANNUAL_CAPTIONS.has(normalizeLabel(value))) annual = col;
  }
  if (annual === null) return null;
  // Twelve months, or else four quarters (a calendar by quarters has no month captions).
  const found = months.size === 12 ? months : months.size === 0 && quarters.size === 4 ? quarters : null;
  if (!found) return null;
  const cols = Array.from({ length: found.size }, (_, p) => found.get(p)!);
  if (cols.some((c, i) => i > 0 && c <= cols[i - 1]!)) return null;
  return { annual, periods: cols, firstFigure: Math.min(annual, cols[0]!) };
}
