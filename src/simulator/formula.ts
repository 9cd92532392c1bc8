import { parseA1 } from "../domain/a1";

type Value = string | number | boolean;
type Lookup = (sheet: string | null, row: number, col: number) => Value;
interface RangeRef {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Excel's value while a formula is still being computed (#BUSY!): what a formula this small
 * engine does not compute reads as, rather than a value it would have to guess.
 */
export const NOT_COMPUTED = "#BUSY!";

class Unsupported extends Error {}

const TOKEN = /\s*(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|([A-Za-z][\w.]*)\s*\(|(<>|<=|>=|[-+*/&=<>(),]))/y;

/**
 * A formula's value, for the few forms the add-in's sheets and a user's text need: numbers,
 * texts, references (to this sheet or another), + - * / &, comparisons, and SUM, IF, AND, OR, N,
 * ISNUMBER, ABS. Anything else is NOT_COMPUTED.
 */
export function evaluate(formula: string, lookup: Lookup): Value {
  const tokens: string[][] = [];
  const text = formula.replace(/^=/, "");
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s+$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return "#NAME?";
    tokens.push(m.slice(1));
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i]?.[6];
  const cellValue = (ref: RangeRef): Value => lookup(ref.sheet, ref.top, ref.left);
  const scalar = (v: Value | RangeRef): Value => (typeof v === "object" ? cellValue(v) : v);
  const num = (v: Value | RangeRef): number => {
    const s = scalar(v);
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (s === "") return 0;
    if (s.startsWith("#")) throw new ErrorValue(s);
    const n = Number(s);
    if (Number.isNaN(n)) throw new ErrorValue("#VALUE!");
    return n;
  };
  const cells = (v: Value | RangeRef): Value[] => {
    if (typeof v !== "object") return [v];
    const out: Value[] = [];
    for (let r = v.top; r <= v.bottom; r++) for (let c = v.left; c <= v.right; c++) out.push(lookup(v.sheet, r, c));
    return out;
  };

  const primary = (): Value | RangeRef => {
    const t = tokens[i++];
    if (!t) throw new ErrorValue("#NAME?");
    const [sheet, qualified, local, number, string, fn, op] = t;
    if (qualified !== undefined || local !== undefined) {
      const [from, to = from] = (qualified ?? local)!.replace(/\$/g, "").split(":");
      const a = parseA1(from!);
      const b = parseA1(to!);
      if (!a || !b) throw new ErrorValue("#REF!");
      const name = sheet === undefined ? null : sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      return { sheet: name, top: a.row, left: a.col, bottom: b.row, right: b.col };
    }
    if (number !== undefined) return Number(number);
    if (string !== undefined) return string.slice(1, -1).replace(/""/g, '"');
    if (fn !== undefined) {
      const args: Array<Value | RangeRef> = [];
      if (peek() !== ")") {
        args.push(comparison());
        while (peek() === ",") {
          i++;
          args.push(comparison());
        }
      }
      if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
      return call(fn.toUpperCase(), args);
    }
    if (op === "(") {
      const inner = comparison();
      if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
      return inner;
    }
    if (op === "-") return -num(primary());
    if (op === "+") return num(primary());
    throw new ErrorValue("#NAME?");
  };
  const call = (fn: string, args: Array<Value | RangeRef>): Value => {
    switch (fn) {
      case "SUM":
        return args.flatMap(cells).reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
      case "IF":
        return truthy(scalar(args[0]!)) ? scalar(args[1] ?? true) : scalar(args[2] ?? false);
      case "AND":
        return args.flatMap(cells).every(truthy);
      case "OR":
        return args.flatMap(cells).some(truthy);
      case "N": {
        const v = scalar(args[0]!);
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
      }
      case "ISNUMBER":
        return typeof scalar(args[0]!) === "number";
      case "ABS":
        return Math.abs(num(args[0]!));
      default:
        throw new Unsupported(fn);
    }
  };
  const product = (): Value | RangeRef => {
    let left = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++]![6];
      const right = num(primary());
      if (op === "/" && right === 0) throw new ErrorValue("#DIV/0!");
      left = op === "*" ? num(left) * right : num(left) / right;
    }
    return left;
  };
  const sum = (): Value | RangeRef => {
    let left = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[i++]![6];
      const right = num(product());
      left = op === "+" ? num(left) + right : num(left) - right;
    }
    return left;
  };
  const concat = (): Value | RangeRef => {
    let left = sum();
    while (peek() === "&") {
      i++;
      left = `${shown(scalar(left))}${shown(scalar(sum()))}`;
    }
    return left;
  };
  const comparison = (): Value | RangeRef => {
    const left = concat();
    const op = peek();
    if (op !== "=" && op !== "<>" && op !== "<" && op !== ">" && op !== "<=" && op !== ">=") return left;
    i++;
    const a = scalar(left);
    const b = scalar(concat());
    const order = typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === "number" ? -1 : 1;
    return { "=": order === 0, "<>": order !== 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op];
  };

  try {
    const value = scalar(comparison());
    if (i < tokens.length) return "#NAME?";
    return value;
  } catch (error) {
    if (error instanceof ErrorValue) return error.value;
    if (error instanceof Unsupported) return NOT_COMPUTED;
    throw error;
  }
}

class ErrorValue extends Error {
  constructor(readonly value: string) {
    super(value);
  }
}

function truthy(v: Value): boolean {
  if (typeof v === "string" && v.startsWith("#")) throw new ErrorValue(v);
  return typeof v === "string" ? v !== "" && v.toUpperCase() !== "FALSE" : Boolean(v);
}

function shown(v: Value): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}
