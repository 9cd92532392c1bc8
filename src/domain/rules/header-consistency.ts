import type { Action, LocatedText } from "../model";
import { eachAction } from "../queries";
import { normalizeLabel } from "../text";
import { defineRule } from "./rule";

/** What every page header of a state institutional POA repeats, by a name for messages. */
function headerValues(action: Action): Array<[string, LocatedText]> {
  const header = action.institutional;
  if (!header) return [];
  const values: Array<[string, LocatedText]> = [];
  if (header.institucion) values.push(["INSTITUCIÓN", header.institucion]);
  if (header.programa) values.push(["PROGRAMA PRESUPUESTAL", header.programa]);
  for (const unit of header.units) {
    values.push([`${unit.label.text} (clave)`, unit.code]);
    values.push([`${unit.label.text} (monto asignado)`, { ...unit.assigned, text: unit.assigned.figure.kind === "number" ? String(unit.assigned.figure.value) : unit.assigned.raw === null ? "" : String(unit.assigned.raw) }]);
  }
  for (const c of header.classification) values.push([`${c.label.text} (clave)`, c.code]);
  return values;
}

/** The header repeated on every printed page says the same on every page. */
export const headerConsistency = defineRule({
  id: "header-consistency",
  severity: "error",
  name: { es: "El encabezado cambia entre páginas", en: "The header changes between pages" },
  fix: {
    es: "Escriba en esta página lo mismo que en las demás.",
    en: "Write on this page what the other pages say.",
  },
  messages: {
    differs: {
      es: "{field} dice «{actual}» en esta página, pero «{expected}» en las demás páginas del POA.",
      en: "{field} says “{actual}” on this page, but “{expected}” on the POA's other pages.",
    },
  },
  docs: {
    es: "El encabezado que se repite en cada página (institución, programa, unidades responsables y sus montos, claves de la clasificación funcional) dice lo mismo en todas.",
    en: "The header repeated on every page (institution, program, responsible units and their amounts, functional classification codes) says the same on all of them.",
  },
  check({ workbook, report }) {
    const pages = [...eachAction(workbook)].filter((a) => a.institutional !== null);
    if (pages.length < 2) return;
    const byField = new Map<string, Array<{ action: Action; value: LocatedText }>>();
    for (const action of pages) {
      for (const [field, value] of headerValues(action)) {
        if (value.text === "") continue;
        const list = byField.get(field) ?? [];
        list.push({ action, value });
        byField.set(field, list);
      }
    }
    for (const [field, list] of byField) {
      const counts = new Map<string, number>();
      for (const { value } of list) counts.set(normalizeLabel(value.text), (counts.get(normalizeLabel(value.text)) ?? 0) + 1);
      if (counts.size < 2) continue;
      const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const shown = list.find((e) => normalizeLabel(e.value.text) === majority)!.value.text;
      for (const { action, value } of list) {
        if (normalizeLabel(value.text) === majority) continue;
        report({ sheet: action.sheet, cell: value.cell, action: null }, "differs", { field, expected: shown, actual: value.text }, { expected: shown, actual: value.text });
      }
    }
  },
});
