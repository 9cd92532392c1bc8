import { parseA1 } from "./a1";
import type { Grid } from "./grid";
import { formatMessage, type Locale, type MessageData } from "./i18n/format";
import type { PlanCatalog } from "./plan/catalog";
import type { WorkbookModel } from "./model";
import { readWorkbook } from "./reader";
import { RULES, type RuleId } from "./rules";
import { type FindingExtra, type Place, placeOf, type Rule, type RuleContext, type Severity } from "./rules/rule";

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  action: number | null;
  /** `<rule id>/<message>`, e.g. `monthly-sum/mismatch-monthly`. */
  messageId: string;
  data: Record<string, string | number | null>;
  message: string;
  expected: number | string | null;
  actual: number | string | null;
}

export interface ValidateOptions {
  locale?: Locale;
  scope?: RuleContext["scope"];
  /** Per-rule severity overrides; "off" silences a rule. */
  rules?: Partial<Record<RuleId, Severity | "off">>;
  /** The development plan to check the alignment against (`alignment-plan`). */
  plan?: PlanCatalog | null;
}

export interface ValidationReport {
  model: WorkbookModel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  stats: { sheets: number; actions: number; activities: number };
}

/** A finding of `rule`, its message in `locale`: what a rule reports, and what is found across files. */
export function findingOf(rule: Rule, place: Place, messageId: string, data: MessageData, extra: FindingExtra, locale: Locale): Finding {
  return {
    ruleId: rule.id as RuleId,
    severity: extra.severity ?? rule.severity,
    ...place,
    messageId: `${rule.id}/${messageId}`,
    data,
    message: formatMessage(rule.messages[messageId]![locale], data, locale),
    expected: extra.expected ?? null,
    actual: extra.actual ?? null,
  };
}

function runRule(rule: Rule, model: WorkbookModel, options: ValidateOptions, findings: Finding[]): void {
  const locale = options.locale ?? "es";
  const configured = options.rules?.[rule.id as RuleId];
  if (configured === "off") return;
  rule.check({
    workbook: model,
    scope: options.scope ?? "workbook",
    plan: options.plan ?? null,
    report(where, messageId, data = {}, extra = {}) {
      findings.push(findingOf(rule, placeOf(where), messageId, data, { ...extra, severity: configured ?? extra.severity }, locale));
    },
  });
}

export function validateModel(model: WorkbookModel, options: ValidateOptions = {}): ValidationReport {
  const findings: Finding[] = [];
  for (const rule of RULES) runRule(rule as unknown as Rule, model, options, findings);
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
