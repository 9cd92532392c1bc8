import { displayText } from "../text";
import { periodName, trackedActivities } from "../followup/tracked";
import type { FindingDraft, Rule } from "./types";

/** REALIZADO holds what Excel adds: a number. Text, even "12", is left out of every sum. */
export const realizedText: Rule = {
  id: "realized-text",
  severity: "error",
  docs: {
    es: "Seguimiento: lo REALIZADO de cada mes (o trimestre) es un número; un texto no se suma y el avance sale menor.",
    en: "Follow-up: REALIZADO for each month (or quarter) is a number; text is not added up and the progress comes out lower.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const tracked of trackedActivities(workbook)) {
      tracked.realized.forEach((cell, i) => {
        const figure = cell.figure;
        const base = { sheet: tracked.sheet, cell: cell.cell, action: tracked.action };
        const data = { activity: tracked.activity, period: periodName(tracked, i), value: displayText(String(typeof cell.raw === "object" && cell.raw ? cell.raw.error : cell.raw), 40) };
        if (figure.kind === "number" && figure.fromText) {
          findings.push({ ...base, messageId: "realized-text/number-as-text", data: { ...data, actual: figure.value }, actual: figure.value });
        } else if (figure.kind === "text" || figure.kind === "error") {
          findings.push({ ...base, messageId: "realized-text/not-a-number", data });
        }
      });
    }
    return findings;
  },
};
