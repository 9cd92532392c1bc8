import { isFarAbove } from "../followup/progress";
import { FAR_ABOVE } from "../followup/semaforo";
import { periodName, periodsToDate, trackedActivities, trackedProgress } from "../followup/tracked";
import type { FindingDraft, Rule } from "./types";

/**
 * Realized far above what was programmed to date (FAR_ABOVE times or more), or something
 * realized where nothing was programmed yet: a typo, a unit mix-up, or a program to update.
 */
export const realizedAboveProgrammed: Rule = {
  id: "realized-above-programmed",
  severity: "warning",
  docs: {
    es: `Seguimiento: lo realizado al corte no pasa de ${FAR_ABOVE} veces lo programado al corte, y no hay realizado donde aún no se programó nada.`,
    en: `Follow-up: realized to the cut-off is not ${FAR_ABOVE} times what was programmed to it or more, and nothing is realized where nothing was programmed yet.`,
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const tracked of trackedActivities(workbook)) {
      const periods = periodsToDate(tracked);
      if (periods === 0) continue;
      const progress = trackedProgress(tracked, periods);
      if (!isFarAbove(progress)) continue;
      let at = tracked.realized[0]!;
      for (const cell of tracked.realized.slice(0, periods)) if (cell.figure.kind !== "blank") at = cell;
      const data = { activity: tracked.activity, period: periodName(tracked, periods - 1), expected: progress.programmed, actual: progress.realized };
      findings.push({
        sheet: tracked.sheet,
        cell: at.cell,
        action: tracked.action,
        messageId: progress.programmed > 0 ? "realized-above-programmed/far-above" : "realized-above-programmed/nothing-programmed",
        data: progress.programmed > 0 ? { ...data, ratio: progress.realized / progress.programmed } : data,
        expected: progress.programmed,
        actual: progress.realized,
      });
    }
    return findings;
  },
};
