import { figureAmount, sumFigures } from "../figures";
import { isFarAbove, progressTo } from "../followup/progress";
import { QUARTER_CAPTIONS } from "../labels";
import { activityName, eachActivity } from "../queries";
import { round2, sameAmount } from "../amounts";
import { defineRule } from "./rule";

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
export const avance = defineRule({
  id: "avance",
  severity: "error",
  name: { es: "Avance trimestral que no cuadra", en: "Quarterly progress that does not add up" },
  fix: {
    es: "Revise lo realizado, el TOTAL ACUMULADO y el % DE AVANCE de la actividad.",
    en: "Check the activity's realized figures, TOTAL ACUMULADO and % DE AVANCE.",
  },
  messages: {
    total: {
      es: "TOTAL ACUMULADO dice {actual|num}, pero lo REALIZADO en los trimestres suma {expected|num} en la actividad «{activity}».",
      en: "TOTAL ACUMULADO says {actual|num}, but what was REALIZADO in the quarters adds up to {expected|num} in activity “{activity}”.",
    },
    progress: {
      es: "% DE AVANCE dice {actual|num}, pero el acumulado ({total|num}) entre la meta anual ({meta|num}) da {expected|num} % en la actividad «{activity}».",
      en: "% DE AVANCE says {actual|num}, but the accumulated total ({total|num}) over the annual target ({meta|num}) gives {expected|num} % in activity “{activity}”.",
    },
    ahead: {
      es: "Lo realizado hasta el {quarter} ({actual|num}) rebasa lo calendarizado a esa fecha ({expected|num}) en la actividad «{activity}»; confirme la cifra o ajuste el calendario.",
      en: "What was realized up to the {quarter} ({actual|num}) exceeds what was scheduled by then ({expected|num}) in activity “{activity}”; confirm the figure or adjust the calendar.",
    },
  },
  docs: {
    es: "Seguimiento trimestral: TOTAL ACUMULADO = Σ REALIZADO y % DE AVANCE = acumulado / meta anual; lo realizado por encima de lo calendarizado a la fecha es advertencia.",
    en: "Quarterly follow-up: TOTAL ACUMULADO = Σ REALIZADO and % DE AVANCE = accumulated / annual target; realizing more than scheduled to date is a warning.",
  },
  check({ workbook, report }) {
    for (const { action, activity } of eachActivity(workbook)) {
      const followUp = activity.followUp;
      if (!followUp || activity.shifted) continue;
      const sum = sumFigures(followUp.realized.map((r) => r.figure));
      if (sum === null) continue;
      const realized = round2(sum);
      const name = activityName(activity);
      // A state page's findings belong to its program, not to a numbered action.
      const at = (cell: string) => ({ sheet: action.sheet, cell, action: null });
      const total = followUp.total;
      if (total?.figure.kind === "number" && !sameAmount(total.figure.value, realized)) {
        report(at(total.cell), "total", { activity: name, expected: realized, actual: total.figure.value }, { expected: realized, actual: total.figure.value });
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
          report(at(progress.cell), "progress", { activity: name, expected, actual: value, total: accumulated, meta }, { expected, actual: value });
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
        report(
          at(cell.cell),
          "ahead",
          { activity: name, quarter: QUARTER_CAPTIONS[q] ?? `trimestre ${q + 1}`, expected: scheduled, actual: done },
          { severity: "warning", expected: scheduled, actual: done },
        );
        break;
      }
    }
  },
});
