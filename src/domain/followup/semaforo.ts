/**
 * The follow-up's thresholds, in one place: the sheet's formulas, its legend, the rules and the
 * quarterly report all read them from here. Avance is realized to the cut-off over programmed
 * to the cut-off.
 */
export const SEMAFORO = {
  /** At or above: verde. */
  verde: 0.9,
  /** At or above (and below verde): amarillo; below: rojo. */
  amarillo: 0.7,
} as const;

/** Realized this many times the programmed figure (or more) is worth a second look. */
export const FAR_ABOVE = 1.5;

export type Light = "VERDE" | "AMARILLO" | "ROJO";

/** How each light is coloured: by the sheets' conditional formats, and by the preview. */
export const LIGHT_COLORS: Record<Light, { fill: string; color: string }> = {
  VERDE: { fill: "#C6EFCE", color: "#006100" },
  AMARILLO: { fill: "#FFEB9C", color: "#9C5700" },
  ROJO: { fill: "#FFC7CE", color: "#9C0006" },
};

export function lightOf(avance: number): Light {
  if (avance >= SEMAFORO.verde) return "VERDE";
  if (avance >= SEMAFORO.amarillo) return "AMARILLO";
  return "ROJO";
}

const percent = (share: number) => Math.round(share * 100);

/** The legend printed on the sheets: «verde ≥ 90 %, amarillo 70 a 89 %, rojo < 70 %». */
export function semaforoLegend(locale: "es" | "en" = "es"): string {
  const green = percent(SEMAFORO.verde);
  const yellow = percent(SEMAFORO.amarillo);
  return locale === "es"
    ? `verde ≥ ${green} %, amarillo ${yellow} a ${green - 1} %, rojo < ${yellow} %`
    : `green ≥ ${green}%, yellow ${yellow}–${green - 1}%, red < ${yellow}%`;
}
