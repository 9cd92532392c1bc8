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

/** A works annex's total column: «TOTAL», «INVERSIÓN TOTAL», «Monto total autorizado», «Total de la obra». */
const WORKS_TOTAL = /^(?:TOTAL(?: DE LA OBRA| AUTORIZADO| INVERSION)?|(?:IMPORTE|INVERSION|MONTO|COSTO|PRESUPUESTO)(?: AUTORIZAD[OA])? TOTAL(?: AUTORIZAD[OA])?)$/;
/** The funding sources a works annex splits its money into, as offices caption them. */
const SOURCES = new Set(["FEDERAL", "ESTATAL", "MUNICIPAL", "PROPIOS", "PROPIO", "FISM", "FISMDF", "FAISM", "FAIS", "FORTAMUN", "FORTAMUNDF", "FAFM", "FAFEF", "FASP", "FAM", "FASSA", "FAETA", "PARTICIPACIONES", "BENEFICIARIOS", "CREDITO", "PRIVADO", "PRIVADA", "OTROS", "OTRAS FUENTES", "OTRA FUENTE", "MIGRANTES", "COMUNIDAD"]);

/** «FEDERAL», «Recurso estatal», «Aportación de beneficiarios», «FONDO III», «RAMO 33» → true. */
function isFundingSource(text: string): boolean {
  const key = normalizeLabel(text);
  const bare = key.replace(/^(?:RECURSOS?|APORTACION(?:ES)?|INVERSION|MONTO|IMPORTE|PARTICIPACION|INGRESOS?)(?: (?:DE|DEL)(?: (?:LOS|LAS|LA|EL))?)? /, "");
  return SOURCES.has(bare) || /^(?:RAMO \d+|FONDO\b)/.test(key);
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
 * TOTAL ANUAL, Anual…) and the twelve months (or the four quarters) in order, then a row per
 * line of the budget; and works annexes, a TOTAL column and the funding sources, then a row per
 * work. Rows without figures (headings) are left out; TOTAL and SUBTOTAL rows are told by their words.
 */
export function readCalendars(view: GridView): CalendarTable[] {
  const tables: CalendarTable[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const found = readCalendarAt(view, row);
    if (!found) continue;
    if (found.table) tables.push(found.table);
    row = found.lastRow;
  }
  return tables;
}

/**
 * The calendar or works annex whose header is on `row` (null when none is), read down to its
 * last row: a table below the POA blocks on their own sheet is read from here too.
 */
export function readCalendarAt(view: GridView, row: number): { table: CalendarTable | null; lastRow: number } | null {
  const header = tableHeaderAt(view, row);
  if (!header) return null;
  const rows: CalendarRow[] = [];
  let blanks = 0;
  let last = row;
  for (let r = row + 1; r <= view.lastRow; r++) {
    const filled = [...view.filledCells(r)].filter(({ value }) => cellText(value) !== "");
    if (filled.length === 0) {
      if (++blanks > GAP_ROWS) break;
      continue;
    }
    if (tableHeaderAt(view, r)) break;
    blanks = 0;
    last = r;
    const annual = locateFigure(view, r, header.annual);
    const periods = header.periods.map((col) => locateFigure(view, r, col));
    if (annual.figure.kind === "blank" && periods.every((m) => m.figure.kind === "blank")) continue;
    const words = filled.filter(({ col }) => col < header.firstFigure).map(({ col, value }) => ({ col, text: cellText(value) }));
    // A work's number is not a CONAC code: an annex's rows nest under no chapter.
    const code = header.kind === "sources" ? null : (words.find((w) => CODE.test(w.text))?.text ?? null);
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
  const table: CalendarTable | null = rows.length > 0 ? { header: view.address(header.captionRow, header.annual), periodKind: header.kind, totalCaption: header.totalCaption, ...(header.sources ? { sources: header.sources } : {}), rows } : null;
  return { table, lastRow: last };
}

/** The first letters of a month, a quarter or a funding source, in the raw text. */
const HEADER_WORD = /^\s*(?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic|[1-4]|i{1,3}\b|iv\b|t\s*[1-4]|trim|primer|segundo|tercer|cuarto|federal|estatal|municipal|fism|faism|fais|fortamun|fafm|fafef|fasp|fam|fassa|faeta|fondo|ramo|recurso|aportaci|inversi|monto|importe|ingreso|particip|benefici|propio|cr[eé]dito|privad|otr[ao]s?|migrante|comunidad)/i;

/**
 * A calendar's or a works annex's header on this row; rows where no two texts start like a
 * month, a quarter or a funding source are passed over at once.
 */
function tableHeaderAt(view: GridView, row: number): TableHeader | null {
  return view.textsMatch(row, HEADER_WORD, 2) ? (calendarHeader(view, row) ?? worksHeader(view, row)) : null;
}

interface TableHeader {
  kind: CalendarTable["periodKind"];
  /** The column the others add up to, its caption, and the row that caption is on. */
  annual: number;
  totalCaption: string;
  captionRow: number;
  periods: number[];
  sources?: string[];
  firstFigure: number;
}

function calendarHeader(view: GridView, row: number): TableHeader | null {
  const months = new Map<number, number>();
  const quarters = new Map<number, number>();
  let annual: number | null = null;
  let totalCaption = "";
  for (const { col, value } of view.filledCells(row)) {
    if (isBlank(value) || typeof value !== "string") continue;
    const month = monthOf(value);
    const quarter = month === null ? quarterOf(value) : null;
    if (month !== null) {
      if (!months.has(month)) months.set(month, col);
    } else if (quarter !== null) {
      if (!quarters.has(quarter)) quarters.set(quarter, col);
    } else if (annual === null && ANNUAL_CAPTIONS.has(normalizeLabel(value))) {
      annual = col;
      totalCaption = cellText(value);
    }
  }
  if (annual === null) return null;
  // Twelve months, or else four quarters (a calendar by quarters has no month captions).
  const found = months.size === 12 ? months : months.size === 0 && quarters.size === 4 ? quarters : null;
  if (!found) return null;
  const cols = Array.from({ length: found.size }, (_, p) => found.get(p)!);
  if (cols.some((c, i) => i > 0 && c <= cols[i - 1]!)) return null;
  return { kind: cols.length === 12 ? "monthly" : "quarterly", annual, totalCaption, captionRow: row, periods: cols, firstFigure: Math.min(annual, cols[0]!) };
}

/**
 * A works annex's header: two or more funding sources and a TOTAL column, on the row or, in a
 * header of two rows (FUENTE DE FINANCIAMIENTO over the sources), the TOTAL on the row above.
 */
function worksHeader(view: GridView, row: number): TableHeader | null {
  const sources: Array<{ col: number; caption: string }> = [];
  for (const { col, value } of view.filledCells(row)) {
    if (typeof value === "string" && isFundingSource(value)) sources.push({ col, caption: cellText(value) });
  }
  if (sources.length < 2) return null;
  const total = (at: number) => {
    for (const { col, value } of view.filledCells(at)) {
      if (typeof value === "string" && WORKS_TOTAL.test(normalizeLabel(value)) && !sources.some((s) => s.col === col)) return { col, caption: cellText(value) };
    }
    return null;
  };
  const here = total(row);
  const found = here ?? (row > view.firstRow ? total(row - 1) : null);
  if (!found) return null;
  const captionRow = here ? row : row - 1;
  const { col: annual, caption } = found;
  const periods = sources.map((s) => s.col);
  return { kind: "sources", annual, totalCaption: caption, captionRow, periods, sources: sources.map((s) => s.caption), firstFigure: Math.min(annual, periods[0]!) };
}
