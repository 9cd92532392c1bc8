import type { Locale, MessageData } from "../i18n/format";
import type { Action, WorkbookModel } from "../model";
import type { PlanCatalog } from "../plan/catalog";
import { actionNumber } from "../queries";

export type Severity = "error" | "warning" | "info";

/** A text in both of the product's languages. */
export type Bilingual = Record<Locale, string>;

/** Where a finding points: a cell of a sheet, and the number of the action whose block holds it. */
export interface Place {
  sheet: string;
  cell: string;
  action: number | null;
}

/** A place inside an action's block: its sheet and number come from the action. */
export interface InAction {
  action: Action;
  at: { cell: string } | string;
}

export interface FindingExtra {
  /** Overrides the rule's default severity (e.g. a rounding difference is only a warning). */
  severity?: Severity;
  expected?: number | string | null;
  actual?: number | string | null;
}

export interface RuleContext<M extends string = string> {
  workbook: WorkbookModel;
  /** "sheet" when only the active sheet was read: rules that need the whole book hold back. */
  scope: "sheet" | "workbook";
  /** The development plan the office loaded (`--plan`), if any: the alignment is checked against it. */
  plan: PlanCatalog | null;
  report(where: Place | InAction, messageId: M, data?: MessageData, extra?: FindingExtra): void;
}

/**
 * A rule is one module carrying all that is said of it, as ESLint's are: its id, severity, plain
 * name, one-line fix and docs, and its messages, each in Spanish and English. `{name}` in a
 * message takes a value from the finding's data; `{name|money}`, `{name|num}`, … format it.
 */
export interface Rule<Id extends string = string, M extends string = string> {
  id: Id;
  severity: Severity;
  name: Bilingual;
  fix: Bilingual;
  docs: Bilingual;
  messages: Record<M, Bilingual>;
  check(context: RuleContext<M>): void;
}

export function defineRule<const Id extends string, M extends string>(rule: Rule<Id, M>): Rule<Id, M> {
  return rule;
}

export function placeOf(where: Place | InAction): Place {
  if (!("at" in where)) return where;
  return { sheet: where.action.sheet, cell: typeof where.at === "string" ? where.at : where.at.cell, action: actionNumber(where.action) };
}
