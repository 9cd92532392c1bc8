import type { Grid } from "../../src/domain/grid";
import type { Finding } from "../../src/domain/validate";
import type { RuleId } from "../../src/domain/rules";
import { type ValidateOptions, validateGrids } from "../../src/domain/validate";

/** Findings of one rule, reduced to what a reviewer checks: where, how bad, which action. */
export function findingsOf(ruleId: RuleId, grids: Grid[], options: ValidateOptions = {}): Finding[] {
  return validateGrids(grids, options).findings.filter((f) => f.ruleId === ruleId);
}

export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.severity}`);
}
