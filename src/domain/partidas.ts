/**
 * PARTIDA PRESUPUESTAL holds a list of 4-digit CONAC codes: chapter digit 1–9, optional entity
 * sub-account suffix (`2111-1`), separated by commas, spaces, semicolons or line breaks.
 */
export const PARTIDA_CODE = /^[1-9]\d{3}(?:-\d{1,3})?$/;

export function splitPartidas(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((token) => token.replace(/\.+$/, ""))
    .filter((token) => token !== "");
}

export function isPartidaCode(token: string): boolean {
  return PARTIDA_CODE.test(token);
}
