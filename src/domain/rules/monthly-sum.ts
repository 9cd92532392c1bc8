import { sumFigures } from "../figures";
import { actionNumber, activityName, eachAction, round2, sameAmount } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** Σ of the 12 months (or 4 quarters) must equal the annual figure; "-" and blank count 0. */
export const monthlySum: Rule = {
  id: "monthly-sum",
  severity: "error",
  docs: {
    es: "La suma de la programación mensual (o trimestral) es igual a la programación anual.",
    en: "The monthly (or quarterly) program adds up to the annual program.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      for (const activity of action.activities) {
        if (activity.shifted || !activity.anual || activity.periods.length === 0) continue;
        const annual = activity.anual.figure;
        if (annual.kind !== "number") continue;
        const sum = sumFigures(activity.periods.map((p) => p.figure));
        if (sum === null || sameAmount(sum, annual.value)) continue;
        findings.push({
          messageId: action.periodKind === "quarterly" ? "monthly-sum/mismatch-quarterly" : "monthly-sum/mismatch-monthly",
          data: { expected: annual.value, actual: round2(sum), diff: round2(sum - annual.value), activity: activityName(activity) },
          sheet: action.sheet,
          cell: activity.anual.cell,
          action: actionNumber(action),
          expected: annual.value,
          actual: round2(sum),
        });
      }
    }
    return findings;
  },
};
