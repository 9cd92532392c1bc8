import { figureAmount } from "../figures";
import type { Action, Activity, WorkbookModel } from "../model";
import { displayText, normalizeLabel } from "../text";

export function* eachAction(workbook: WorkbookModel): Generator<Action> {
  for (const sheet of workbook.sheets) yield* sheet.actions;
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

/** Sums match when they agree to the cent; floating point must not raise false alarms. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A difference that only rounding explains: under a peso, or, when an amount was split evenly
 * into n equal parts (697,403 into 10 × 69,740), up to n × $0.50.
 */
export function isRounding(diff: number, parts: ReadonlyArray<number>): boolean {
  if (Math.abs(diff) < 1) return true;
  const even = parts.length > 1 && parts.every((p) => sameAmount(p, parts[0]!));
  return even && Math.abs(diff) <= parts.length * 0.5 + 0.005;
}

/** "06", "6" and "06 " name the same responsible unit (UR). */
export function unitCode(text: string): string {
  const key = normalizeLabel(text);
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}
