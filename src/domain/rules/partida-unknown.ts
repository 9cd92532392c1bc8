import { lookupPartida } from "../catalogs/cog";
import { isPartidaCode, splitPartidas } from "../partidas";
import { eachAction } from "../queries";
import { defineRule } from "./rule";

/** A well-formed code whose partida genérica (first 3 digits) is not in CONAC's classifier. */
export const partidaUnknown = defineRule({
  id: "partida-unknown",
  severity: "warning",
  name: { es: "Partida que no está en el clasificador", en: "Partida not in the classifier" },
  fix: {
    es: "Verifique la partida contra el clasificador por objeto del gasto del CONAC.",
    en: "Check the partida against CONAC's object-of-expenditure classifier.",
  },
  messages: {
    "unknown-generic": {
      es: "La partida {code} no está en el Clasificador por Objeto del Gasto del CONAC: no existe la partida genérica {generic} en el concepto {concept} «{conceptName}».",
      en: "Partida {code} is not in CONAC's Clasificador por Objeto del Gasto: there is no partida genérica {generic} in concept {concept} “{conceptName}”.",
    },
    "unknown-concept": {
      es: "La partida {code} no está en el Clasificador por Objeto del Gasto del CONAC: no existe el concepto {concept} en el capítulo {chapter}000 «{chapterName}».",
      en: "Partida {code} is not in CONAC's Clasificador por Objeto del Gasto: there is no concept {concept} in chapter {chapter}000 “{chapterName}”.",
    },
  },
  docs: {
    es: "Cada partida bien escrita existe en el Clasificador por Objeto del Gasto del CONAC (hasta la partida genérica, 3 dígitos).",
    en: "Each well-formed partida exists in CONAC's Clasificador por Objeto del Gasto (down to the partida genérica, 3 digits).",
  },
  check({ workbook, report }) {
    for (const action of eachAction(workbook)) {
      const partida = action.fields.partida;
      if (!partida || partida.value.text === "") continue;
      const seen = new Set<string>();
      for (const code of splitPartidas(partida.value.text)) {
        if (!isPartidaCode(code) || seen.has(code)) continue;
        seen.add(code);
        const found = lookupPartida(code);
        if (found.generic) continue;
        if (!found.concept) {
          report({ action, at: partida.value }, "unknown-concept", { code, concept: code.slice(0, 2), chapter: code.slice(0, 1), chapterName: found.chapter?.name ?? "" }, { actual: code });
        } else {
          report({ action, at: partida.value }, "unknown-generic", { code, generic: code.slice(0, 3), concept: found.concept.code, conceptName: found.concept.name }, { actual: code });
        }
      }
    }
  },
});
