import { parseFigure } from "../figures";
import { type Cell, type GridView, isCellError } from "../grid";
import type { LocatedFigure, LocatedText } from "../located";

export function cellText(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "VERDADERO" : "FALSO";
  return isCellError(value) ? value.error : "";
}

// Built as literals, not spreads: a big POA has hundreds of thousands of these cells.
export function locateText(view: GridView, row: number, col: number): LocatedText {
  const raw = view.value(row, col);
  return { cell: view.address(row, col), row, col, raw, text: cellText(raw) };
}

export function locateFigure(view: GridView, row: number, col: number): LocatedFigure {
  const raw = view.value(row, col);
  return { cell: view.address(row, col), row, col, raw, figure: parseFigure(raw) };
}
