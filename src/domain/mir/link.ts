import type { Action, Activity, WorkbookModel } from "../model";
import { eachAction, eachMir } from "../queries";
import { normalizeLabel } from "../text";
import type { Mir, MirRow } from "./model";
import { said } from "./queries";

/** Words that say nothing of what an activity is. */
const STOP = new Set(["PARA", "DESDE", "ENTRE", "SOBRE", "CADA", "ESTA", "ESTE", "ESTOS", "ESTAS", "COMO", "CUAL", "DONDE", "DURANTE", "MEDIANTE", "HACIA", "HASTA", "TODOS", "TODAS", "DICHO", "DICHA", "MUNICIPAL", "MUNICIPIO"]);

/** The words that name what an activity does, in order: four letters or more, plural and gender aside. */
function keywords(text: string): string[] {
  return normalizeLabel(text)
    .split(" ")
    .filter((w) => w.length >= 4 && !STOP.has(w))
    .map((w) => w.replace(/(ES|S)$/, "").replace(/[AO]$/, ""));
}

/**
 * Two names of the same activity: the same action first («Entrega», «Capacitación»), and most of
 * the shorter one's words in the other, two at least. «Depuración del padrón» is not
 * «Integración del padrón».
 */
export function sameActivity(a: string, b: string): boolean {
  if (normalizeLabel(a) === normalizeLabel(b)) return true;
  const x = keywords(a);
  const y = new Set(keywords(b));
  if (x.length === 0 || x[0] !== keywords(b)[0]) return false;
  const shared = new Set(x.filter((w) => y.has(w))).size;
  return shared >= 2 && shared / Math.min(new Set(x).size, y.size) >= 0.6;
}

/** Two units of measure that are the same: «Informes» and «informe», «Solicitud atendida» and «Solicitudes». */
export function sameUnit(a: string, b: string): boolean {
  const x = keywords(a).join(" ") || normalizeLabel(a);
  const y = keywords(b).join(" ") || normalizeLabel(b);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

export interface Linked {
  mir: Mir;
  row: MirRow;
  activities: Array<{ action: Action; activity: Activity }>;
}

/** Each MIR Actividad with the POA activities of the same workbook that carry it out (by name). */
export function linkMirToPoa(workbook: WorkbookModel): { linked: Linked[]; outside: Array<{ action: Action; activity: Activity }> } {
  const poa = [...eachAction(workbook)].flatMap((action) => action.activities.map((activity) => ({ action, activity })));
  const linked: Linked[] = [];
  const used = new Set<Activity>();
  for (const mir of eachMir(workbook)) {
    for (const row of mir.rows) {
      const name = row.level === "actividad" ? said(row, "resumen") : null;
      if (!name) continue;
      const activities = poa.filter(({ activity }) => sameActivity(activity.actividad.text, name.text));
      for (const { activity } of activities) used.add(activity);
      linked.push({ mir, row, activities });
    }
  }
  return { linked, outside: poa.filter(({ activity }) => !used.has(activity)) };
}
