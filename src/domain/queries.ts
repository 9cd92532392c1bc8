import { figureAmount, sumFigures } from "./figures";
import { followedKey, type IndicatorRow } from "./mir/indicatorReader";
import type { Mir, MirRow } from "./mir/model";
import type { Action, Activity, CalendarTable, LocatedText, SheetModel, WorkbookModel } from "./model";
import { mostCommon } from "./mostCommon";
import { displayText, normalizeLabel } from "./text";

/** What the rules, the summary, the comparison and the follow-up ask of a read workbook. */

export function* eachAction(workbook: WorkbookModel): Generator<Action> {
  for (const sheet of workbook.sheets) yield* sheet.actions;
}

/** Every budget calendar, with its sheet's name. */
export function* eachCalendar(workbook: WorkbookModel): Generator<{ sheet: string; table: CalendarTable }> {
  for (const sheet of workbook.sheets) for (const table of sheet.calendars ?? []) yield { sheet: sheet.name, table };
}

/** A sheet checked though it holds no POA: a follow-up sheet, a budget calendar, a MIR. */
export function checkedWithoutPoa(sheet: SheetModel): boolean {
  return sheet.followUp !== undefined || sheet.indicators !== undefined || (sheet.calendars?.length ?? 0) > 0 || (sheet.mirs?.length ?? 0) > 0;
}

/** Every MIR of the workbook. */
export function* eachMir(workbook: WorkbookModel): Generator<Mir> {
  for (const sheet of workbook.sheets) yield* sheet.mirs ?? [];
}

/** Every level's row of every MIR in the workbook, with its MIR: what most MIR rules go through. */
export function* eachMirRow(workbook: WorkbookModel): Generator<{ mir: Mir; row: MirRow }> {
  for (const mir of eachMir(workbook)) for (const row of mir.rows) yield { mir, row };
}

/** The rows of the workbook's indicator sheets, by key (followedKey), each with its sheet. */
export function followedIndicators(workbook: WorkbookModel): Map<string, IndicatorRow & { sheet: string }> {
  return new Map(workbook.sheets.flatMap((sheet) => (sheet.indicators?.rows ?? []).map((row) => [followedKey(row), { ...row, sheet: sheet.name }] as const)));
}

export function* eachActivity(workbook: WorkbookModel): Generator<{ action: Action; activity: Activity }> {
  for (const action of eachAction(workbook)) {
    for (const activity of action.activities) yield { action, activity };
  }
}

/** The action's number when it is a whole number, else null. */
export function actionNumber(action: Action): number | null {
  const figure = action.fields.numero?.figure;
  return figure?.kind === "number" && Number.isInteger(figure.value) ? figure.value : null;
}

export function activityName(activity: Activity): string {
  return displayText(activity.actividad.text) || `fila ${activity.row + 1}`;
}

/** Amount of the action's INVERSIÓN APROXIMADA, or null when missing or unreadable. */
export function actionInvestment(action: Action): number | null {
  const figure = action.fields.inversion?.figure;
  return figure && figure.kind !== "blank" ? figureAmount(figure) : null;
}

/**
 * A state form's program: its printed pages (one action each) share this key, and count once.
 * Null for a municipal action, which is its own.
 */
export function programKey(action: Action): string | null {
  if (!action.institutional) return null;
  return `${action.fields.secretaria?.value.text ?? ""}\u0000${action.fields.nombre?.value.text ?? ""}`;
}

/** What a state form's program has: the amounts assigned to its units (its first page's header). */
export function programInvestment(action: Action): number | null {
  const units = action.institutional?.units ?? [];
  return units.length > 0 ? sumFigures(units.map((u) => u.assigned.figure)) : null;
}

/** A state page's plan alignment by its caption («EJE RECTOR», «EJE GENERAL»), accents and footnote marks aside. */
export function pedValue(action: Action, caption: string): LocatedText | undefined {
  const key = normalizeLabel(caption);
  return action.institutional?.ped.find((p) => normalizeLabel(p.label.text).startsWith(key))?.value;
}

/** The secretaría a POA is from: what most of its actions say in SECRETARÍA (or INSTITUCIÓN). */
export function secretariaOf(model: WorkbookModel): string {
  return mostCommon([...eachAction(model)].flatMap((a) => a.fields.secretaria?.value.text.trim() || [])) ?? "";
}

/** The workbook's year: the one most of its «PROGRAMA OPERATIVO ANUAL <año>» titles give (ties: first seen). */
export function workbookYear(model: WorkbookModel): number | null {
  return mostCommon([...eachAction(model)].flatMap((a) => (a.title?.year ? [a.title.year] : [])));
}

/** "06", "6" and "06 " name the same responsible unit (UR). */
export function unitCode(text: string): string {
  const key = normalizeLabel(text);
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}

/** Sheet name of the summary row that gathers findings no action owns (a summary table, a stray row). */
export const NO_ACTION = "(sin acción)";
