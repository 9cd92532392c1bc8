import type { Grid } from "../grid";
import type { PreviousObservation } from "../observations";
import { normalizeLabel } from "../text";
import type { Comparison } from "./compare";

const HEADER = ["NO", "HOJA", "CELDA", "ACCION", "TIPO", "REGLA", "QUE ESTA MAL"];

/**
 * The observations an earlier version carries (its «Observaciones» sheet, found by its header
 * row), each marked «Atendida» when its finding was fixed and «Pendiente» when it is still there.
 */
export function previousObservations(earlier: readonly Grid[], comparison: Comparison): PreviousObservation[] {
  const fixed = new Set(comparison.findings.filter((f) => f.fate === "fixed").map((f) => key(f.finding.sheet, f.finding.action, f.finding.message)));
  const observations: PreviousObservation[] = [];
  for (const grid of earlier) {
    const headerAt = grid.values.findIndex((row) => row !== undefined && HEADER.every((h, i) => normalizeLabel(String(row[i] ?? "")) === h));
    if (headerAt < 0) continue;
    for (let r = headerAt + 1; r < grid.values.length; r++) {
      const row = grid.values[r];
      if (!row || typeof row[0] !== "number") break;
      const [, sheet, cell, action, , , message] = row;
      if (typeof sheet !== "string" || typeof message !== "string") continue;
      const number = typeof action === "number" ? action : null;
      observations.push({ sheet, cell: String(cell ?? ""), action: number, message, state: fixed.has(key(sheet, number, message)) ? "Atendida" : "Pendiente" });
    }
  }
  return observations;
}

function key(sheet: string, action: number | null, message: string): string {
  return `${sheet}\u0000${action ?? ""}\u0000${normalizeLabel(message)}`;
}
