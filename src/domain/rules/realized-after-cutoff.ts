import { monthName } from "../followup/cutoff";
import { periodName, trackedActivities } from "../followup/tracked";
import { defineRule } from "./rule";

/** Realized figures after the cut-off month count for nothing yet: typed early, or a stale cut-off. */
export const realizedAfterCutoff = defineRule({
  id: "realized-after-cutoff",
  severity: "warning",
  name: { es: "Realizado después del mes de corte", en: "Realized after the cut-off month" },
  fix: {
    es: "Cambie el MES DE CORTE al último mes que se informa, o borre la cifra adelantada.",
    en: "Set MES DE CORTE to the last month reported, or delete the early figure.",
  },
  messages: {
    after: {
      es: "Hay REALIZADO en {period}, después del mes de corte ({cutoff}), en la actividad «{activity}»: no cuenta en el avance. Cambie el mes de corte o revise la cifra.",
      en: "There is REALIZADO in {period}, after the cut-off month ({cutoff}), in the activity “{activity}”: it does not count toward progress. Change the cut-off month or check the figure.",
    },
  },
  docs: {
    es: "Seguimiento: no hay REALIZADO en meses posteriores al MES DE CORTE (no cuentan en el avance).",
    en: "Follow-up: no REALIZADO in months after the cut-off month (they do not count toward progress).",
  },
  check({ workbook, report }) {
    for (const tracked of trackedActivities(workbook)) {
      if (tracked.cutoff === null) continue;
      for (let i = tracked.cutoff; i < tracked.realized.length; i++) {
        const cell = tracked.realized[i]!;
        const figure = cell.figure;
        if (figure.kind === "blank" || figure.kind === "dash" || (figure.kind === "number" && figure.value === 0)) continue;
        report({ sheet: tracked.sheet, cell: cell.cell, action: tracked.action }, "after", { activity: tracked.activity, period: periodName(tracked, i), cutoff: monthName(tracked.cutoff) });
        break;
      }
    }
  },
});
