import { lookupPartida } from "../catalogs/cog";
import { isPartidaCode, splitPartidas } from "../partidas";
import { actionNumber, eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** A well-formed code whose partida genérica (first 3 digits) is not in CONAC's classifier. */
export const partidaUnknown: Rule = {
  id: "partida-unknown",
  severity: "warning",
  docs: {
    es: "Cada partida bien escrita existe en el Clasificador por Objeto del Gasto del CONAC (hasta la partida genérica, 3 dígitos).",
    en: "Each well-formed partida exists in CONAC's Clasificador por Objeto del Gasto (down to the partida genérica, 3 digits).",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      const partida = action.fields.partida;
      if (!partida || partida.value.text === "") continue;
      const seen = new Set<string>();
      for (const code of splitPartidas(partida.value.text)) {
        if (!isPartidaCode(code) || seen.has(code)) continue;
        seen.add(code);
        const found = lookupPartida(code);
        if (found.generic) continue;
        const base = { sheet: action.sheet, cell: partida.value.cell, action: actionNumber(action), actual: code };
        if (!found.concept) {
          findings.push({
            ...base,
            messageId: "partida-unknown/unknown-concept",
            data: { code, concept: code.slice(0, 2), chapter: code.slice(0, 1), chapterName: found.chapter?.name ?? "" },
          });
        } else {
          findings.push({
            ...base,
            messageId: "partida-unknown/unknown-generic",
            data: { code, generic: code.slice(0, 3), concept: found.concept.code, conceptName: found.concept.name },
          });
        }
      }
    }
    return findings;
  },
};
