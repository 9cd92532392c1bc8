import { figureAmount } from "../figures";
import type { Action, SummaryRow } from "../model";
import { normalizeLabel, displayText } from "../text";
import { NO_ACTION } from "../summary/entries";
import { actionInvestment, actionNumber, eachAction, round2, sameAmount } from "./helpers";
import type { FindingDraft, Rule } from "./types";

function rowNumber(row: SummaryRow): number | null {
  const figure = row.number?.figure;
  return figure?.kind === "number" && Number.isInteger(figure.value) ? figure.value : null;
}

/** A summary table (ACCIÓN | INVERSIÓN) agrees with the actions it lists, and with its own total. */
export const summaryMismatch: Rule = {
  id: "summary-mismatch",
  severity: "error",
  docs: {
    es: "Una tabla resumen (ACCIÓN | INVERSIÓN) coincide con las acciones: mismos montos, ninguna acción de más o de menos, y el total es la suma de sus filas.",
    en: "A summary table (ACCIÓN | INVERSIÓN) agrees with the actions: same amounts, no action missing or extra, and the total adds up.",
  },
  check({ workbook, scope }) {
    const findings: FindingDraft[] = [];
    const actions = [...eachAction(workbook)];
    const byNumber = new Map<number, Action>();
    // By name, every block that carries it: the pages of one state program share its name.
    const byName = new Map<string, Action[]>();
    for (const action of actions) {
      const number = actionNumber(action);
      if (number !== null && !byNumber.has(number)) byNumber.set(number, action);
      const name = action.fields.nombre?.value.text;
      if (name) byName.set(normalizeLabel(name), [...(byName.get(normalizeLabel(name)) ?? []), action]);
    }

    for (const sheet of workbook.sheets) {
      for (const summary of sheet.summaries) {
        const listed = new Set<Action>();
        let rowsTotal = 0;
        let totalReadable = true;
        for (const row of summary.rows) {
          const amount = figureAmount(row.amount.figure);
          if (amount === null) totalReadable = false;
          else rowsTotal += amount;
          const number = rowNumber(row);
          const name = row.name?.text ?? "";
          // A row with neither number nor name (an action not filled in yet) has nothing to compare,
          // and the add-in's own row of findings outside the actions is no action.
          if ((number === null && name === "") || name.startsWith(NO_ACTION)) continue;
          const named = name ? (byName.get(normalizeLabel(name)) ?? []) : [];
          const action = (number !== null ? byNumber.get(number) : undefined) ?? named[0];
          if (!action) {
            if (scope === "workbook") {
              findings.push({
                messageId: "summary-mismatch/absent-from-workbook",
                data: { action: number, name: displayText(name) },
                sheet: sheet.name,
                cell: row.number?.cell ?? row.name?.cell ?? row.amount.cell,
                action: number,
                actual: number ?? name,
              });
            }
            continue;
          }
          listed.add(action);
          if (number === null) for (const page of named) listed.add(page);
          const declared = actionInvestment(action);
          if (amount === null || declared === null || sameAmount(amount, declared)) continue;
          findings.push({
            messageId: "summary-mismatch/amount",
            data: { action: actionNumber(action), expected: declared, actual: amount },
            sheet: sheet.name,
            cell: row.amount.cell,
            action: actionNumber(action),
            expected: declared,
            actual: amount,
          });
        }
        const total = summary.total ? figureAmount(summary.total.figure) : null;
        if (summary.total && total !== null && totalReadable && !sameAmount(total, rowsTotal)) {
          findings.push({
            messageId: "summary-mismatch/total",
            data: { expected: round2(rowsTotal), actual: total },
            sheet: sheet.name,
            cell: summary.total.cell,
            action: null,
            expected: round2(rowsTotal),
            actual: total,
          });
        }
        if (scope !== "workbook") continue;
        for (const action of actions) {
          if (listed.has(action)) continue;
          const number = actionNumber(action);
          if (number === null && !action.fields.nombre?.value.text) continue;
          findings.push({
            messageId: "summary-mismatch/missing-from-summary",
            data: { action: number, name: displayText(action.fields.nombre?.value.text ?? ""), where: action.sheet },
            sheet: sheet.name,
            cell: summary.header,
            action: number,
            expected: number,
            actual: null,
          });
        }
      }
    }
    return findings;
  },
};
