import type { Action, LocatedText } from "../model";
import { normalizeLabel } from "../text";
import type { FindingDraft, Rule } from "./types";

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
export const headerConsistency: Rule = {
  id: "header-consistency",
  severity: "error",
  docs: {
    es: "El encabezado que se repite en cada página (institución, programa, unidades responsables y sus montos, claves de la clasificación funcional) dice lo mismo en todas.",
    en: "The header repeated on every page (institution, program, responsible units and their amounts, functional classification codes) says the same on all of them.",
  },
  check({ workbook }) {
    const pages = workbook.sheets.flatMap((s) => s.actions).filter((a) => a.institutional !== null);
    if (pages.length < 2) return [];
    const byField = new Map<string, Array<{ action: Action; value: LocatedText }>>();
    for (const action of pages) {
      for (const [field, value] of headerValues(action)) {
        if (value.text === "") continue;
        const list = byField.get(field) ?? [];
        list.push({ action, value });
        byField.set(field, list);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [field, list] of byField) {
      const counts = new Map<string, number>();
      for (const { value } of list) counts.set(normalizeLabel(value.text), (counts.get(normalizeLabel(value.text)) ?? 0) + 1);
      if (counts.size < 2) continue;
      const [majority] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const shown = list.find((e) => normalizeLabel(e.value.text) === majority)!.value.text;
      for (const { action, value } of list) {
        if (normalizeLabel(value.text) === majority) continue;
        findings.push({
          messageId: "header-consistency/differs",
          data: { field, expected: shown, actual: value.text },
          sheet: action.sheet,
          cell: value.cell,
          action: null,
          expected: shown,
          actual: value.text,
        });
      }
    }
    return findings;
  },
};
