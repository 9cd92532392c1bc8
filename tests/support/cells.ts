import { toA1 } from "../../src/domain/a1";
import type { Grid } from "../../src/domain/grid";

/** A grid as address → value for its non-empty cells: how two adapters are compared. */
export function cellsOf(grid: Grid): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  grid.values.forEach((row, r) =>
    row?.forEach((value, c) => {
      if (value !== null) {
        const at = toA1(grid.origin.row + r, grid.origin.col + c);
        cells[at] = value;
        const format = grid.numberFormats?.[r]?.[c];
        if (format && format !== "General") cells[`${at}#format`] = format;
      }
    }),
  );
  return cells;
}

export function mergesOf(grid: Grid): string[] {
  return grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort();
}
