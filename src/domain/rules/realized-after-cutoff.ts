import { monthName } from "../followup/cutoff";
import { periodName, trackedActivities } from "../followup/tracked";
import type { FindingDraft, Rule } from "./types";

/** Realized figures after the cut-off month count for nothing yet: typed early, or a stale cut-off. */
export const realizedAfterCutoff: Rule = {
  id: "realized-after-cutoff",
  severity: "warning",
  docs: {
    es: "Seguimiento: no hay REALIZADO en meses posteriores al MES DE CORTE (no cuentan en el avance).",
    en: "Follow-up: no REALIZADO in months after the cut-off month (they do not count toward progress).",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const tracked of trackedActivities(workbook)) {
      if (tracked.cutoff === null) continue;
      for (let i = tracked.cutoff; i < tracked.realized.length; i++) {
        const cell = tracked.realized[i]!;
        const figure = cell.figure;
        if (figure.kind === "blank" || figure.kind === "dash" || (figure.kind === "number" && figure.value === 0)) continue;
        findings.push({
          sheet: tracked.sheet,
          cell: cell.cell,
          action: tracked.action,
          messageId: "realized-after-cutoff/after",
          data: { activity: tracked.activity, period: periodName(tracked, i), cutoff: monthName(tracked.cutoff) },
        });
        break;
      }
    }
    return findings;
  },
};
