import { SEMAFORO } from "../followup/semaforo";
import { periodName, periodsToDate, trackedActivities, trackedProgress } from "../followup/tracked";
import type { FindingDraft, Rule } from "./types";

/** An activity in red at the cut-off says why in JUSTIFICACIÓN: the committee will ask. */
export const redJustification: Rule = {
  id: "red-justification",
  severity: "error",
  docs: {
    es: `Seguimiento: una actividad en rojo (avance al corte menor a ${Math.round(SEMAFORO.amarillo * 100)} %) tiene su JUSTIFICACIÓN.`,
    en: `Follow-up: an activity in red (progress to the cut-off under ${Math.round(SEMAFORO.amarillo * 100)}%) has its JUSTIFICACIÓN.`,
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const tracked of trackedActivities(workbook)) {
      const justification = tracked.justification;
      if (!justification) continue;
      const periods = periodsToDate(tracked);
      if (periods === 0) continue;
      const progress = trackedProgress(tracked, periods);
      if (progress.light !== "ROJO" || justification.text.trim() !== "") continue;
      findings.push({
        sheet: tracked.sheet,
        cell: justification.cell,
        action: tracked.action,
        messageId: "red-justification/missing",
        data: { activity: tracked.activity, avance: progress.avance, period: periodName(tracked, periods - 1), expected: progress.programmed, actual: progress.realized },
        expected: progress.programmed,
        actual: progress.realized,
      });
    }
    return findings;
  },
};
