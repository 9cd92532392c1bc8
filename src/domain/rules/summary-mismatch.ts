import { figureAmount } from "../figures";
import type { Action, SummaryRow } from "../model";
import { normalizeLabel, displayText } from "../text";
import { actionInvestment, actionNumber, eachAction, NO_ACTION } from "../queries";
import { round2, sameAmount } from "../amounts";
import { defineRule } from "./rule";

function rowNumber(row: SummaryRow): number | null {
  const figure = row.number?.figure;
  return figure?.kind === "number" && Number.isInteger(figure.value) ? figure.value : null;
}

/** A summary table (ACCIÓN | INVERSIÓN) agrees with the actions it lists, and with its own total. */
export const summaryMismatch = defineRule({
  id: "summary-mismatch",
  severity: "error",
  name: { es: "El resumen no coincide con las acciones", en: "The summary disagrees with the actions" },
  fix: {
    es: "Corrija la fila del resumen o vuelva a generarlo con «Generar resumen».",
    en: "Fix the summary row, or write it again with “Generar resumen”.",
  },
  messages: {
    amount: {
      es: "El resumen dice {actual|money} para la acción {action|action}, pero su INVERSIÓN APROXIMADA es {expected|money}.",
      en: "The summary says {actual|money} for action {action|action}, but its INVERSIÓN APROXIMADA is {expected|money}.",
    },
    "absent-from-workbook": {
      es: "El resumen incluye la acción {action|action} «{name}», que no está en el libro.",
      en: "The summary lists action {action|action} “{name}”, which is not in the workbook.",
    },
    "missing-from-summary": {
      es: "La acción {action|action} «{name}» (hoja «{where}») no aparece en el resumen.",
      en: "Action {action|action} “{name}” (sheet “{where}”) is missing from the summary.",
    },
    "name-of-another": {
      es: "La fila dice acción {action|action}, pero «{name}» es el nombre de la acción {owner|action}; la acción {action|action} es «{own}».",
      en: "The row says action {action|action}, but “{name}” is the name of action {owner|action}; action {action|action} is “{own}”.",
    },
    total: {
      es: "El total del resumen es {actual|money}, pero sus filas suman {expected|money}.",
      en: "The summary total is {actual|money}, but its rows add up to {expected|money}.",
    },
  },
  docs: {
    es: "Una tabla resumen (ACCIÓN | INVERSIÓN) coincide con las acciones: mismos montos, ninguna acción de más o de menos, y el total es la suma de sus filas.",
    en: "A summary table (ACCIÓN | INVERSIÓN) agrees with the actions: same amounts, no action missing or extra, and the total adds up.",
  },
  check({ workbook, scope, report }) {
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
          const numbered = number !== null ? byNumber.get(number) : undefined;
          let action = numbered ?? named[0];
          // The row's number is one action's and its name another's: the name says which row it is,
          // and the action its number belongs to is left out (and said so below).
          if (numbered && named.length > 0 && !named.includes(numbered)) {
            action = named[0]!;
            report(
              { sheet: sheet.name, cell: row.name?.cell ?? row.number?.cell ?? row.amount.cell, action: number },
              "name-of-another",
              { action: number, name: displayText(name), owner: actionNumber(action), own: displayText(numbered.fields.nombre?.value.text ?? "") },
              { expected: actionNumber(action), actual: number },
            );
          }
          if (!action) {
            if (scope === "workbook") {
              const cell = row.number?.cell ?? row.name?.cell ?? row.amount.cell;
              report({ sheet: sheet.name, cell, action: number }, "absent-from-workbook", { action: number, name: displayText(name) }, { actual: number ?? name });
            }
            continue;
          }
          listed.add(action);
          if (number === null) for (const page of named) listed.add(page);
          const declared = actionInvestment(action);
          if (amount === null || declared === null || sameAmount(amount, declared)) continue;
          const owner = actionNumber(action);
          report({ sheet: sheet.name, cell: row.amount.cell, action: owner }, "amount", { action: owner, expected: declared, actual: amount }, { expected: declared, actual: amount });
        }
        const total = summary.total ? figureAmount(summary.total.figure) : null;
        if (summary.total && total !== null && totalReadable && !sameAmount(total, rowsTotal)) {
          report({ sheet: sheet.name, cell: summary.total.cell, action: null }, "total", { expected: round2(rowsTotal), actual: total }, { expected: round2(rowsTotal), actual: total });
        }
        if (scope !== "workbook") continue;
        for (const action of actions) {
          if (listed.has(action)) continue;
          const number = actionNumber(action);
          if (number === null && !action.fields.nombre?.value.text) continue;
          const name = displayText(action.fields.nombre?.value.text ?? "");
          report({ sheet: sheet.name, cell: summary.header, action: number }, "missing-from-summary", { action: number, name, where: action.sheet }, { expected: number });
        }
      }
    }
  },
});
