import { sumFigures } from "../figures";
import { activityName, eachActivity, eachCalendar } from "../queries";
import { displayText } from "../text";
import { round2, sameAmount } from "../amounts";
import { defineRule } from "./rule";

/** Σ of the 12 months (or 4 quarters) must equal the annual figure; "-" and blank count 0. */
export const monthlySum = defineRule({
  id: "monthly-sum",
  severity: "error",
  name: { es: "Los meses no suman lo anual", en: "Months do not add up to the annual figure" },
  fix: {
    es: "Corrija los meses (o trimestres) o la programación anual hasta que sumen lo mismo.",
    en: "Fix the months (or quarters) or the annual figure until they agree.",
  },
  messages: {
    "mismatch-monthly": {
      es: "La suma de los 12 meses es {actual|num}, pero la programación anual es {expected|num}: los meses suman {diff|gap} {diff|side} que la programación anual, en la actividad «{activity}».",
      en: "The 12 months add up to {actual|num}, but the annual program is {expected|num}: the months add up to {diff|gap} {diff|side} than the annual program, in activity “{activity}”.",
    },
    "mismatch-calendar": {
      es: "Los 12 meses de «{line}» suman {actual|num}, pero su total anual es {expected|num}: los meses suman {diff|gap} {diff|side} que lo anual.",
      en: "The 12 months of “{line}” add up to {actual|num}, but its annual total is {expected|num}: the months add up to {diff|gap} {diff|side} than the annual.",
    },
    "mismatch-calendar-quarterly": {
      es: "Los 4 trimestres de «{line}» suman {actual|num}, pero su total anual es {expected|num}: los trimestres suman {diff|gap} {diff|side} que lo anual.",
      en: "The 4 quarters of “{line}” add up to {actual|num}, but its annual total is {expected|num}: the quarters add up to {diff|gap} {diff|side} than the annual.",
    },
    "mismatch-quarterly": {
      es: "La suma de los 4 trimestres es {actual|num}, pero la meta anual es {expected|num}: los trimestres suman {diff|gap} {diff|side} que la meta anual, en la actividad «{activity}».",
      en: "The 4 quarters add up to {actual|num}, but the annual target is {expected|num}: the quarters add up to {diff|gap} {diff|side} than the annual target, in activity “{activity}”.",
    },
  },
  docs: {
    es: "La suma de la programación mensual (o trimestral) es igual a la programación anual; en un calendario de presupuesto, cada renglón.",
    en: "The monthly (or quarterly) program adds up to the annual program; in a budget calendar, every line.",
  },
  check({ workbook, report }) {
    for (const { sheet, table } of eachCalendar(workbook)) {
      for (const line of table.rows) {
        // A TOTAL or SUBTOTAL row adds up rows, and total-sum checks it column by column; a works
        // annex's sources are source-sum's.
        if (table.periodKind === "sources" || line.total || line.subtotal || line.annual.figure.kind !== "number") continue;
        const sum = sumFigures(line.periods.map((m) => m.figure));
        if (sum === null || sameAmount(sum, line.annual.figure.value)) continue;
        const expected = line.annual.figure.value;
        const name = [line.code, line.label?.text].filter(Boolean).join(" ") || `fila ${line.row + 1}`;
        report(
          { sheet, cell: line.annual.cell, action: null },
          table.periodKind === "monthly" ? "mismatch-calendar" : "mismatch-calendar-quarterly",
          { expected, actual: round2(sum), diff: round2(sum - expected), line: displayText(name) },
          { expected, actual: round2(sum) },
        );
      }
    }
    for (const { action, activity } of eachActivity(workbook)) {
      if (activity.shifted || !activity.anual || activity.periods.length === 0) continue;
      const annual = activity.anual.figure;
      if (annual.kind !== "number") continue;
      const sum = sumFigures(activity.periods.map((p) => p.figure));
      if (sum === null || sameAmount(sum, annual.value)) continue;
      report(
        { action, at: activity.anual },
        action.periodKind === "quarterly" ? "mismatch-quarterly" : "mismatch-monthly",
        { expected: annual.value, actual: round2(sum), diff: round2(sum - annual.value), activity: activityName(activity) },
        { expected: annual.value, actual: round2(sum) },
      );
    }
  },
});
