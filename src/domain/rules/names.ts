import type { Locale } from "../i18n/format";
import type { RuleId } from "./types";

/**
 * Each rule as a reviewer says it, and what to do about its findings, in both languages: what
 * the pane, the stylish report and the observations show instead of rule ids.
 */
export const RULE_NAMES: Record<RuleId, { name: Record<Locale, string>; fix: Record<Locale, string> }> = {
  "monthly-sum": {
    name: { es: "Los meses no suman lo anual", en: "Months do not add up to the annual figure" },
    fix: { es: "Corrija los meses (o trimestres) o la programación anual hasta que sumen lo mismo.", en: "Fix the months (or quarters) or the annual figure until they agree." },
  },
  "required-field": {
    name: { es: "Falta un dato obligatorio", en: "A required field is missing" },
    fix: { es: "Escriba el dato en la celda señalada.", en: "Type the value in the cell shown." },
  },
  "number-format": {
    name: { es: "Cifra que no es número", en: "Figure that is not a number" },
    fix: { es: "Escriba solo el número (sin letras ni signos), o 0 o «-» si no hay cifra.", en: "Type only the number (no letters or signs), or 0 or “-” when there is none." },
  },
  "investment-sum": {
    name: { es: "Las actividades no suman la inversión", en: "Activities do not add up to the investment" },
    fix: { es: "Ajuste la inversión de las actividades o la INVERSIÓN APROXIMADA de la acción.", en: "Adjust the activities' investment or the action's INVERSIÓN APROXIMADA." },
  },
  "partida-format": {
    name: { es: "Partida mal escrita", en: "Badly written partida" },
    fix: { es: "Escriba códigos de 4 dígitos del clasificador por objeto del gasto, separados por comas.", en: "Write 4-digit codes of the object-of-expenditure classifier, separated by commas." },
  },
  "partida-unknown": {
    name: { es: "Partida que no está en el clasificador", en: "Partida not in the classifier" },
    fix: { es: "Verifique la partida contra el clasificador por objeto del gasto del CONAC.", en: "Check the partida against CONAC's object-of-expenditure classifier." },
  },
  beneficiarios: {
    name: { es: "Beneficiarios sin hombres y mujeres", en: "Beneficiaries without men and women" },
    fix: { es: "Escriba hombres y mujeres con números enteros, por ejemplo «H 1950 / M 2250».", en: "Give men and women as whole numbers, for example “H 1950 / M 2250”." },
  },
  "summary-mismatch": {
    name: { es: "El resumen no coincide con las acciones", en: "The summary disagrees with the actions" },
    fix: { es: "Corrija la fila del resumen o vuelva a generarlo con «Generar resumen».", en: "Fix the summary row, or write it again with “Generar resumen”." },
  },
  "action-number": {
    name: { es: "Número de acción repetido o inválido", en: "Repeated or invalid action number" },
    fix: { es: "Dé a cada acción un número entero distinto.", en: "Give each action a different whole number." },
  },
  "year-mismatch": {
    name: { es: "Año distinto al del libro", en: "Year differs from the workbook's" },
    fix: { es: "Use el mismo año en todos los títulos «PROGRAMA OPERATIVO ANUAL».", en: "Use the same year in every “PROGRAMA OPERATIVO ANUAL” title." },
  },
  avance: {
    name: { es: "Avance trimestral que no cuadra", en: "Quarterly progress that does not add up" },
    fix: { es: "Revise lo realizado, el TOTAL ACUMULADO y el % DE AVANCE de la actividad.", en: "Check the activity's realized figures, TOTAL ACUMULADO and % DE AVANCE." },
  },
  "header-consistency": {
    name: { es: "El encabezado cambia entre páginas", en: "The header changes between pages" },
    fix: { es: "Escriba en esta página lo mismo que en las demás.", en: "Write on this page what the other pages say." },
  },
  classification: {
    name: { es: "Clasificación que no es la del CONAC", en: "Classification not CONAC's" },
    fix: { es: "Use la clave y el nombre de la clasificación funcional y programática del CONAC.", en: "Use the code and name of CONAC's functional and programmatic classification." },
  },
  "ur-investment": {
    name: { es: "La UR no suma sus actividades", en: "The UR does not add up to its activities" },
    fix: { es: "Ajuste el monto asignado a la UR o los montos de sus actividades.", en: "Adjust the UR's assigned amount or its activities' amounts." },
  },
  layout: {
    name: { es: "Forma de la hoja", en: "Shape of the sheet" },
    fix: { es: "Acomode la fila o la etiqueta señalada como en el formato.", en: "Put the row or caption shown where the form has it." },
  },
  "realized-text": {
    name: { es: "Realizado que no es número", en: "Realized figure that is not a number" },
    fix: { es: "Escriba lo realizado como número entero, sin letras; 0 si no se hizo nada.", en: "Type the realized figure as a whole number, no letters; 0 when nothing was done." },
  },
  "realized-after-cutoff": {
    name: { es: "Realizado después del mes de corte", en: "Realized after the cut-off month" },
    fix: { es: "Cambie el MES DE CORTE al último mes que se informa, o borre la cifra adelantada.", en: "Set MES DE CORTE to the last month reported, or delete the early figure." },
  },
  "realized-above-programmed": {
    name: { es: "Realizado muy por encima de lo programado", en: "Realized far above the program" },
    fix: { es: "Confirme la cifra (unidad de medida, un cero de más) o ajuste la programación del POA.", en: "Confirm the figure (unit of measure, an extra zero) or update the POA's program." },
  },
  "red-justification": {
    name: { es: "Actividad en rojo sin justificación", en: "Red activity without justification" },
    fix: { es: "Escriba en JUSTIFICACIÓN por qué la actividad va atrasada y qué se hará.", en: "Write in JUSTIFICACIÓN why the activity is behind and what will be done." },
  },
};

export function ruleName(id: RuleId, locale: Locale): string {
  return RULE_NAMES[id].name[locale];
}

export function ruleFix(id: RuleId, locale: Locale): string {
  return RULE_NAMES[id].fix[locale];
}
