import { parseRange } from "../../domain/a1";
import { type Area, type Cell, isErrorText } from "../../domain/grid";

/** Office.js reports empty cells as "" and errors as their text; the grid says null and {error}. */
export function normalizeOfficeValue(value: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return isErrorText(value) ? { error: value } : value;
  return null;
}

/** "Hoja!A1:F1, Hoja!G1:R1" (a RangeAreas address) → 0-based areas. */
export function parseAreas(address: string): Area[] {
  const areas: Area[] = [];
  for (const part of address.split(",")) {
    const area = parseRange(part.trim());
    if (area) areas.push(area);
  }
  return areas;
}
