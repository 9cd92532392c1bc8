export { defaultCutoff, monthName } from "./cutoff";
export { buildFollowUpSheet } from "./sheet";
export { buildQuarterlyReport, type QuarterlyReport, type ReportSource, type Semaforo, workbookSemaforo } from "./report";
export { buildQuarterlyReportSheet } from "./reportSheet";
export { followUpSheets } from "./match";
