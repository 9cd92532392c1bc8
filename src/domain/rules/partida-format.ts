import { isPartidaCode, splitPartidas } from "../partidas";
import { actionNumber, eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** PARTIDA PRESUPUESTAL is a list of well-formed 4-digit CONAC codes. */
export const partidaFormat: Rule = {
  id: "partida-format",
  severity: "error",
  docs: {
    es: "PARTIDA PRESUPUESTAL es una lista de códigos de 4 dígitos del Clasificador por Objeto del Gasto (capítulo 1–9, sufijo opcional -n), separados por coma, espacio, punto y coma o salto de línea.",
    en: "PARTIDA PRESUPUESTAL is a list of 4-digit codes of the Clasificador por Objeto del Gasto (chapter 1–9, optional -n suffix), separated by commas, spaces, semicolons or line breaks.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      const partida = action.fields.partida;
      if (!partida || partida.value.text === "") continue;
      for (const token of splitPartidas(partida.value.text)) {
        if (isPartidaCode(token)) continue;
        findings.push({
          messageId: "partida-format/bad-code",
          data: { token },
          sheet: action.sheet,
          cell: partida.value.cell,
          action: actionNumber(action),
          expected: "NNNN",
          actual: token,
        });
      }
    }
    return findings;
  },
};
