import type { Finding, RuleId, Severity } from "../domain/rules/types";
import type { ValidationReport } from "../domain/validate";

export interface FindingGroup {
  key: string;
  sheet: string;
  action: number | null;
  rules: Array<{ ruleId: RuleId; findings: Finding[] }>;
}

/** Findings grouped by sheet and action, then by rule, in reading order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.sheet}\u0000${finding.action ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, sheet: finding.sheet, action: finding.action, rules: [] };
      groups.set(key, group);
    }
    let rule = group.rules.find((r) => r.ruleId === finding.ruleId);
    if (!rule) {
      rule = { ruleId: finding.ruleId, findings: [] };
      group.rules.push(rule);
    }
    rule.findings.push(finding);
  }
  return [...groups.values()];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * A sheet re-checked on its own replaces that sheet's findings; the rest of an earlier
 * workbook check stays as it was.
 */
export function mergeSheetReport(previous: ValidationReport, sheet: string, fresh: ValidationReport): ValidationReport {
  const sheets = previous.model.sheets.map((s) => (s.name === sheet ? (fresh.model.sheets[0] ?? s) : s));
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const findings = [...previous.findings.filter((f) => f.sheet !== sheet), ...fresh.findings.filter((f) => f.sheet === sheet)];
  findings.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  const counts = countBySeverity(findings);
  let actions = 0;
  let activities = 0;
  for (const s of sheets) {
    actions += s.actions.length;
    for (const a of s.actions) activities += a.activities.length;
  }
  return {
    model: { sheets },
    findings,
    errorCount: counts.error,
    warningCount: counts.warning,
    infoCount: counts.info,
    stats: { sheets: sheets.length, actions, activities },
  };
}
