import type { Figure } from "../figures";
import { FAR_ABOVE, type Light, lightOf } from "./semaforo";

/** What Excel's SUM and SUMIF add: numbers only; text that looks like a number is left out. */
export function summed(figure: Figure): number {
  return figure.kind === "number" && !figure.fromText ? figure.value : 0;
}

export interface Progress {
  /** Programmed to the cut-off. */
  programmed: number;
  /** Realized to the cut-off. */
  realized: number;
  /** Something (even a 0) was typed for a period up to the cut-off. */
  reported: boolean;
  /** Realized over programmed to the cut-off; null when nothing was programmed yet or nothing reported. */
  avance: number | null;
  /** Realized to the cut-off over the annual figure; null without an annual figure or a report. */
  avanceAnual: number | null;
  light: Light | null;
}

/**
 * The engine's avance, computed exactly as the follow-up sheet's formulas do, so the sheet's
 * cached values, the rules and the quarterly report agree with what Excel shows.
 */
export function progressTo(programmed: readonly Figure[], realized: readonly Figure[], anual: Figure | null, periods: number): Progress {
  let p = 0;
  let r = 0;
  let reported = false;
  for (let i = 0; i < periods; i++) {
    p += programmed[i] ? summed(programmed[i]!) : 0;
    r += realized[i] ? summed(realized[i]!) : 0;
    if (realized[i] && realized[i]!.kind !== "blank") reported = true;
  }
  const annual = anual && anual.kind === "number" ? anual.value : 0;
  // Nothing typed yet is «sin reporte», not a red light: a fresh sheet is not a failing one.
  const avance = p > 0 && reported ? r / p : null;
  return { programmed: p, realized: r, reported, avance, avanceAnual: annual > 0 && reported ? r / annual : null, light: avance === null ? null : lightOf(avance) };
}

/** Far more done than programmed, or something done where nothing was programmed yet. */
export function isFarAbove(progress: Pick<Progress, "programmed" | "realized">): boolean {
  if (progress.realized <= 0) return false;
  return progress.programmed <= 0 || progress.realized >= FAR_ABOVE * progress.programmed;
}
