import type { FileResult } from "../../app/validate";

/** One JSON array, one object per file, findings without the engine's internal fields. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    if ("readError" in result) {
      return { filePath: result.filePath, errorCount: 0, warningCount: 0, infoCount: 0, readError: result.readError, findings: [] };
    }
    if ("skipped" in result) {
      return { filePath: result.filePath, errorCount: 0, warningCount: 0, infoCount: 0, skipped: result.skipped, findings: [] };
    }
    const { report } = result;
    return {
      filePath: result.filePath,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      infoCount: report.infoCount,
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        action: f.action,
        message: f.message,
        expected: f.expected,
        actual: f.actual,
      })),
    };
  });
  return JSON.stringify(files, null, 2);
}
