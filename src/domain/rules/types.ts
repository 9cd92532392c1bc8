import type { MessageData } from "../i18n/format";
import type { MessageId } from "../i18n/es";
import type { WorkbookModel } from "../model";

export type Severity = "error" | "warning" | "info";

export const RULE_IDS = [
  "monthly-sum",
  "required-field",
  "number-format",
  "investment-sum",
  "partida-format",
  "partida-unknown",
  "beneficiarios",
  "summary-mismatch",
  "action-number",
  "year-mismatch",
  "avance",
  "header-consistency",
  "classification",
  "ur-investment",
  "layout",
  "realized-text",
  "realized-after-cutoff",
  "realized-above-programmed",
  "red-justification",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleContext {
  workbook: WorkbookModel;
  /** "sheet" when only the active sheet was read: rules that need the whole book hold back. */
  scope: "sheet" | "workbook";
}

/** What a rule reports; the engine adds the rule id, severity and rendered message. */
export interface FindingDraft {
  messageId: MessageId;
  data: MessageData;
  sheet: string;
  cell: string;
  action: number | null;
  /** Overrides the rule's default severity (e.g. a rounding difference is only a warning). */
  severity?: Severity;
  expected?: number | string | null;
  actual?: number | string | null;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  docs: { es: string; en: string };
  check(context: RuleContext): FindingDraft[];
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  action: number | null;
  messageId: MessageId;
  data: MessageData;
  message: string;
  expected: number | string | null;
  actual: number | string | null;
}
