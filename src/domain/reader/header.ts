import { parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import { classifyText, HEADER_CAPTIONS, type HeaderField } from "../labels";
import type { Field, LayoutNote } from "../model";
import { normalizeLabel } from "../text";
import { cellText, locateText } from "./cells";
import type { HeaderLabel } from "./scan";

export interface HeaderResult {
  fields: Partial<Record<HeaderField, Field>>;
  notes: LayoutNote[];
  family: "municipal-2021" | "municipal-2022" | "unknown";
}

/**
 * Resolves each label of a header block to its value: typed in the label's own cell, in the
 * cell below (where the layouts put it), or else the next filled cell to its right. Values
 * left over with no label (a deleted "NÚMERO DE ACCIÓN" caption, say) are matched to the
 * missing numeric fields they can only be, and reported.
 */
export function readHeader(view: GridView, labels: HeaderLabel[], top: number, bottom: number): HeaderResult {
  const labelAt = new Set(labels.map((l) => key(l.row, l.col)));
  const used = new Set<number>(labelAt);
  const fields: Partial<Record<HeaderField, Field>> = {};
  const notes: LayoutNote[] = [];

  for (const label of labels) {
    if (fields[label.field]) continue;
    const field = resolveValue(view, label, bottom, labelAt);
    used.add(key(field.value.row, field.value.col));
    fields[label.field] = field;
  }

  for (const missing of ["numero", "inversion"] as const) {
    if (fields[missing]) continue;
    const orphan = findOrphan(view, top, bottom, used, missing);
    if (!orphan) continue;
    used.add(key(orphan.row, orphan.col));
    const value = locateText(view, orphan.row, orphan.col);
    fields[missing] = { labelCell: null, value, figure: parseFigure(value.raw) };
    notes.push({ kind: "inferred-label", cell: value.cell, data: { label: HEADER_CAPTIONS[missing] } });
  }

  return { fields, notes, family: familyOf(labels) };
}

function resolveValue(view: GridView, label: HeaderLabel, bottom: number, labelAt: Set<number>): Field {
  const labelCell = view.address(label.row, label.col);
  if (label.inline) {
    const value = { ...locateText(view, label.row, label.col), text: label.inline };
    return { labelCell, value, figure: parseFigure(label.inline) };
  }
  let slot: { row: number; col: number } | null = null;
  const below = label.row + 1;
  if (below <= bottom && !labelAt.has(key(below, label.col)) && !view.isCovered(below, label.col)) {
    slot = { row: below, col: label.col };
    if (!isBlank(view.value(below, label.col))) return fieldAt(view, labelCell, below, label.col, label.field);
  }
  for (let col = view.spanEnd(label.row, label.col) + 1; col <= view.lastCol; col++) {
    if (labelAt.has(key(label.row, col))) break;
    if (view.isCovered(label.row, col)) continue;
    if (!isBlank(view.value(label.row, col))) return fieldAt(view, labelCell, label.row, col, label.field);
  }
  const at = slot ?? { row: label.row, col: label.col };
  const value = locateText(view, at.row, at.col);
  return { labelCell, value: slot ? value : { ...value, raw: null, text: "" }, figure: { kind: "blank" } };
}

function fieldAt(view: GridView, labelCell: string, row: number, col: number, field: HeaderField): Field {
  const value = locateText(view, row, col);
  // A value that repeats its caption ("Partida presupuestal: 2111, 2611") is what follows it.
  const hit = typeof value.raw === "string" ? classifyText(value.raw) : null;
  if (hit?.kind === "header" && hit.field === field && hit.inline !== "") return { labelCell, value: { ...value, text: hit.inline }, figure: parseFigure(hit.inline) };
  return { labelCell, value, figure: parseFigure(value.raw) };
}

function findOrphan(
  view: GridView,
  top: number,
  bottom: number,
  used: Set<number>,
  field: "numero" | "inversion",
): { row: number; col: number } | null {
  for (let row = top; row <= bottom; row++) {
    for (const { col, value } of view.filledCells(row)) {
      if (used.has(key(row, col))) continue;
      const figure = parseFigure(value);
      if (figure.kind !== "number") continue;
      const money = view.numberFormat(row, col).includes("$") || cellText(value).includes("$");
      if (field === "inversion" && money) return { row, col };
      if (field === "numero" && !money && Number.isInteger(figure.value) && figure.value > 0 && figure.value < 10_000) {
        return { row, col };
      }
    }
  }
  return null;
}

function familyOf(labels: HeaderLabel[]): HeaderResult["family"] {
  let family: HeaderResult["family"] = "unknown";
  for (const label of labels) {
    const text = normalizeLabel(label.raw);
    if (text === "PRINCIPIO RECTOR" || label.field === "linea") return "municipal-2022";
    if (text === "EJE" || label.field === "objetivo") family = "municipal-2021";
  }
  return family;
}

function key(row: number, col: number): number {
  return row * 16_384 + col;
}
