import { normalizeLabel } from "../text";

/**
 * The indicators' semáforo, in one place (the sheet's formulas, its legend and the rules read it):
 * achieved within 90–110 % of programmed is ACEPTABLE; outside it, CRÍTICO, and a justification
 * is required — what the state and municipal follow-up forms ask (MIR.md §3).
 */
export const INDICATOR_SEMAFORO = { low: 0.9, high: 1.1 } as const;
export type IndicatorLight = "ACEPTABLE" | "CRÍTICO" | "SIN REPORTE" | "NO SE MIDE";

export function indicatorLight(cumplimiento: number): IndicatorLight {
  return cumplimiento >= INDICATOR_SEMAFORO.low && cumplimiento <= INDICATOR_SEMAFORO.high ? "ACEPTABLE" : "CRÍTICO";
}

export function indicatorLegend(): string {
  return `Semáforo: ACEPTABLE de ${Math.round(INDICATOR_SEMAFORO.low * 100)} % a ${Math.round(INDICATOR_SEMAFORO.high * 100)} % de lo programado al corte; fuera de ese rango, CRÍTICO, y necesita JUSTIFICACIÓN. NO SE MIDE: por su frecuencia, el indicador no se mide en ese trimestre.`;
}

/**
 * The quarters an indicator is measured in, by its frequency: monthly and quarterly ones every
 * quarter, half-yearly ones in the 2nd and 4th, yearly and longer ones in the 4th.
 */
export function dueQuarters(frecuencia: string): number[] {
  const key = normalizeLabel(frecuencia);
  if (/^SEMESTRAL/.test(key)) return [2, 4];
  if (/^(ANUAL|BIANUAL|BIENAL|TRIANUAL|TRIENAL|QUINQUENAL|SEXENAL)/.test(key)) return [4];
  if (/^CUATRIMESTRAL/.test(key)) return [2, 3, 4];
  return [1, 2, 3, 4];
}
