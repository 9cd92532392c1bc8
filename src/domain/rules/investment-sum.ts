import { actionInvestment, actionNumber, eachAction } from "../queries";
import { isRounding, round2, sameAmount } from "../amounts";
import { figureAmount, sumFigures } from "../figures";
import { defineRule } from "./rule";

/** Σ INVERSIÓN APROX. POR ACTIVIDAD must equal the action's INVERSIÓN APROXIMADA. */
export const investmentSum = defineRule({
  id: "investment-sum",
  severity: "error",
  name: { es: "Las actividades no suman la inversión", en: "Activities do not add up to the investment" },
  fix: {
    es: "Ajuste la inversión de las actividades o la INVERSIÓN APROXIMADA de la acción.",
    en: "Adjust the activities' investment or the action's INVERSIÓN APROXIMADA.",
  },
  messages: {
    mismatch: {
      es: "La INVERSIÓN APROXIMADA de la acción {action|action} es {expected|money}, pero sus actividades suman {actual|money}: {diff|gapMoney} {diff|side} que la inversión.",
      en: "Action {action|action} has an INVERSIÓN APROXIMADA of {expected|money}, but its activities add up to {actual|money}: {diff|gapMoney} {diff|side} than the investment.",
    },
    rounding: {
      es: "La INVERSIÓN APROXIMADA de la acción {action|action} es {expected|money} y sus actividades suman {actual|money}: difieren solo por redondeo.",
      en: "Action {action|action} has an INVERSIÓN APROXIMADA of {expected|money} and its activities add up to {actual|money}: they differ by rounding only.",
    },
  },
  docs: {
    es: "La suma de la inversión por actividad es igual a la INVERSIÓN APROXIMADA de la acción (diferencias de redondeo a pesos: advertencia).",
    en: "Activity investments add up to the action's INVERSIÓN APROXIMADA (whole-peso rounding differences: warning).",
  },
  check({ workbook, report }) {
    for (const action of eachAction(workbook)) {
      const declared = actionInvestment(action);
      const cell = action.fields.inversion?.value.cell;
      if (declared === null || !cell || action.activities.length === 0) continue;
      const sum = sumFigures(action.activities.map((a) => a.inversion?.figure));
      if (sum === null || sameAmount(sum, declared)) continue;
      const diff = round2(sum - declared);
      const parts = action.activities.map((a) => (a.inversion ? (figureAmount(a.inversion.figure) ?? 0) : 0));
      const rounding = isRounding(diff, parts);
      report(
        { action, at: cell },
        rounding ? "rounding" : "mismatch",
        { action: actionNumber(action), expected: declared, actual: round2(sum), diff },
        { severity: rounding ? "warning" : "error", expected: declared, actual: round2(sum) },
      );
    }
  },
});
