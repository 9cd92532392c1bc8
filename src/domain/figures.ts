import { z } from "zod";
import { type Cell, isCellError } from "./grid";

/**
 * What a cell that should hold a figure actually holds. Text such as "4,400", "$487,160.00"
 * or "\$0.00" is read as the number it shows; "-" (and the accounting "$ -") means zero.
 */
export const FigureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("number"), value: z.number(), fromText: z.boolean() }),
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("dash") }),
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("error"), code: z.string() }),
]);
export type Figure = z.infer<typeof FigureSchema>;

const BLANK: Figure = { kind: "blank" };
const DASH: Figure = { kind: "dash" };
const DASHES = /^[-‐‑‒–—]+$/;
const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

// Monthly programs are mostly small whole numbers: share one frozen figure per value.
const SMALL_INTEGERS: Figure[] = Array.from({ length: 4096 }, (_, value) =>
  Object.freeze({ kind: "number", value, fromText: false } as const),
);

export function parseFigure(value: Cell): Figure {
  if (value === null) return BLANK;
  if (typeof value === "number") {
    if (value >= 0 && value < 4096 && Number.isInteger(value)) return SMALL_INTEGERS[value]!;
    return Number.isFinite(value) ? { kind: "number", value, fromText: false } : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "VERDADERO" : "FALSO" };
  if (isCellError(value)) return { kind: "error", code: value.error };
  return parseFigureText(value);
}

const ERROR_CODES = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** Figures start with a digit, a sign, "$", "(", "\\", "#" or a dash; words never do. */
const MAY_BE_FIGURE = /^[\s]*[-+0-9$(\\#‐‑‒–—.]/;

function parseFigureText(raw: string): Figure {
  if (raw === "-") return DASH;
  if (!MAY_BE_FIGURE.test(raw)) return raw.trim() === "" ? BLANK : { kind: "text", text: raw };
  const trimmed = raw.trim();
  if (trimmed === "") return BLANK;
  if (ERROR_CODES.test(trimmed)) return { kind: "error", code: trimmed.toUpperCase() };
  let body = trimmed.replace(/\\\$/g, "$").replace(/\s+/g, "");
  let negative = false;
  if (body.startsWith("(") && body.endsWith(")")) {
    negative = true;
    body = body.slice(1, -1);
  }
  body = body.replace(/^-\$/, "-").replace(/^\$/, "").replace(/(MXN|M\.N\.|MN)$/i, "");
  if (DASHES.test(body)) return DASH;
  if (!NUMERIC_TEXT.test(body)) return { kind: "text", text: raw };
  const value = Number(body.replace(/,/g, ""));
  return { kind: "number", value: negative ? -value : value, fromText: true };
}

/** The amount a figure counts for in a sum: blanks and dashes are zero; unreadable is null. */
export function figureAmount(figure: Figure): number | null {
  switch (figure.kind) {
    case "number":
      return figure.value;
    case "blank":
    case "dash":
      return 0;
    default:
      return null;
  }
}

/** Σ of figures as a sum counts them; null when one is missing or cannot be read as a number. */
export function sumFigures(figures: ReadonlyArray<Figure | null | undefined>): number | null {
  let sum = 0;
  for (const figure of figures) {
    const amount = figure ? figureAmount(figure) : null;
    if (amount === null) return null;
    sum += amount;
  }
  return sum;
}
