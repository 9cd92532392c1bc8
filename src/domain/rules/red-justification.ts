import { SEMAFORO } from "../followup/semaforo";
import { periodName, periodsToDate, trackedActivities, trackedProgress } from "../followup/tracked";
import { defineRule } from "./rule";

/** An activity in red at the cut-off says why in JUSTIFICACIÓN: the committee will ask. */
export const redJustification = defineRule({
  id: "red-justification",
  severity: "error",
  name: { es: "Actividad en rojo sin justificación", en: "Red activity without justification" },
  fix: {
    es: "Escriba en JUSTIFICACIÓN por qué la actividad va atrasada y qué se hará.",
    en: "Write in JUSTIFICACIÓN why the activity is behind and what will be done.",
  },
  messages: {
    missing: {
      es: "La actividad «{activity}» va en rojo: {avance|pct} de lo programado hasta {period} ({actual|num} de {expected|num}), y no tiene JUSTIFICACIÓN. Escriba por qué.",
      en: "The activity “{activity}” is red: {avance|pct} of what was programmed up to {period} ({actual|num} of {expected|num}), and it has no JUSTIFICACIÓN. Say why.",
    },
  },
  docs: {
    es: `Seguimiento: una actividad en rojo (avance al corte menor a ${Math.round(SEMAFORO.amarillo * 100)} %) tiene su JUSTIFICACIÓN.`,
    en: `Follow-up: an activity in red (progress to the cut-off under ${Math.round(SEMAFORO.amarillo * 100)}%) has its JUSTIFICACIÓN.`,
  },
  check({ workbook, report }) {
    for (const tracked of trackedActivities(workbook)) {
      const justification = tracked.justification;
      if (!justification) continue;
      const periods = periodsToDate(tracked);
      if (periods === 0) continue;
      const progress = trackedProgress(tracked, periods);
      if (progress.light !== "ROJO" || justification.text.trim() !== "") continue;
      report(
        { sheet: tracked.sheet, cell: justification.cell, action: tracked.action },
        "missing",
        { activity: tracked.activity, avance: progress.avance, period: periodName(tracked, periods - 1), expected: progress.programmed, actual: progress.realized },
        { expected: progress.programmed, actual: progress.realized },
      );
    }
  },
});
