import { parseFigure } from "../figures";
import { type Cell, type GridView, isCellError } from "../grid";
import type { Located, LocatedFigure, LocatedText } from "../model";

export function cellText(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "VERDADERO" : "FALSO";
  return isCellError(value) ? value.error : "";
}

export function locate(view: GridView, row: number, col: number): Located {
  return { cell: view.address(row, col), row, col, raw: view.value(row, col) };
}

export function locateText(view: GridView, row: number, col: number): LocatedText {
  const located = locate(view, row, col);
  return { ...located, text: cellText(located.raw) };
}

export function locateFigure(view: GridView, row: number, col: number): LocatedFigure {
  const located = locate(view, row, col);
  return { ...located, figure: parseFigure(located.raw) };
}
