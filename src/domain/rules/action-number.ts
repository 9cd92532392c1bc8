import { displayText } from "../text";
import { actionNumber, eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** Action numbers are whole numbers, each used once. */
export const actionNumberRule: Rule = {
  id: "action-number",
  severity: "warning",
  docs: {
    es: "Los números de acción son enteros y no se repiten.",
    en: "Action numbers are whole numbers and are not repeated.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    const first = new Map<number, string>();
    for (const action of eachAction(workbook)) {
      const field = action.fields.numero;
      if (!field || field.value.text === "") continue;
      const number = actionNumber(action);
      if (number === null) {
        const value = displayText(field.value.text, 30);
        findings.push({
          messageId: "action-number/not-whole",
          data: { value },
          sheet: action.sheet,
          cell: field.value.cell,
          action: null,
          actual: value,
        });
        continue;
      }
      const where = `«${action.sheet}»!${field.value.cell}`;
      const earlier = first.get(number);
      if (earlier === undefined) {
        first.set(number, where);
        continue;
      }
      findings.push({
        messageId: "action-number/duplicate",
        data: { action: number, other: earlier },
        sheet: action.sheet,
        cell: field.value.cell,
        action: number,
        actual: number,
      });
    }
    return findings;
  },
};
