import { classifyText, MONTH_NAMES } from "../labels";

/** "MARZO", "Mar", "3" → 3; anything else → null. Months are 1-based here, as people say them. */
export function monthOf(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const raw = String(text).trim();
  if (/^\d{1,2}$/.test(raw)) {
    const n = Number(raw);
    return n >= 1 && n <= 12 ? n : null;
  }
  const hit = classifyText(raw);
  return hit?.kind === "month" ? hit.month + 1 : null;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** The last month of quarter n (1–4). */
export function quarterEnd(quarter: number): number {
  return quarter * 3;
}

/**
 * The cut-off a user most likely wants: the last month already closed. A past year is followed
 * to December, a future one starts at January.
 */
export function defaultCutoff(year: number | null, today: Date = new Date()): number {
  const current = today.getFullYear();
  if (year === null || year === current) return Math.max(1, today.getMonth());
  return year < current ? 12 : 1;
}

/** «enero a marzo de 2026». */
export function periodText(cutoff: number, year: number | null): string {
  const to = monthName(cutoff).toLowerCase();
  const span = cutoff === 1 ? to : `enero a ${to}`;
  return year === null ? span : `${span} de ${year}`;
}
