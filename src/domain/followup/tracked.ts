import type { Figure } from "../figures";
import { MONTH_NAMES, QUARTER_CAPTIONS } from "../labels";
import type { LocatedFigure, LocatedText, WorkbookModel } from "../model";
import { activityName, eachAction } from "../queries";
import { displayText } from "../text";
import { actionNumberOf } from "./match";
import { progressTo, type Progress } from "./progress";

/**
 * An activity as far as its follow-up goes, whichever form holds it: a row pair of a
 * «Seguimiento» sheet (monthly) or an activity of the state form with its REALIZADO (quarterly).
 */
export interface Tracked {
  sheet: string;
  action: number | null;
  activity: string;
  kind: "monthly" | "quarterly";
  programmed: Figure[];
  realized: LocatedFigure[];
  anual: Figure | null;
  /** Periods up to the cut-off (months or quarters); null when the form does not say. */
  cutoff: number | null;
  /** Where a justification goes; undefined when the form has no such column. */
  justification: LocatedText | null | undefined;
}

export function periodName(tracked: Pick<Tracked, "kind">, index: number): string {
  return tracked.kind === "monthly" ? (MONTH_NAMES[index] ?? "") : (QUARTER_CAPTIONS[index] ?? "");
}

/** Periods that count: to the cut-off, or to the last period with something realized. */
export function periodsToDate(tracked: Tracked): number {
  if (tracked.cutoff !== null) return tracked.cutoff;
  let last = 0;
  tracked.realized.forEach((r, i) => {
    if (r.figure.kind !== "blank") last = i + 1;
  });
  return last;
}

export function trackedProgress(tracked: Tracked, periods = periodsToDate(tracked)): Progress {
  return progressTo(tracked.programmed, tracked.realized.map((r) => r.figure), tracked.anual, periods);
}

export function* trackedActivities(workbook: WorkbookModel): Generator<Tracked> {
  for (const sheet of workbook.sheets) {
    const followUp = sheet.followUp;
    if (!followUp) continue;
    for (const row of followUp.rows) {
      yield {
        sheet: sheet.name,
        action: actionNumberOf(row.action.text),
        activity: displayText(row.activity.text) || `fila ${row.row + 1}`,
        kind: "monthly",
        programmed: row.programmed.map((p) => p.figure),
        realized: row.realized,
        anual: row.anual?.figure ?? null,
        cutoff: followUp.cutoff?.month ?? null,
        justification: row.justification,
      };
    }
  }
  for (const action of eachAction(workbook)) {
    for (const activity of action.activities) {
      const followUp = activity.followUp;
      if (!followUp || activity.shifted || followUp.realized.length === 0) continue;
      yield {
        sheet: action.sheet,
        action: null,
        activity: activityName(activity),
        kind: "quarterly",
        programmed: activity.periods.map((p) => p.figure),
        realized: followUp.realized,
        anual: activity.anual?.figure ?? null,
        cutoff: null,
        justification: undefined,
      };
    }
  }
}
