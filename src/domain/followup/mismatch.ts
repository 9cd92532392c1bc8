import type { LayoutNote, WorkbookModel } from "../model";
import { displayText } from "../text";
import { actionNumberOf, followUpSheets, keyedRows, plannedActivities, plannedKeys } from "./match";

/**
 * The follow-up against the POA it follows: a row whose activity left the POA (removed or
 * renamed) and a POA activity the follow-up does not have yet. Both are fixed by inserting the
 * follow-up again, which keeps what was typed.
 */
export interface FollowUpMismatch {
  kind: Extract<LayoutNote["kind"], "followup-unmatched" | "followup-missing">;
  sheet: string;
  cell: string;
  action: number | null;
  data: { activity: string; action: string };
}

export function followUpMismatches(model: WorkbookModel): FollowUpMismatch[] {
  const sheets = followUpSheets(model);
  const planned = plannedActivities(model);
  if (sheets.length === 0 || planned.length === 0) return [];
  const findings: FollowUpMismatch[] = [];
  const keys = plannedKeys(planned);
  const planning = new Set(keys);
  const followed = new Set<string>();
  for (const { sheet, followUp } of sheets) {
    for (const { key, row } of keyedRows(followUp)) {
      followed.add(key);
      if (planning.has(key)) continue;
      findings.push({
        kind: "followup-unmatched",
        data: { activity: displayText(row.activity.text), action: row.action.text.trim() },
        sheet,
        cell: row.activity.cell,
        action: actionNumberOf(row.action.text),
      });
    }
  }
  for (const [i, p] of planned.entries()) {
    if (followed.has(keys[i]!)) continue;
    findings.push({
      kind: "followup-missing",
      data: { activity: displayText(p.activity.actividad.text), action: p.actionLabel },
      sheet: p.action.sheet,
      cell: p.activity.actividad.cell,
      action: actionNumberOf(p.actionLabel),
    });
  }
  return findings;
}
