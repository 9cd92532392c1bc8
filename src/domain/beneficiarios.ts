/**
 * BENEFICIARIOS as people write it: "H 71540 M 74460", "H:71540  M:74460", "1950 H / 2250 M",
 * "M74,535 H 71,612", "M: 18360 H: 17640".
 */
export type BeneficiariosReading =
  | { kind: "both"; h: number; m: number }
  | { kind: "one"; sex: "H" | "M"; count: number }
  | { kind: "not-whole"; token: string }
  | { kind: "unreadable" };

type Token = { type: "sex"; sex: "H" | "M" } | { type: "num"; text: string };

const TOKENS = /(?<![A-Z])(HOMBRES|HOMBRE|MUJERES|MUJER|H|M)(?![A-Z])|(\d[\d.,]*\d|\d)/g;
const GROUPED = /^\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*$/;

function tokenize(text: string): Token[] {
  const upper = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
  const tokens: Token[] = [];
  for (const match of upper.matchAll(TOKENS)) {
    if (match[1]) tokens.push({ type: "sex", sex: match[1].startsWith("H") ? "H" : "M" });
    else if (match[2]) tokens.push({ type: "num", text: match[2] });
  }
  return tokens;
}

function wholeNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/[,.]/g, ""));
  return null;
}

export function parseBeneficiarios(text: string): BeneficiariosReading {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length % 2 !== 0) return { kind: "unreadable" };
  const sexFirst = tokens[0]!.type === "sex";
  const counts: Partial<Record<"H" | "M", number>> = {};
  for (let i = 0; i < tokens.length; i += 2) {
    const sexToken = sexFirst ? tokens[i]! : tokens[i + 1]!;
    const numToken = sexFirst ? tokens[i + 1]! : tokens[i]!;
    if (sexToken.type !== "sex" || numToken.type !== "num") return { kind: "unreadable" };
    if (counts[sexToken.sex] !== undefined) return { kind: "unreadable" };
    const value = wholeNumber(numToken.text);
    if (value === null) return { kind: "not-whole", token: numToken.text };
    counts[sexToken.sex] = value;
  }
  if (counts.H !== undefined && counts.M !== undefined) return { kind: "both", h: counts.H, m: counts.M };
  if (counts.H !== undefined) return { kind: "one", sex: "H", count: counts.H };
  if (counts.M !== undefined) return { kind: "one", sex: "M", count: counts.M };
  return { kind: "unreadable" };
}
