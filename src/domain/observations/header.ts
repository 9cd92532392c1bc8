import type { WorkbookModel } from "../model";

/** The secretaría a POA is from: what most of its actions say in SECRETARÍA (or INSTITUCIÓN). */
export function secretariaOf(model: WorkbookModel): string {
  const counts = new Map<string, number>();
  for (const sheet of model.sheets) {
    for (const action of sheet.actions) {
      const name = action.fields.secretaria?.value.text.trim();
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best = "";
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most) {
      best = name;
      most = count;
    }
  }
  return best;
}

/** Today as printed on a Mexican form: dd/mm/aaaa. */
export function reviewDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("es-MX", { day: "2-digit", month: "2-digit", year: "numeric" }).format(now);
}
