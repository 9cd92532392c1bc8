import { figureAmount } from "../figures";
import { eachAction, unitCode } from "../queries";
import { isRounding, round2, sameAmount } from "../amounts";
import { defineRule } from "./rule";

/** A responsible unit's assigned amount equals the sum of its activities' amounts (all pages). */
export const urInvestment = defineRule({
  id: "ur-investment",
  severity: "error",
  name: { es: "La UR no suma sus actividades", en: "The UR does not add up to its activities" },
  fix: {
    es: "Ajuste el monto asignado a la UR o los montos de sus actividades.",
    en: "Adjust the UR's assigned amount or its activities' amounts.",
  },
  messages: {
    mismatch: {
      es: "La {unit} ({code}) tiene asignados {expected|money}, pero sus actividades suman {actual|money}: {diff|gapMoney} {diff|side} que lo asignado.",
      en: "The {unit} ({code}) is assigned {expected|money}, but its activities add up to {actual|money}: {diff|gapMoney} {diff|side} than assigned.",
    },
    rounding: {
      es: "La {unit} ({code}) tiene asignados {expected|money} y sus {count|num} actividades suman {actual|money}: la diferencia es de redondeo al repartir el monto.",
      en: "The {unit} ({code}) is assigned {expected|money} and its {count|num} activities add up to {actual|money}: the difference is rounding from splitting the amount.",
    },
  },
  docs: {
    es: "El monto asignado a cada unidad responsable (UR) es la suma del monto asignado a sus actividades, en todas las páginas (redondeo: menos de un peso, o hasta n × $0.50 cuando el monto se repartió en n partes iguales: advertencia).",
    en: "Each responsible unit's (UR) assigned amount is the sum of its activities' assigned amounts, across all pages (rounding: under one peso, or up to n × $0.50 when it was split into n equal parts: warning).",
  },
  check({ workbook, report }) {
    const pages = [...eachAction(workbook)].filter((a) => a.institutional);
    if (pages.length === 0) return;
    // A row whose UR cannot be told (it slid and could not be lined up) leaves every sum unknown.
    if (pages.some((p) => p.activities.some((a) => !a.followUp?.ur?.text))) return;
    // Amounts by UR code ("6" and "06" are the same unit); null once one amount is unreadable.
    const amounts = new Map<string, number[] | null>();
    for (const page of pages) {
      for (const activity of page.activities) {
        const code = unitCode(activity.followUp!.ur!.text);
        const amount = activity.inversion ? figureAmount(activity.inversion.figure) : null;
        const previous = amounts.has(code) ? amounts.get(code)! : [];
        amounts.set(code, amount === null || previous === null ? null : [...previous, amount]);
      }
    }
    const first = pages[0]!;
    for (const unit of first.institutional!.units) {
      const code = unitCode(unit.code.text);
      const assigned = unit.assigned.figure.kind === "number" ? unit.assigned.figure.value : null;
      const parts = amounts.get(code);
      if (!code || assigned === null || !parts) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sameAmount(sum, assigned)) continue;
      const diff = round2(sum - assigned);
      const rounding = isRounding(diff, parts);
      report(
        { sheet: first.sheet, cell: unit.assigned.cell, action: null },
        rounding ? "rounding" : "mismatch",
        { unit: unit.label.text, code: unit.code.text, expected: assigned, actual: round2(sum), diff, count: parts.length },
        { severity: rounding ? "warning" : "error", expected: assigned, actual: round2(sum) },
      );
    }
  },
});
