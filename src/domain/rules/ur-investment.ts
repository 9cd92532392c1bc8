import { figureAmount } from "../figures";
import { normalizeLabel } from "../text";
import { round2, sameAmount } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** A responsible unit's assigned amount equals the sum of its activities' amounts (all pages). */
export const urInvestment: Rule = {
  id: "ur-investment",
  severity: "error",
  docs: {
    es: "El monto asignado a cada unidad responsable (UR) es la suma del monto asignado a sus actividades, en todas las páginas (diferencia menor a un peso: advertencia).",
    en: "Each responsible unit's (UR) assigned amount is the sum of its activities' assigned amounts, across all pages (under one peso: warning).",
  },
  check({ workbook }) {
    const pages = workbook.sheets.flatMap((s) => s.actions).filter((a) => a.institutional);
    // A shifted row hides which UR it belongs to; the layout finding comes first.
    if (pages.length === 0 || pages.some((p) => p.activities.some((a) => a.shifted))) return [];
    const sums = new Map<string, number | null>();
    for (const page of pages) {
      for (const activity of page.activities) {
        const code = normalizeLabel(activity.followUp?.ur?.text ?? "");
        if (!code) continue;
        const amount = activity.inversion ? figureAmount(activity.inversion.figure) : null;
        const previous = sums.has(code) ? sums.get(code)! : 0;
        sums.set(code, amount === null || previous === null ? null : previous + amount);
      }
    }
    const findings: FindingDraft[] = [];
    const first = pages[0]!;
    for (const unit of first.institutional!.units) {
      const code = normalizeLabel(unit.code.text);
      const assigned = unit.assigned.figure.kind === "number" ? unit.assigned.figure.value : null;
      const sum = sums.get(code);
      if (!code || assigned === null || sum === undefined || sum === null || sameAmount(sum, assigned)) continue;
      const diff = round2(sum - assigned);
      const rounding = Math.abs(diff) < 1;
      findings.push({
        messageId: rounding ? "ur-investment/rounding" : "ur-investment/mismatch",
        severity: rounding ? "warning" : "error",
        data: { unit: unit.label.text, code: unit.code.text, expected: assigned, actual: round2(sum), diff },
        sheet: first.sheet,
        cell: unit.assigned.cell,
        action: null,
        expected: assigned,
        actual: round2(sum),
      });
    }
    return findings;
  },
};
