import { figureAmount, sumFigures } from "../figures";
import { isFarAbove, progressTo } from "../followup/progress";
import { QUARTER_CAPTIONS } from "../labels";
import { activityName, eachAction, round2, sameAmount } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** How far a typed percentage may be from the exact one: half a unit of its last decimal. */
function shownAs(value: number, exact: number): boolean {
  const decimals = Math.min(4, (String(value).split(".")[1] ?? "").length);
  return Math.abs(value - exact) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * The quarterly follow-up adds up: TOTAL ACUMULADO = Σ REALIZADO, % DE AVANCE = acumulado / meta
 * (as the sheet rounds it; a fraction formatted as % is accepted too). Realizing more than was
 * scheduled by a quarter is only a warning.
 */
export const avance: Rule = {
  id: "avance",
  severity: "error",
  docs: {
    es: "Seguimiento trimestral: TOTAL ACUMULADO = Σ REALIZADO y % DE AVANCE = acumulado / meta anual; lo realizado por encima de lo calendarizado a la fecha es advertencia.",
    en: "Quarterly follow-up: TOTAL ACUMULADO = Σ REALIZADO and % DE AVANCE = accumulated / annual target; realizing more than scheduled to date is a warning.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      for (const activity of action.activities) {
        const followUp = activity.followUp;
        if (!followUp || activity.shifted) continue;
        const sum = sumFigures(followUp.realized.map((r) => r.figure));
        if (sum === null) continue;
        const realized = round2(sum);
        const name = activityName(activity);
        const base = { sheet: action.sheet, action: null };
        const total = followUp.total;
        if (total?.figure.kind === "number" && !sameAmount(total.figure.value, realized)) {
          findings.push({ ...base, messageId: "avance/total", cell: total.cell, data: { activity: name, expected: realized, actual: total.figure.value }, expected: realized, actual: total.figure.value });
        }
        const meta = activity.anual?.figure.kind === "number" ? activity.anual.figure.value : null;
        const progress = followUp.progress;
        // Judged against Σ REALIZADO: a wrong TOTAL ACUMULADO is its own finding, not two.
        const accumulated = realized;
        if (progress?.figure.kind === "number" && meta !== null && meta > 0) {
          const exact = (accumulated / meta) * 100;
          const value = progress.figure.value;
          if (!shownAs(value, exact) && !shownAs(round2(value * 100), exact) && !shownAs(value * 100, exact)) {
            const expected = Math.round(exact * 10) / 10;
            findings.push({ ...base, messageId: "avance/progress", cell: progress.cell, data: { activity: name, expected, actual: value, total: accumulated, meta }, expected, actual: value });
          }
        }
        // Far more than scheduled is realized-above-programmed's finding, not a second one here.
        const last = followUp.realized.reduce((at, r, q) => (r.figure.kind === "blank" ? at : q + 1), 0);
        if (isFarAbove(progressTo(activity.periods.map((p) => p.figure), followUp.realized.map((r) => r.figure), null, last))) continue;
        let scheduled = 0;
        let done = 0;
        for (let q = 0; q < followUp.realized.length; q++) {
          const cell = followUp.realized[q]!;
          scheduled += activity.periods[q] ? (figureAmount(activity.periods[q]!.figure) ?? 0) : 0;
          done += figureAmount(cell.figure) ?? 0;
          if (cell.figure.kind !== "number" || done <= scheduled) continue;
          findings.push({
            ...base,
            severity: "warning",
            messageId: "avance/ahead",
            cell: cell.cell,
            data: { activity: name, quarter: QUARTER_CAPTIONS[q] ?? `trimestre ${q + 1}`, expected: scheduled, actual: done },
            expected: scheduled,
            actual: done,
          });
          break;
        }
      }
    }
    return findings;
  },
};
