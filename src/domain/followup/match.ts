import type { Action, Activity, FollowUpRow, FollowUpSheet, WorkbookModel } from "../model";
import { actionNumber } from "../queries";
import { normalizeLabel } from "../text";

/** A POA activity that can be followed month by month. */
export interface PlannedActivity {
  action: Action;
  activity: Activity;
  /** What the follow-up sheet writes in ACCIÓN: the number, or the action's name without one. */
  actionLabel: string;
}

/** The action as the follow-up names it. */
export function actionLabel(action: Action): string {
  const number = actionNumber(action);
  if (number !== null) return String(number);
  return (action.fields.numero?.value.text.trim() || action.fields.nombre?.value.text.trim()) ?? "";
}

/** ACCIÓN as typed («3», « 3 »), as a number when it is a whole one. */
export function actionNumberOf(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Rows are matched by action and activity name; a name repeated in one action by its order. */
function keyer(): (action: string, activity: string) => string {
  const seen = new Map<string, number>();
  return (action, activity) => {
    const base = `${normalizeLabel(action)}\u0000${normalizeLabel(activity)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}\u0000${n}`;
  };
}

/** The municipal activities with a monthly program, in the POA's order. */
export function plannedActivities(model: WorkbookModel): PlannedActivity[] {
  const planned: PlannedActivity[] = [];
  for (const sheet of model.sheets) {
    for (const action of sheet.actions) {
      if (action.periodKind !== "monthly" || action.family === "institucional") continue;
      const label = actionLabel(action);
      for (const activity of action.activities) planned.push({ action, activity, actionLabel: label });
    }
  }
  return planned;
}

/**
 * The keys that match planned activities to a follow-up's rows, in the same order. Asked only
 * when there is a follow-up sheet: folding ten thousand names for nothing took 40 ms.
 */
export function plannedKeys(planned: readonly PlannedActivity[]): string[] {
  const key = keyer();
  return planned.map((p) => key(p.actionLabel, p.activity.actividad.text));
}

/** The follow-up's rows by the same keys. */
export function keyedRows(followUp: FollowUpSheet): Array<{ key: string; row: FollowUpRow }> {
  const key = keyer();
  return followUp.rows.map((row) => ({ key: key(row.action.text, row.activity.text), row }));
}

/** The follow-up sheets of a workbook. */
export function followUpSheets(model: WorkbookModel): Array<{ sheet: string; followUp: FollowUpSheet }> {
  return model.sheets.flatMap((s) => (s.followUp ? [{ sheet: s.name, followUp: s.followUp }] : []));
}
