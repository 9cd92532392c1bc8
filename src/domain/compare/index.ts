export { type Change, type Comparison, compareReports, type Fate } from "./compare";
export { previousObservations } from "./observations";
export { buildChangesSheet, CHANGES_SHEET_NAME, CHANGES_TABLE_NAME, FATE_WORDS, KIND_WORDS } from "./sheet";
