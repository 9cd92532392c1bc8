import { buildChangesSheet, type Comparison, compareReports, previousObservations } from "../domain/compare";
import type { Grid } from "../domain/grid";
import type { Locale } from "../domain/i18n/format";
import type { PreviousObservation } from "../domain/observations";
import { validateGrids } from "../domain/validate";
import type { SummaryPlacement, WorkbookWriter } from "../workbook/writer";

export interface VersionComparison {
  comparison: Comparison;
  /** The observations sent with the earlier version: attended to, or still pending. */
  previous: PreviousObservation[];
}

/** «Comparar con versión anterior…» and `poa comparar`: two versions of a POA compared as POAs. */
export function compareVersions(earlier: readonly Grid[], newer: readonly Grid[], locale: Locale): VersionComparison {
  const comparison = compareReports(validateGrids(earlier, { locale }), validateGrids(newer, { locale }));
  // The observations sheet is in Spanish: its lines are matched with the findings as Spanish says them.
  const inSpanish = locale === "es" ? comparison : compareReports(validateGrids(earlier), validateGrids(newer));
  return { comparison, previous: previousObservations(earlier, inSpanish) };
}

/**
 * The «Cambios» sheet, in Spanish whatever the user's language: it goes with the POA. `before` and
 * `after` name the two versions; `link` is how a cell of the new version is reached: "#" when the
 * sheet goes into it, "NUEVO.xlsx#" from a workbook beside it.
 */
export async function writeChanges(
  target: WorkbookWriter,
  earlier: readonly Grid[],
  newer: readonly Grid[],
  names: { before: string; after: string; link: string },
): Promise<SummaryPlacement> {
  return target.writeAddinSheet(buildChangesSheet(compareVersions(earlier, newer, "es").comparison, names));
}
