import type { Finding } from "../domain/validate";
import type { PaneWorkbook } from "../workbook/pane";

/** «Marcar en la hoja»: the findings' cells highlighted by severity; returns how many. */
export function markFindings(workbook: PaneWorkbook, findings: readonly Finding[]): Promise<number> {
  return workbook.markFindings(findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })));
}

/** «Limpiar marcas»: every mark the add-in wrote goes, and nothing else; returns how many. */
export function clearMarks(workbook: PaneWorkbook): Promise<number> {
  return workbook.clearMarks();
}
