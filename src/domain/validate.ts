import { parseA1 } from "./a1";
import type { Grid } from "./grid";
import { formatMessage, type Locale } from "./i18n/format";
import type { WorkbookModel } from "./model";
import { readWorkbook } from "./reader";
import { RULES } from "./rules";
import type { Finding, RuleContext, RuleId, Severity } from "./rules/types";

export interface ValidateOptions {
  locale?: Locale;
  scope?: RuleContext["scope"];
  /** Per-rule severity overrides; "off" silences a rule. */
  rules?: Partial<Record<RuleId, Severity | "off">>;
}

export interface ValidationReport {
  model: WorkbookModel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  stats: { sheets: number; actions: number; activities: number };
}

export function validateModel(model: WorkbookModel, options: ValidateOptions = {}): ValidationReport {
  const locale = options.locale ?? "es";
  const context: RuleContext = { workbook: model, scope: options.scope ?? "workbook" };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = options.rules?.[rule.id];
    if (configured === "off") continue;
    for (const draft of rule.check(context)) {
      findings.push({
        ruleId: rule.id,
        severity: configured ?? draft.severity ?? rule.severity,
        sheet: draft.sheet,
        cell: draft.cell,
        action: draft.action,
        messageId: draft.messageId,
        data: draft.data,
        message: formatMessage(draft.messageId, draft.data, locale),
        expected: draft.expected ?? null,
        actual: draft.actual ?? null,
      });
    }
  }
  sortFindings(findings, model);
  let actions = 0;
  let activities = 0;
  for (const sheet of model.sheets) {
    actions += sheet.actions.length;
    for (const action of sheet.actions) activities += action.activities.length;
  }
  return {
    model,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    infoCount: findings.filter((f) => f.severity === "info").length,
    stats: { sheets: model.sheets.length, actions, activities },
  };
}

export function validateGrids(grids: readonly Grid[], options: ValidateOptions = {}): ValidationReport {
  return validateModel(readWorkbook(grids), options);
}

/** Findings in reading order: sheet by sheet, top to bottom, left to right. */
function sortFindings(findings: Finding[], model: WorkbookModel): void {
  const sheetOrder = new Map(model.sheets.map((s, i) => [s.name, i]));
  const position = new Map<Finding, [number, number, number]>();
  for (const f of findings) {
    const at = parseA1(f.cell) ?? { row: 0, col: 0 };
    position.set(f, [sheetOrder.get(f.sheet) ?? 0, at.row, at.col]);
  }
  findings.sort((a, b) => {
    const pa = position.get(a)!;
    const pb = position.get(b)!;
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  });
}
