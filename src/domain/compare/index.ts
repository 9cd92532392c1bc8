export { type Change, type Comparison, compareReports, type Fate } from "./compare";
export { type PreviousObservation, previousObservations } from "./observations";
export { buildChangesSheet, CHANGES_SHEET_NAME, CHANGES_TABLE_NAME, FATE_WORDS } from "./sheet";
