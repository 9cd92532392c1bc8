import type { WorkbookModel } from "../model";
import { mostCommon } from "../mostCommon";

/** The secretaría a POA is from: what most of its actions say in SECRETARÍA (or INSTITUCIÓN). */
export function secretariaOf(model: WorkbookModel): string {
  return mostCommon(model.sheets.flatMap((s) => s.actions.flatMap((a) => a.fields.secretaria?.value.text.trim() || []))) ?? "";
}

/** Today as printed on a Mexican form: dd/mm/aaaa. */
export function reviewDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("es-MX", { day: "2-digit", month: "2-digit", year: "numeric" }).format(now);
}
