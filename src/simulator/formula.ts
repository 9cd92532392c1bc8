import { parseA1 } from "../domain/a1";
import { isErrorText } from "../domain/grid";

/** A value; null is an empty cell, which is 0 to a number and "" to a text, unlike the text "". */
type Scalar = string | number | boolean | null;
type Matrix = Scalar[][];
type Lookup = (sheet: string | null, row: number, col: number) => Scalar;
interface RangeRef {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}
type Operand = Scalar | Matrix | RangeRef;

/**
 * Excel's value while a formula is still being computed (#BUSY!): what a formula this small
 * engine does not compute reads as, rather than a value it would have to guess.
 */
export const NOT_COMPUTED = "#BUSY!";

class Unsupported extends Error {}

class ErrorValue extends Error {
  readonly value: string;
  constructor(value: Scalar) {
    super(String(value));
    this.value = String(value);
  }
}

const REF = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const TOKEN = new RegExp(
  String.raw`\s*(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!(${REF})|(${REF})(?![\w(])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|([A-Za-z][\w.]*)\s*\(|(<>|<=|>=|[-+*/&=<>(),]))`,
  "y",
);

const isRef = (v: Operand): v is RangeRef => typeof v === "object" && !Array.isArray(v);
const isError = (v: Scalar): boolean => typeof v === "string" && isErrorText(v);

/**
 * A formula's value, for what the add-in's own sheets and a user's typed text need: numbers,
 * texts, references and ranges (this sheet or another), + - * / & and comparisons (element by
 * element over ranges, as array formulas do), and SUM, SUMIF, SUMPRODUCT, COUNT, MATCH, IF,
 * IFERROR, AND, OR, N, ISNUMBER, ABS, TRIM, HYPERLINK. Any other function is NOT_COMPUTED.
 */
export function evaluate(formula: string, lookup: Lookup): string | number | boolean {
  const text = formula.replace(/^=/, "");
  const tokens: string[][] = [];
  let at = 0;
  while (at < text.length) {
    if (text.slice(at).trim() === "") break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return "#NAME?";
    tokens.push(m.slice(1));
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i]?.[6];
  /** Inside the branch IF does not take: parsed, not computed (IF is lazy in Excel: =IF(B1=0,"",A1/B1)). */
  let dry = 0;

  const matrix = (v: Operand): Matrix => {
    if (isRef(v)) {
      const out: Matrix = [];
      for (let r = v.top; r <= v.bottom; r++) {
        const row: Scalar[] = [];
        for (let c = v.left; c <= v.right; c++) row.push(lookup(v.sheet, r, c));
        out.push(row);
      }
      return out;
    }
    return Array.isArray(v) ? v : [[v]];
  };
  const scalar = (v: Operand): Scalar => {
    if (!isRef(v) && !Array.isArray(v)) return v;
    const m = matrix(v);
    // A range where one value is wanted: its first cell (implicit intersection aside).
    const first = m[0]?.[0];
    return first === undefined ? null : first;
  };
  const flat = (v: Operand): Scalar[] => matrix(v).flat();
  const num = (s: Scalar): number => {
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (s === null || s === "") return 0;
    if (isError(s)) throw new ErrorValue(s);
    const n = Number(s);
    if (Number.isNaN(n)) throw new ErrorValue("#VALUE!");
    return n;
  };
  const isArray = (v: Operand) => Array.isArray(v) || (isRef(v) && (v.top !== v.bottom || v.left !== v.right));
  /** An operator over two operands, element by element when either is a range or an array. */
  const lift = (a: Operand, b: Operand, f: (x: Scalar, y: Scalar) => Scalar): Operand => {
    if (dry > 0) return "";
    if (!isArray(a) && !isArray(b)) return f(scalar(a), scalar(b));
    const ma = matrix(a);
    const mb = matrix(b);
    const rows = Math.max(ma.length, mb.length);
    const cols = Math.max(ma[0]?.length ?? 0, mb[0]?.length ?? 0);
    // Past the end of the smaller array Excel gives #N/A; an empty cell stays empty (null).
    const pick = (m: Matrix, r: number, c: number): Scalar => {
      const v = m[m.length === 1 ? 0 : r]?.[m[0]!.length === 1 ? 0 : c];
      return v === undefined ? "#N/A" : v;
    };
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        try {
          return f(pick(ma, r, c), pick(mb, r, c));
        } catch (error) {
          if (error instanceof ErrorValue) return error.value;
          throw error;
        }
      }),
    );
  };
  /** Excel's order: numbers before texts before booleans; texts ignore case; a blank is 0 or "". */
  const compare = (op: string) => (x: Scalar, y: Scalar): boolean => {
    if (isError(x)) throw new ErrorValue(x);
    if (isError(y)) throw new ErrorValue(y);
    const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    const blank = (v: Scalar, other: Scalar): Exclude<Scalar, null> => (v !== null ? v : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
    const a = blank(x, y);
    const b = blank(y, x);
    const key = (v: Exclude<Scalar, null>) => (typeof v === "string" ? v.toLowerCase() : v);
    const order = rank(a) !== rank(b) ? rank(a) - rank(b) : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return { "=": order === 0, "<>": order !== 0, "<": order < 0, ">": order > 0, "<=": order <= 0, ">=": order >= 0 }[op]!;
  };
  const matches = (criteria: Scalar) => {
    const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(criteria))!;
    const op = m[1] ?? "=";
    const raw = m[2]!;
    const wanted: Scalar = raw !== "" && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
    return (v: Scalar) => {
      if (typeof wanted === "number" && typeof v !== "number") return op === "<>";
      try {
        return compare(op)(v, wanted);
      } catch {
        return false;
      }
    };
  };

  const call = (fn: string, args: Operand[]): Operand => {
    const arg = (n: number) => {
      if (args[n] === undefined) throw new ErrorValue("#N/A");
      return args[n]!;
    };
    switch (fn) {
      case "SUM":
        return args.flatMap(flat).reduce<number>((n, v) => {
          if (isError(v)) throw new ErrorValue(v);
          return n + (typeof v === "number" ? v : 0);
        }, 0);
      case "COUNT":
        return args.flatMap(flat).filter((v) => typeof v === "number").length;
      case "SUMIF": {
        const test = matches(scalar(arg(1)));
        const range = matrix(arg(0));
        const sums = matrix(args[2] ?? arg(0));
        let total = 0;
        range.forEach((row, r) => row.forEach((v, c) => {
          const s = sums[r]?.[c];
          if (test(v) && typeof s === "number") total += s;
        }));
        return total;
      }
      case "SUMPRODUCT": {
        const arrays = args.map(matrix);
        let total = 0;
        arrays[0]!.forEach((row, r) => row.forEach((_, c) => {
          total += arrays.reduce((p, m) => {
            const v = m[r]?.[c] ?? 0;
            if (isError(v)) throw new ErrorValue(v);
            // SUMPRODUCT takes what is not a number (a text, TRUE) as 0: «--» or «*» makes it one.
            return p * (typeof v === "number" ? v : 0);
          }, 1);
        }));
        return total;
      }
      case "MATCH": {
        const wanted = scalar(arg(0));
        const index = flat(arg(1)).findIndex((v) => {
          try {
            return compare("=")(v, wanted);
          } catch {
            return false;
          }
        });
        if (index < 0) throw new ErrorValue("#N/A");
        return index + 1;
      }
      case "AND":
        return args.flatMap(flat).every(truthy);
      case "OR":
        return args.flatMap(flat).some(truthy);
      case "N": {
        const v = scalar(arg(0));
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
      }
      case "ISNUMBER":
        return typeof scalar(arg(0)) === "number";
      case "ABS":
        return Math.abs(num(scalar(arg(0))));
      case "TRIM":
        return shown(scalar(arg(0))).trim().replace(/ +/g, " ");
      case "HYPERLINK":
        return scalar(args[1] ?? arg(0));
      default:
        throw new Unsupported(fn);
    }
  };

  const primary = (): Operand => {
    const t = tokens[i++];
    if (!t) throw new ErrorValue("#NAME?");
    const [sheet, qualified, local, number, string, fn, op] = t;
    if (qualified !== undefined || local !== undefined) {
      const [from, to = from] = (qualified ?? local)!.replace(/\$/g, "").split(":");
      const a = parseA1(from!);
      const b = parseA1(to!);
      if (!a || !b) throw new ErrorValue("#REF!");
      const name = sheet === undefined ? null : sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      return { sheet: name, top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    }
    if (number !== undefined) return Number(number);
    if (string !== undefined) return string.slice(1, -1).replace(/""/g, '"');
    if (fn !== undefined && fn.toUpperCase() === "IF") return conditional();
    if (fn !== undefined && fn.toUpperCase() === "IFERROR") return ifError();
    if (fn !== undefined) {
      const args: Operand[] = [];
      if (peek() !== ")") {
        args.push(comparison());
        while (peek() === ",") {
          i++;
          args.push(comparison());
        }
      }
      if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
      return dry > 0 ? "" : call(fn.toUpperCase(), args);
    }
    if (op === "(") {
      const inner = comparison();
      if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
      return inner;
    }
    if (op === "-") return lift(primary(), 0, (x) => -num(x));
    if (op === "+") return lift(primary(), 0, (x) => num(x));
    throw new ErrorValue("#NAME?");
  };
  /** IF(test, then, else), after its «(»: only the branch taken is computed. */
  const conditional = (): Operand => {
    const test = comparison();
    const taken = dry > 0 ? true : truthy(scalar(test));
    const branch = (computed: boolean): Operand | undefined => {
      if (peek() !== ",") return undefined;
      i++;
      if (!computed) dry++;
      try {
        return comparison();
      } finally {
        if (!computed) dry--;
      }
    };
    const then = branch(taken);
    const otherwise = branch(!taken);
    if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
    if (dry > 0) return "";
    return taken ? (then ?? true) : (otherwise ?? false);
  };
  /**
   * IFERROR(value, alternative), after its «(»: the value, or the alternative when the value is an
   * error (#DIV/0!, #N/A…); the alternative is computed only then.
   */
  const ifError = (): Operand => {
    const start = i;
    let failed = false;
    let value: Operand = "";
    try {
      value = comparison();
      failed = dry === 0 && isError(scalar(value));
    } catch (error) {
      if (!(error instanceof ErrorValue)) throw error;
      // Read again without computing, to find where the value's text ends.
      failed = true;
      i = start;
      dry++;
      try {
        comparison();
      } finally {
        dry--;
      }
    }
    if (tokens[i++]?.[6] !== ",") throw new ErrorValue("#N/A");
    if (!failed) dry++;
    let alternative: Operand;
    try {
      alternative = comparison();
    } finally {
      if (!failed) dry--;
    }
    if (tokens[i++]?.[6] !== ")") throw new ErrorValue("#NAME?");
    if (dry > 0) return "";
    return failed ? alternative : value;
  };
  const product = (): Operand => {
    let left = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++]![6];
      const right = primary();
      left = lift(left, right, (x, y) => {
        if (op === "*") return num(x) * num(y);
        if (num(y) === 0) throw new ErrorValue("#DIV/0!");
        return num(x) / num(y);
      });
    }
    return left;
  };
  const sum = (): Operand => {
    let left = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[i++]![6];
      const right = product();
      left = lift(left, right, (x, y) => (op === "+" ? num(x) + num(y) : num(x) - num(y)));
    }
    return left;
  };
  const concat = (): Operand => {
    let left = sum();
    while (peek() === "&") {
      i++;
      left = lift(left, sum(), (x, y) => {
        if (isError(x)) throw new ErrorValue(x);
        if (isError(y)) throw new ErrorValue(y);
        return `${shown(x)}${shown(y)}`;
      });
    }
    return left;
  };
  const comparison = (): Operand => {
    const left = concat();
    const op = peek();
    if (op !== "=" && op !== "<>" && op !== "<" && op !== ">" && op !== "<=" && op !== ">=") return left;
    i++;
    return lift(left, concat(), compare(op));
  };

  try {
    const value = scalar(comparison());
    if (i < tokens.length) return "#NAME?";
    // A formula that points at an empty cell shows 0.
    return value ?? 0;
  } catch (error) {
    if (error instanceof ErrorValue) return error.value;
    if (error instanceof Unsupported) return NOT_COMPUTED;
    throw error;
  }
}

function truthy(v: Scalar): boolean {
  if (v === null) return false;
  if (typeof v === "string") {
    if (isError(v)) throw new ErrorValue(v);
    return v !== "" && v.toUpperCase() !== "FALSE";
  }
  return Boolean(v);
}

function shown(v: Scalar): string {
  return v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}
