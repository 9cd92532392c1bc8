import { isPartidaCode, splitPartidas } from "../partidas";
import { eachAction } from "../queries";
import { defineRule } from "./rule";

/** PARTIDA PRESUPUESTAL is a list of well-formed 4-digit CONAC codes. */
export const partidaFormat = defineRule({
  id: "partida-format",
  severity: "error",
  name: { es: "Partida mal escrita", en: "Badly written partida" },
  fix: {
    es: "Escriba códigos de 4 dígitos del clasificador por objeto del gasto, separados por comas.",
    en: "Write 4-digit codes of the object-of-expenditure classifier, separated by commas.",
  },
  messages: {
    "bad-code": {
      es: "«{token}» no es una partida válida: se esperan códigos de 4 dígitos del Clasificador por Objeto del Gasto (capítulo 1 a 9), por ejemplo 2111 o 2111-1, separados por comas.",
      en: "“{token}” is not a valid partida: expected 4-digit codes of the Clasificador por Objeto del Gasto (chapter 1 to 9), e.g. 2111 or 2111-1, separated by commas.",
    },
  },
  docs: {
    es: "PARTIDA PRESUPUESTAL es una lista de códigos de 4 dígitos del Clasificador por Objeto del Gasto (capítulo 1–9, sufijo opcional -n), separados por coma, espacio, punto y coma o salto de línea.",
    en: "PARTIDA PRESUPUESTAL is a list of 4-digit codes of the Clasificador por Objeto del Gasto (chapter 1–9, optional -n suffix), separated by commas, spaces, semicolons or line breaks.",
  },
  check({ workbook, report }) {
    for (const action of eachAction(workbook)) {
      const partida = action.fields.partida;
      if (!partida || partida.value.text === "") continue;
      for (const token of splitPartidas(partida.value.text)) {
        if (isPartidaCode(token)) continue;
        report({ action, at: partida.value }, "bad-code", { token }, { expected: "NNNN", actual: token });
      }
    }
  },
});
