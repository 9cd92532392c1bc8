import { sumFigures } from "../figures";
import { isPercentage, parseFormula } from "../mir/formula";
import { mirIndicatorKey } from "../mir/indicatorSheet";
import { type Linked, linkMirToPoa, type PoaActivity, poaActivities, poaPool, sameUnit } from "../mir/link";
import { mirNumber, rowName, said } from "../mir/queries";
import type { Action, Activity, WorkbookModel } from "../model";
import { actionNumber, activityName, eachMir, followedIndicators } from "../queries";
import { displayText, normalizeLabel } from "../text";
import { defineRule, type RuleContext } from "./rule";

/** Each MIR Actividad is carried out by activities of the POA beside it, in the same unit and for the same meta. */
export const mirPoaLink = defineRule({
  id: "mir-poa-link",
  severity: "warning",
  name: { es: "La MIR y el POA no se corresponden", en: "The MIR and the POA do not match" },
  fix: {
    es: "Nombre igual la Actividad de la MIR y las actividades del POA que la realizan, con la misma unidad de medida y la misma meta.",
    en: "Name the MIR Actividad and the POA activities that carry it out alike, with the same unit of measure and the same target.",
  },
  messages: {
    linked: { es: "{row} se liga por su nombre con {count} actividad(es) del POA: {names}.", en: "{row} is linked by name with {count} POA activit(ies): {names}." },
    "linked-code": { es: "{row} se liga por su clave ({codes}) con {count} actividad(es) del POA: {names}.", en: "{row} is linked by its code ({codes}) with {count} POA activit(ies): {names}." },
    "unknown-code": {
      es: "{row} cita la actividad {code} del POA, que no está en este libro: revise la clave en ACTIVIDAD POA (en el formato estatal, el No. ACT o UR-No. ACT; en el municipal, acción.actividad, como 10.2).",
      en: "{row} names POA activity {code}, which is not in this workbook: check the code under ACTIVIDAD POA (on the state form, No. ACT or UR-No. ACT; on the municipal one, action.activity, such as 10.2).",
    },
    "no-poa": { es: "{row} no corresponde a ninguna actividad del POA de este libro (por su nombre): ligue cada Actividad de la MIR con las actividades que la realizan.", en: "{row} matches no activity of this workbook's POA (by name): link each MIR Actividad with the activities that carry it out." },
    "no-poa-files": {
      es: "{row} no corresponde a ninguna actividad de los POA revisados (por su nombre): ligue cada Actividad de la MIR con las actividades que la realizan, o escriba sus claves en ACTIVIDAD POA.",
      en: "{row} matches no activity of the POAs checked (by name): link each MIR Actividad with the activities that carry it out, or write their codes under ACTIVIDAD POA.",
    },
    unit: { es: "{row} se mide en «{mir}», pero su actividad del POA «{activity}» ({cell}) en «{poa}».", en: "{row} is measured in “{mir}”, but its POA activity “{activity}” ({cell}) in “{poa}”." },
    meta: { es: "La meta de {row} es {mir|num}, pero sus actividades del POA programan {poa|num} en el año.", en: "The target of {row} is {mir|num}, but its POA activities program {poa|num} for the year." },
    quarter: {
      es: "Lo programado de «{indicator}» en el trimestre {quarter} es {programmed|num}, pero sus actividades del POA programan {poa|num} ese trimestre ({accumulated|num} acumulado).",
      en: "The program of “{indicator}” in quarter {quarter} is {programmed|num}, but its POA activities program {poa|num} that quarter ({accumulated|num} accumulated).",
    },
    outside: { es: "{count} actividad(es) de la acción {action} no están en ninguna MIR del libro: {names}.", en: "{count} activit(ies) of action {action} are in no MIR of the workbook: {names}." },
    "outside-files": { es: "{count} actividad(es) de la acción {action} no están en ninguna MIR de los libros revisados: {names}.", en: "{count} activit(ies) of action {action} are in no MIR of the workbooks checked: {names}." },
  },
  docs: {
    es: "Con una MIR y un POA en el mismo libro, o en libros distintos revisados juntos (`poa validar` con varios archivos): cada Actividad de la MIR tiene actividades del POA que la realizan (por las claves de su columna ACTIVIDAD POA, si la tiene; si no, por su nombre), con la misma unidad de medida, y si su indicador cuenta lo mismo que ellas, la misma meta anual; las actividades del POA que no están en ninguna MIR se dicen por acción.",
    en: "With a MIR and a POA in the same workbook, or in different workbooks checked together (`poa validar` with several files): each MIR Actividad has POA activities that carry it out (by the codes in its ACTIVIDAD POA column, if it has one; by name otherwise), with the same unit of measure and, if its indicator counts what they count, the same annual target; the POA activities in no MIR are said per action.",
  },
  check({ workbook, report }) {
    const poa = poaActivities(workbook);
    if ([...eachMir(workbook)].length === 0 || poa.length === 0) return;
    const { linked, used } = linkMirToPoa(eachMir(workbook), poaPool(poa));
    reportLinks(linked, workbook, report);
    reportOutside(poa.filter(({ activity }) => !used.has(activity)), report);
  },
});

type Reporter = RuleContext<keyof typeof mirPoaLink.messages>["report"];

/** Where a POA activity is, for a message: its cell, and its file when it is another workbook's. */
function placeName({ action, activity, file }: PoaActivity): string {
  return `${file ? `${file} · ` : ""}${action.sheet}!${activity.actividad.cell}`;
}

/**
 * What each tie of a MIR's Actividades says, in the MIR's workbook: what was tied, a code no
 * POA has, an Actividad with no POA activity, a unit or a meta that differs, and the quarters of
 * its indicator sheet against the POA's months. `acrossFiles`: the POAs are other workbooks'.
 */
export function reportLinks(linked: readonly Linked[], mirWorkbook: WorkbookModel, report: Reporter, acrossFiles = false): void {
  const indicatorRows = followedIndicators(mirWorkbook);
  for (const { mir, row, activities, by, unknownCodes } of linked) {
    const at = { sheet: mir.sheet, action: null };
    for (const code of unknownCodes) report({ ...at, cell: row.texts.poa!.cell }, "unknown-code", { row: rowName(row), code });
    if (activities.length === 0) {
      if (by === "name") report({ ...at, cell: row.texts.resumen!.cell }, acrossFiles ? "no-poa-files" : "no-poa", { row: rowName(row) });
      continue;
    }
    // Only an indicator that counts what the activities do (not a percentage of it) shares their unit and their meta.
    const metodo = said(row, "metodo");
    const parsed = metodo ? parseFormula(metodo.text) : null;
    const names = activities.map((p) => `«${displayText(p.activity.actividad.text)}» (${placeName(p)})`).join(", ");
    if (by === "code") report({ ...at, cell: row.texts.poa!.cell }, "linked-code", { row: rowName(row), codes: row.texts.poa!.text.trim(), count: activities.length, names }, { severity: "info" });
    else report({ ...at, cell: row.texts.resumen!.cell }, "linked", { row: rowName(row), count: activities.length, names }, { severity: "info" });
    const unidad = said(row, "unidad");
    const counts = (!parsed || ("formula" in parsed && !isPercentage(parsed.formula) && parsed.variables.length === 1)) && !!unidad && !/PORCENTAJE|TASA/.test(normalizeLabel(unidad.text));
    const odd = counts ? activities.find(({ activity }) => activity.unidad && activity.unidad.text.trim() !== "" && !sameUnit(activity.unidad.text, unidad!.text)) : undefined;
    if (unidad && odd) {
      report({ ...at, cell: unidad.cell }, "unit", { row: rowName(row), mir: unidad.text.trim(), activity: activityName(odd.activity), cell: placeName(odd), poa: odd.activity.unidad!.text.trim() });
      continue;
    }
    const meta = mirNumber(row.figures.meta?.figure);
    const program = sumFigures(activities.map(({ activity }) => activity.anual?.figure));
    if (counts && meta !== null && program !== null && Math.abs(meta - program) > 0.005) report({ ...at, cell: row.figures.meta!.cell }, "meta", { row: rowName(row), mir: meta, poa: program }, { expected: program, actual: meta });
    // The indicator's quarters, where its follow-up sheet programs them: the POA's months rolled up, each quarter or accumulated.
    const name = said(row, "indicador");
    const key = mirIndicatorKey(row);
    const followed = counts && key ? indicatorRows.get(key) : undefined;
    if (!followed) continue;
    let accumulated = 0;
    for (let q = 0; q < 4; q++) {
      const months = activities.map(({ activity }) => sumFigures(activity.periods.slice(3 * q, 3 * q + 3).map((p) => p.figure)));
      if (months.some((m) => m === null)) break;
      const quarter = months.reduce<number>((n, m) => n + m!, 0);
      accumulated += quarter;
      const programmed = followed.programmed[q];
      const value = programmed?.figure.kind === "number" ? programmed.figure.value : null;
      if (value === null || [quarter, accumulated].some((v) => Math.abs(v - value) <= 0.005)) continue;
      report({ sheet: followed.sheet, cell: programmed!.cell, action: null }, "quarter", { indicator: name!.text.trim(), quarter: q + 1, programmed: value, poa: quarter, accumulated }, { expected: quarter, actual: value });
    }
  }
}

/** The POA activities no MIR Actividad took, one note per action, in the POA's workbook (`acrossFiles`: no MIR of the run). */
export function reportOutside(outside: readonly PoaActivity[], report: Reporter, acrossFiles = false): void {
  const byAction = new Map<Action, Activity[]>();
  for (const { action, activity } of outside) byAction.set(action, [...(byAction.get(action) ?? []), activity]);
  for (const [action, activities] of byAction) {
    const names = activities.slice(0, 3).map((a) => `«${displayText(a.actividad.text)}»`).join(", ") + (activities.length > 3 ? ", …" : "");
    report({ action, at: activities[0]!.actividad }, acrossFiles ? "outside-files" : "outside", { count: activities.length, action: actionNumber(action) ?? "sin número", names }, { severity: "info" });
  }
}
