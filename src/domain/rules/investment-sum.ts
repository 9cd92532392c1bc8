import { sumFigures } from "../figures";
import { actionInvestment, actionNumber, eachAction, isRounding, round2, sameAmount } from "./helpers";
import { figureAmount } from "../figures";
import type { FindingDraft, Rule } from "./types";

/** Σ INVERSIÓN APROX. POR ACTIVIDAD must equal the action's INVERSIÓN APROXIMADA. */
export const investmentSum: Rule = {
  id: "investment-sum",
  severity: "error",
  docs: {
    es: "La suma de la inversión por actividad es igual a la INVERSIÓN APROXIMADA de la acción (diferencias de redondeo a pesos: advertencia).",
    en: "Activity investments add up to the action's INVERSIÓN APROXIMADA (whole-peso rounding differences: warning).",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      const declared = actionInvestment(action);
      const cell = action.fields.inversion?.value.cell;
      if (declared === null || !cell || action.activities.length === 0) continue;
      const sum = sumFigures(action.activities.map((a) => a.inversion?.figure));
      if (sum === null || sameAmount(sum, declared)) continue;
      const diff = round2(sum - declared);
      const number = actionNumber(action);
      const parts = action.activities.map((a) => (a.inversion ? (figureAmount(a.inversion.figure) ?? 0) : 0));
      const rounding = isRounding(diff, parts);
      findings.push({
        messageId: rounding ? "investment-sum/rounding" : "investment-sum/mismatch",
        severity: rounding ? "warning" : "error",
        data: { action: number, expected: declared, actual: round2(sum), diff },
        sheet: action.sheet,
        cell,
        action: number,
        expected: declared,
        actual: round2(sum),
      });
    }
    return findings;
  },
};
