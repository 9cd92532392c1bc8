/**
 * A método de cálculo as offices write it: «(A/B)*100», «(Número de becas entregadas / Número de
 * becas programadas) x 100», «((V1/V2)-1)*100». Variables are whatever stands between the
 * operators and parentheses, named in words or letters; numbers are constants.
 */
export type Formula =
  | { kind: "number"; value: number }
  | { kind: "variable"; name: string }
  | { kind: "negate"; operand: Formula }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: Formula; right: Formula };

export type Parsed = { formula: Formula; variables: string[] } | { problem: "empty" | "no-operator" | "parentheses" | "syntax" };

const OPERATORS = "+-*/()";

function tokenize(text: string): string[] | null {
  // «x 100» and «× 100» multiply; so do «÷» and «:» divide.
  const plain = text.replace(/[×✕]/g, "*").replace(/÷/g, "/").replace(/\s[xX]\s*(?=\d)/g, " * ").replace(/\)\s*[xX]\s*(?=[\d(])/g, ")*");
  const tokens: string[] = [];
  let word = "";
  const flush = () => {
    if (word.trim() !== "") tokens.push(word.trim());
    word = "";
  };
  for (const ch of plain) {
    if (OPERATORS.includes(ch)) {
      flush();
      tokens.push(ch);
    } else word += ch;
  }
  flush();
  return tokens.length ? tokens : null;
}

/** Parses a método de cálculo; says why when it is not a formula over named variables. */
export function parseFormula(text: string): Parsed {
  if (text.trim() === "") return { problem: "empty" };
  const tokens = tokenize(text);
  if (!tokens) return { problem: "empty" };
  let depth = 0;
  for (const t of tokens) {
    if (t === "(") depth++;
    if (t === ")" && --depth < 0) return { problem: "parentheses" };
  }
  if (depth !== 0) return { problem: "parentheses" };
  if (!tokens.some((t) => "+-*/".includes(t) && t.length === 1)) return { problem: "no-operator" };
  let at = 0;
  const variables: string[] = [];
  const peek = () => tokens[at];
  const factor = (): Formula | null => {
    const t = tokens[at++];
    if (t === undefined) return null;
    if (t === "-") {
      const operand = factor();
      return operand && { kind: "negate", operand };
    }
    if (t === "(") {
      const inner = expression();
      if (tokens[at++] !== ")") return null;
      return inner;
    }
    if (OPERATORS.includes(t)) return null;
    const number = Number(t.replace(/,/g, ""));
    if (/^[\d.,]+$/.test(t) && Number.isFinite(number)) return { kind: "number", value: number };
    if (!variables.includes(t)) variables.push(t);
    return { kind: "variable", name: t };
  };
  const term = (): Formula | null => {
    let left = factor();
    while (left && (peek() === "*" || peek() === "/")) {
      const op = tokens[at++] as "*" | "/";
      const right = factor();
      if (!right) return null;
      left = { kind: "binary", op, left, right };
    }
    return left;
  };
  const expression = (): Formula | null => {
    let left = term();
    while (left && (peek() === "+" || peek() === "-")) {
      const op = tokens[at++] as "+" | "-";
      const right = term();
      if (!right) return null;
      left = { kind: "binary", op, left, right };
    }
    return left;
  };
  const formula = expression();
  if (!formula || at !== tokens.length) return { problem: "syntax" };
  if (variables.length === 0) return { problem: "no-operator" };
  return { formula, variables };
}

/** The formula's value with its variables given in the order they first appear; null for a division by 0. */
export function evaluate(formula: Formula, values: ReadonlyMap<string, number>): number | null {
  switch (formula.kind) {
    case "number":
      return formula.value;
    case "variable":
      return values.get(formula.name) ?? null;
    case "negate": {
      const v = evaluate(formula.operand, values);
      return v === null ? null : -v;
    }
    case "binary": {
      const left = evaluate(formula.left, values);
      const right = evaluate(formula.right, values);
      if (left === null || right === null) return null;
      if (formula.op === "/") return right === 0 ? null : left / right;
      return formula.op === "+" ? left + right : formula.op === "-" ? left - right : left * right;
    }
  }
}

/** Whether the formula multiplies by 100: its result is a percentage (or a rate of change). */
export function isPercentage(formula: Formula): boolean {
  if (formula.kind === "binary") return (formula.op === "*" && [formula.left, formula.right].some((f) => f.kind === "number" && f.value === 100)) || isPercentage(formula.left) || isPercentage(formula.right);
  return formula.kind === "negate" ? isPercentage(formula.operand) : false;
}
