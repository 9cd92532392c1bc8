import { uniqueSheetName } from "./spec";

export interface Placement {
  name: string;
  /** The add-in's earlier sheet of the same kind, replaced in its place. */
  replace: string | null;
  /** True when a user's own sheet took the usual name, so this one got another. */
  renamed: boolean;
}

/**
 * Where a sheet the add-in writes (the summary, the observations) goes: over the one it wrote
 * before (known by its table's name, never by the sheet's name), or under a fresh name. A sheet
 * the user made, even one called "Resumen", is never written over.
 */
export function placeAddinSheet(sheets: ReadonlyArray<{ name: string; ours: boolean }>, baseName: string): Placement {
  const ours = sheets.find((s) => s.ours);
  if (ours) return { name: ours.name, replace: ours.name, renamed: false };
  const name = uniqueSheetName(baseName, sheets.map((s) => s.name));
  return { name, replace: null, renamed: name !== baseName };
}
