import type { HeaderField } from "../labels";
import type { Action, LayoutNote } from "../model";

/** What a freshly inserted template leaves empty; SECRETARÍA and the year may come filled in. */
const TYPED_FIELDS: HeaderField[] = ["nombre", "numero", "meta", "inversion", "objetivo", "linea", "estrategia", "proposito", "partida", "beneficiarios"];

/**
 * A template inserted and not yet filled in: one note instead of a required-field error per
 * empty cell, and no row in the summary. Anything typed in it (a name, an activity, a figure)
 * makes it an action like any other.
 */
export function unfilledTemplate(action: Action): LayoutNote | null {
  if (action.activities.length > 0 || action.tableHeader === null) return null;
  if (action.family === "institucional") {
    const header = action.institutional;
    const typed = header && (header.programa?.text || header.units.some((u) => u.code.text || u.assigned.figure.kind !== "blank") || header.classification.some((c) => c.code.text));
    return typed ? null : { kind: "unfilled-template", cell: action.anchor, data: {} };
  }
  const typed = TYPED_FIELDS.some((field) => (action.fields[field]?.value.text ?? "") !== "");
  return typed ? null : { kind: "unfilled-template", cell: action.anchor, data: {} };
}
