import type { Action, Activity, WorkbookModel } from "../model";
import { actionNumber, eachAction } from "../queries";
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

/** An activity's name as names are compared: folded, and its keywords. Made once per name. */
export interface FoldedName {
  label: string;
  words: string[];
  distinct: Set<string>;
}

export function foldedName(text: string): FoldedName {
  const words = keywords(text);
  return { label: normalizeLabel(text), words, distinct: new Set(words) };
}

/**
 * Two names of the same activity: the same action first («Entrega», «Capacitación»), and most of
 * the shorter one's words in the other, two at least. «Depuración del padrón» is not
 * «Integración del padrón».
 */
export function sameActivity(a: FoldedName, b: FoldedName): boolean {
  if (a.label === b.label) return true;
  if (a.words.length === 0 || a.words[0] !== b.words[0]) return false;
  let shared = 0;
  for (const w of a.distinct) if (b.distinct.has(w)) shared++;
  return shared >= 2 && shared / Math.min(a.distinct.size, b.distinct.size) >= 0.6;
}

/** Two units of measure that are the same: «Informes» and «informe», «Solicitud atendida» and «Solicitudes». */
export function sameUnit(a: string, b: string): boolean {
  const x = keywords(a).join(" ") || normalizeLabel(a);
  const y = keywords(b).join(" ") || normalizeLabel(b);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/**
 * A code as offices write it, compared part by part: «06-01», «6.1» and «6 - 1» are one code;
 * letters are kept («A1.2» is not «1.2»).
 */
export function poaCode(text: string): string {
  return normalizeLabel(text)
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join(".");
}

/** The codes a MIR row's «Actividad POA» cell gives: «6-1, 6-2», «10.1; 10.2», «1 y 3». */
export function poaCodesSaid(text: string): string[] {
  return text
    .split(/[,;\n]|\s+y\s+/i)
    .map(poaCode)
    .filter((code) => code !== "");
}

/**
 * The codes a POA activity answers to: on the state form its No. ACT, alone or after its UR
 * («1», «6-1»); on the municipal form, its action's number and its place in the action («10.2»).
 */
function activityCodes(action: Action, activity: Activity): string[] {
  const number = activity.followUp?.number?.text.trim();
  if (number) {
    const ur = activity.followUp?.ur?.text.trim();
    return [poaCode(number), ...(ur ? [poaCode(`${ur}-${number}`)] : [])];
  }
  const actionNo = actionNumber(action);
  return actionNo === null ? [] : [poaCode(`${actionNo}.${action.activities.indexOf(activity) + 1}`)];
}

/** A POA activity a MIR may be tied to: in the MIR's own workbook (file null) or in another of the same run. */
export interface PoaActivity {
  action: Action;
  activity: Activity;
  file: string | null;
}

export interface Linked {
  mir: Mir;
  row: MirRow;
  activities: PoaActivity[];
  /** How the row was tied: by the codes its «Actividad POA» cell gives, or by its name. */
  by: "code" | "name";
  /** Codes the row gives that no POA activity has. */
  unknownCodes: string[];
}

/** The POA activities of a workbook, as MIRs are tied to them. */
export function poaActivities(workbook: WorkbookModel, file: string | null = null): PoaActivity[] {
  return [...eachAction(workbook)].flatMap((action) => action.activities.map((activity) => ({ action, activity, file })));
}

/** POA activities ready to be tied: their codes and names folded once (a run may tie 42 MIRs to 67 POAs). */
export interface PoaPool {
  activities: ReadonlyArray<PoaActivity & { codes: string[]; name: FoldedName }>;
}

export function poaPool(poa: readonly PoaActivity[]): PoaPool {
  return { activities: poa.map((p) => ({ ...p, codes: activityCodes(p.action, p.activity), name: foldedName(p.activity.actividad.text) })) };
}

/**
 * Each MIR Actividad with the POA activities that carry it out: by the codes it gives when it
 * gives them, by its name otherwise. `used` holds every POA activity some Actividad took.
 */
export function linkMirToPoa(mirs: Iterable<Mir>, pool: PoaPool): { linked: Linked[]; used: Set<Activity> } {
  const coded = pool.activities;
  const linked: Linked[] = [];
  const used = new Set<Activity>();
  for (const mir of mirs) {
    for (const row of mir.rows) {
      const name = row.level === "actividad" ? said(row, "resumen") : null;
      if (!name) continue;
      const codes = poaCodesSaid(said(row, "poa")?.text ?? "");
      const wanted = foldedName(name.text);
      const found = codes.length ? coded.filter(({ codes: own }) => own.some((c) => codes.includes(c))) : coded.filter((p) => sameActivity(wanted, p.name));
      for (const { activity } of found) used.add(activity);
      linked.push({
        mir,
        row,
        activities: found.map(({ action, activity, file }) => ({ action, activity, file })),
        by: codes.length ? "code" : "name",
        unknownCodes: codes.filter((code) => !coded.some(({ codes: own }) => own.includes(code))),
      });
    }
  }
  return { linked, used };
}
