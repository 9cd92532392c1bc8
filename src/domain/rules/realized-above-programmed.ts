import { isFarAbove } from "../followup/progress";
import { FAR_ABOVE } from "../followup/semaforo";
import { periodName, periodsToDate, trackedActivities, trackedProgress } from "../followup/tracked";
import { defineRule } from "./rule";

/**
 * Realized far above what was programmed to date (FAR_ABOVE times or more), or something
 * realized where nothing was programmed yet: a typo, a unit mix-up, or a program to update.
 */
export const realizedAboveProgrammed = defineRule({
  id: "realized-above-programmed",
  severity: "warning",
  name: { es: "Realizado muy por encima de lo programado", en: "Realized far above the program" },
  fix: {
    es: "Confirme la cifra (unidad de medida, un cero de más) o ajuste la programación del POA.",
    en: "Confirm the figure (unit of measure, an extra zero) or update the POA's program.",
  },
  messages: {
    "far-above": {
      es: "La actividad «{activity}» lleva realizado {actual|num} hasta {period}, {ratio|times} lo programado a esa fecha ({expected|num}). Revise la cifra o ajuste la programación.",
      en: "The activity “{activity}” has realized {actual|num} up to {period}, {ratio|times} what was programmed by then ({expected|num}). Check the figure or update the program.",
    },
    "nothing-programmed": {
      es: "La actividad «{activity}» lleva realizado {actual|num} hasta {period}, pero no tenía nada programado a esa fecha. Revise la cifra o ajuste la programación.",
      en: "The activity “{activity}” has realized {actual|num} up to {period}, but nothing was programmed by then. Check the figure or update the program.",
    },
  },
  docs: {
    es: `Seguimiento: lo realizado al corte no pasa de ${FAR_ABOVE} veces lo programado al corte, y no hay realizado donde aún no se programó nada.`,
    en: `Follow-up: realized to the cut-off is not ${FAR_ABOVE} times what was programmed to it or more, and nothing is realized where nothing was programmed yet.`,
  },
  check({ workbook, report }) {
    for (const tracked of trackedActivities(workbook)) {
      const periods = periodsToDate(tracked);
      if (periods === 0) continue;
      const progress = trackedProgress(tracked, periods);
      if (!isFarAbove(progress)) continue;
      let at = tracked.realized[0]!;
      for (const cell of tracked.realized.slice(0, periods)) if (cell.figure.kind !== "blank") at = cell;
      const data = { activity: tracked.activity, period: periodName(tracked, periods - 1), expected: progress.programmed, actual: progress.realized };
      report(
        { sheet: tracked.sheet, cell: at.cell, action: tracked.action },
        progress.programmed > 0 ? "far-above" : "nothing-programmed",
        progress.programmed > 0 ? { ...data, ratio: progress.realized / progress.programmed } : data,
        { expected: progress.programmed, actual: progress.realized },
      );
    }
  },
});
