import type { GridView } from "../grid";
import { OWN_TITLES } from "../sheets/titles";
import { captionKey } from "../text";

/** A title is a short cell; a long one is somebody's text, never one of ours. */
const MAX_TITLE = 120;
const OWN = Object.values(OWN_TITLES).map(captionKey);

/**
 * A sheet the add-in wrote (the observations, the batch status, the changes, the report), known
 * by its title in the first rows: its figures are no POA's, so the POA reader leaves it alone.
 */
export function isOwnSheet(view: GridView): boolean {
  const last = Math.min(view.lastRow, view.firstRow + 3);
  for (let row = view.firstRow; row <= last; row++) {
    for (const value of view.rowCells(row) ?? []) {
      if (typeof value !== "string" || value.length > MAX_TITLE) continue;
      const key = captionKey(value);
      if (OWN.some((title) => key.startsWith(title))) return true;
    }
  }
  return false;
}
