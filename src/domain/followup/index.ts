export { defaultCutoff, monthName, monthOf, periodText, quarterEnd } from "./cutoff";
export { buildFollowUpSheet, FOLLOWUP_CAPTIONS, FOLLOWUP_TABLE_NAME, PROGRAMADO, REALIZADO } from "./sheet";
export { buildQuarterlyReport, type QuarterlyReport, type ReportSource, type Semaforo, workbookSemaforo } from "./report";
export { buildQuarterlyReportSheet, REPORT_TABLE_NAME } from "./reportSheet";
export { FAR_ABOVE, lightOf, SEMAFORO, semaforoLegend } from "./semaforo";
export { followUpSheets, plannedActivities } from "./match";
