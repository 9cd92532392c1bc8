import { evaluate, type Formula, parseFormula } from "./formula";
import type { MirRow } from "./model";
import { mirNumber, said } from "./queries";

export interface FollowedVariable {
  /** As the método names it: «Becas pagadas», «A», «V1». */
  name: string;
  /** The annual value the MIR gives for it (NUMERADOR, DENOMINADOR), if it does. */
  annual: number | null;
  /** Whether it divides: a 0 there makes the indicator impossible to compute. */
  divides: boolean;
}

/**
 * The variables an indicator is followed by: those of its método de cálculo when it has two or
 * more («(Becas pagadas / Becas aprobadas) * 100»); null when it is followed by its own value (a
 * count, «Padrones integrados / 1», or a método that is no formula).
 */
export function followedVariables(row: MirRow): { formula: Formula; variables: FollowedVariable[] } | null {
  const metodo = said(row, "metodo");
  const parsed = metodo ? parseFormula(metodo.text) : null;
  if (!parsed || "problem" in parsed || parsed.variables.length < 2) return null;
  const annual = [mirNumber(row.figures.numerador?.figure), mirNumber(row.figures.denominador?.figure)];
  const divisors = divisorNames(parsed.formula);
  return { formula: parsed.formula, variables: parsed.variables.map((name, i) => ({ name, annual: annual[i] ?? null, divides: divisors.has(name) })) };
}

/** Variables that stand anywhere under a division's right-hand side. */
function divisorNames(formula: Formula, under = false, out = new Set<string>()): Set<string> {
  if (formula.kind === "variable" && under) out.add(formula.name);
  if (formula.kind === "negate") divisorNames(formula.operand, under, out);
  if (formula.kind === "binary") {
    divisorNames(formula.left, under, out);
    divisorNames(formula.right, under || formula.op === "/", out);
  }
  return out;
}

/** The formula as Excel writes it, each variable by its cell; every operation in parentheses. */
export function excelExpression(formula: Formula, cellOf: (variable: string) => string): string {
  switch (formula.kind) {
    case "number":
      return String(formula.value);
    case "variable":
      return cellOf(formula.name);
    case "negate":
      return `(-${excelExpression(formula.operand, cellOf)})`;
    case "binary":
      return `(${excelExpression(formula.left, cellOf)}${formula.op}${excelExpression(formula.right, cellOf)})`;
  }
}

/** What the formula gives for its variables' values, as the sheet's formula does: "" when it divides by 0. */
export function resultOf(formula: Formula, names: readonly string[], values: readonly number[]): number | "" {
  const result = evaluate(formula, new Map(names.map((name, i) => [name, values[i]!])));
  return result === null ? "" : result;
}
