import { displayText } from "../text";
import { actionNumber, eachAction } from "../queries";
import { defineRule } from "./rule";

/** Action numbers are whole numbers, each used once. */
export const actionNumberRule = defineRule({
  id: "action-number",
  severity: "warning",
  name: { es: "Número de acción repetido o inválido", en: "Repeated or invalid action number" },
  fix: {
    es: "Dé a cada acción un número entero distinto.",
    en: "Give each action a different whole number.",
  },
  messages: {
    duplicate: {
      es: "El número de acción {action|action} se repite: también está en {other}.",
      en: "Action number {action|action} is repeated: it is also at {other}.",
    },
    "not-whole": {
      es: "El número de acción «{value}» no es un número entero.",
      en: "Action number “{value}” is not a whole number.",
    },
  },
  docs: {
    es: "Los números de acción son enteros y no se repiten.",
    en: "Action numbers are whole numbers and are not repeated.",
  },
  check({ workbook, report }) {
    const first = new Map<number, string>();
    for (const action of eachAction(workbook)) {
      const field = action.fields.numero;
      if (!field || field.value.text === "") continue;
      const number = actionNumber(action);
      if (number === null) {
        const value = displayText(field.value.text, 30);
        report({ sheet: action.sheet, cell: field.value.cell, action: null }, "not-whole", { value }, { actual: value });
        continue;
      }
      const where = `«${action.sheet}»!${field.value.cell}`;
      const earlier = first.get(number);
      if (earlier === undefined) {
        first.set(number, where);
        continue;
      }
      report({ action, at: field.value }, "duplicate", { action: number, other: earlier }, { actual: number });
    }
  },
});
