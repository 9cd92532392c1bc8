/** Sums match when they agree to the cent; floating point must not raise false alarms. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A difference that only rounding explains: under a peso, or, when an amount was split evenly
 * into n equal parts (697,403 into 10 × 69,740), up to n × $0.50.
 */
export function isRounding(diff: number, parts: ReadonlyArray<number>): boolean {
  if (Math.abs(diff) < 1) return true;
  const even = parts.length > 1 && parts.every((p) => sameAmount(p, parts[0]!));
  return even && Math.abs(diff) <= parts.length * 0.5 + 0.005;
}
