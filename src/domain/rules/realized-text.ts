import { displayText } from "../text";
import { periodName, trackedActivities } from "../followup/tracked";
import { defineRule } from "./rule";

/** REALIZADO holds what Excel adds: a number. Text, even "12", is left out of every sum. */
export const realizedText = defineRule({
  id: "realized-text",
  severity: "error",
  name: { es: "Realizado que no es número", en: "Realized figure that is not a number" },
  fix: {
    es: "Escriba lo realizado como número entero, sin letras; 0 si no se hizo nada.",
    en: "Type the realized figure as a whole number, no letters; 0 when nothing was done.",
  },
  messages: {
    "not-a-number": {
      es: "Lo REALIZADO de {period} en la actividad «{activity}» es «{value}», que no es un número: Excel no lo suma y el avance sale menor.",
      en: "REALIZADO for {period} in the activity “{activity}” is “{value}”, which is not a number: Excel does not add it and the progress comes out lower.",
    },
    "number-as-text": {
      es: "Lo REALIZADO de {period} en la actividad «{activity}» tiene el número {actual|num} escrito como texto («{value}»): Excel no lo suma. Escríbalo como número.",
      en: "REALIZADO for {period} in the activity “{activity}” has the number {actual|num} typed as text (“{value}”): Excel does not add it. Type it as a number.",
    },
  },
  docs: {
    es: "Seguimiento: lo REALIZADO de cada mes (o trimestre) es un número; un texto no se suma y el avance sale menor.",
    en: "Follow-up: REALIZADO for each month (or quarter) is a number; text is not added up and the progress comes out lower.",
  },
  check({ workbook, report }) {
    for (const tracked of trackedActivities(workbook)) {
      tracked.realized.forEach((cell, i) => {
        const figure = cell.figure;
        const at = { sheet: tracked.sheet, cell: cell.cell, action: tracked.action };
        const data = { activity: tracked.activity, period: periodName(tracked, i), value: displayText(String(typeof cell.raw === "object" && cell.raw ? cell.raw.error : cell.raw), 40) };
        if (figure.kind === "number" && figure.fromText) {
          report(at, "number-as-text", { ...data, actual: figure.value }, { actual: figure.value });
        } else if (figure.kind === "text" || figure.kind === "error") {
          report(at, "not-a-number", data);
        }
      });
    }
  },
});
