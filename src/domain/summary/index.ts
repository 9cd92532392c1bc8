export { noteRow, summarize, type SummaryEntry } from "./entries";
export { buildSummarySheet, SUMMARY_SHEET_NAME, SUMMARY_TABLE_NAME } from "./sheet";
