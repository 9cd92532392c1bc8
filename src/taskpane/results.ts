import type { Severity } from "../domain/rules/rule";
import type { RuleId } from "../domain/rules";
import type { Finding, ValidationReport } from "../domain/validate";

export interface FindingGroup {
  key: string;
  sheet: string;
  action: number | null;
  rules: Array<{ ruleId: RuleId; findings: Finding[] }>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; reading order within each. */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => [f, i] as const).sort((a, b) => RANK[a[0].severity] - RANK[b[0].severity] || a[1] - b[1]).map(([f]) => f);
}

/**
 * Findings grouped by sheet and action, then by rule. Groups and rules with errors come first;
 * within that, reading order.
 */
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
  const worst = (list: readonly Finding[]) => Math.min(...list.map((f) => RANK[f.severity]));
  const ordered = [...groups.values()].map((g, i) => ({ g, i, rank: worst(g.rules.flatMap((r) => r.findings)) }));
  ordered.sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const { g } of ordered) {
    g.rules = g.rules.map((r, i) => ({ r, i, rank: worst(r.findings) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ r }) => ({ ...r, findings: worstFirst(r.findings) }));
  }
  return ordered.map(({ g }) => g);
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
