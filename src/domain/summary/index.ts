export { summarize, type SummaryEntry } from "./entries";
export { buildSummarySheet, placeSummary, SUMMARY_SHEET_NAME, SUMMARY_TABLE_NAME } from "./sheet";
