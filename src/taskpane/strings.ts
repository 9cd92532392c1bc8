import type { Locale } from "../domain/i18n/format";

const es = {
  title: "Revisión del POA",
  validateSheet: "Validar hoja",
  validateWorkbook: "Validar libro",
  liveCheck: "Revisar al editar",
  liveCheckHint: "Vuelve a revisar la hoja que usted edita.",
  loading: "Leyendo el libro y revisando…",
  empty: "Presione «Validar hoja» o «Validar libro»: cada hallazgo señalará su celda.",
  clean: "Sin hallazgos: las cifras cuadran.",
  noPoa: "No se encontró un POA en lo revisado.",
  scopeSheet: (sheet: string) => `Hoja «${sheet}»`,
  scopeWorkbook: "Todo el libro",
  stats: (actions: number, activities: number, sheets: number) =>
    `${actions} acción(es), ${activities} actividad(es) en ${sheets} hoja(s)`,
  severity: { error: "Errores", warning: "Avisos", info: "Notas" },
  severityOne: { error: "Error", warning: "Aviso", info: "Nota" },
  filterLabel: "Mostrar por severidad",
  allHidden: (n: number) => `Los filtros ocultan los ${n} hallazgo(s): active Errores, Avisos o Notas para verlos.`,
  previous: "Anterior",
  next: "Siguiente",
  position: (n: number, m: number) => `${n} de ${m}`,
  navigateHint: "Alt+↓ siguiente, Alt+↑ anterior",
  group: (sheet: string, action: number | null) => (action === null ? `Hoja «${sheet}»` : `Acción ${action} · hoja «${sheet}»`),
  goTo: (cell: string) => `Ir a la celda ${cell}`,
  mark: "Marcar en la hoja",
  clearMarks: "Limpiar marcas",
  marked: (n: number) => `${n} celda(s) marcada(s). «Limpiar marcas» las quita sin tocar nada más.`,
  cleared: (n: number) => `${n} marca(s) quitada(s).`,
  errorTitle: "No se pudo completar",
  noExcel: "Este panel funciona dentro de Excel. Ábralo desde Inicio → POA → Revisar POA.",
  oldExcel: "Esta versión de Excel no admite el complemento (requiere ExcelApi 1.7: Excel 2019, Microsoft 365 o Excel en la web).",
  unexpected: (detail: string) => `Ocurrió un error inesperado: ${detail}`,
  tools: "Herramientas",
  insertTemplate: "Insertar plantilla",
  family: "Formato",
  families: { "municipal-2021": "Municipal 2021 (EJE)", "municipal-2022": "Municipal 2022 (PRINCIPIO RECTOR)", institucional: "Estatal institucional (trimestral)" },
  year: "Año",
  secretaria: "Secretaría",
  activityRows: "Filas de actividades",
  insert: "Insertar",
  inserted: (sheet: string) => `Plantilla insertada en la hoja nueva «${sheet}».`,
  summarize: "Generar resumen",
  observations: "Escribir observaciones",
  observationsWritten: (sheet: string, replaced: boolean, count: number) =>
    `${replaced ? "Observaciones actualizadas" : "Observaciones escritas"} en la hoja «${sheet}»: ${count} hallazgo(s) con su estado y espacio para la respuesta.`,
  observationsRenamed: (sheet: string, count: number) =>
    `Ya hay una hoja «Observaciones» que no hizo el complemento y no se tocó: ${count} hallazgo(s) escritos en «${sheet}».`,
  summaryWritten: (sheet: string, replaced: boolean) =>
    replaced ? `Resumen actualizado en la hoja «${sheet}».` : `Resumen escrito en la hoja nueva «${sheet}».`,
  summaryRenamed: (sheet: string) =>
    `Ya hay una hoja «Resumen» que no hizo el complemento y no se tocó: el resumen se escribió en «${sheet}».`,
  liveFailed: (detail: string) => `No se pudo activar la revisión al editar: ${detail}`,
};

export type Strings = typeof es;

const en: Strings = {
  title: "POA review",
  validateSheet: "Validate sheet",
  validateWorkbook: "Validate workbook",
  liveCheck: "Check while editing",
  liveCheckHint: "Re-checks the sheet you edit.",
  loading: "Reading the workbook and checking…",
  empty: "Press “Validate sheet” or “Validate workbook”: each finding points to its cell.",
  clean: "No findings: the figures add up.",
  noPoa: "No POA was found in what was checked.",
  scopeSheet: (sheet) => `Sheet “${sheet}”`,
  scopeWorkbook: "Whole workbook",
  stats: (actions, activities, sheets) => `${actions} action(s), ${activities} activit(ies) in ${sheets} sheet(s)`,
  severity: { error: "Errors", warning: "Warnings", info: "Info" },
  severityOne: { error: "Error", warning: "Warning", info: "Info" },
  filterLabel: "Show by severity",
  allHidden: (n) => `The filters hide all ${n} finding(s): turn on Errors, Warnings or Info to see them.`,
  previous: "Previous",
  next: "Next",
  position: (n, m) => `${n} of ${m}`,
  navigateHint: "Alt+↓ next, Alt+↑ previous",
  group: (sheet, action) => (action === null ? `Sheet “${sheet}”` : `Action ${action} · sheet “${sheet}”`),
  goTo: (cell) => `Go to cell ${cell}`,
  mark: "Mark on the sheet",
  clearMarks: "Clear marks",
  marked: (n) => `${n} cell(s) marked. “Clear marks” removes them and nothing else.`,
  cleared: (n) => `${n} mark(s) removed.`,
  errorTitle: "Could not finish",
  noExcel: "This pane works inside Excel. Open it from Home → POA → Review POA.",
  oldExcel: "This version of Excel cannot run the add-in (it needs ExcelApi 1.7: Excel 2019, Microsoft 365 or Excel on the web).",
  unexpected: (detail) => `An unexpected error occurred: ${detail}`,
  tools: "Tools",
  insertTemplate: "Insert template",
  family: "Layout",
  families: { "municipal-2021": "Municipal 2021 (EJE)", "municipal-2022": "Municipal 2022 (PRINCIPIO RECTOR)", institucional: "State institutional (quarterly)" },
  year: "Year",
  secretaria: "Secretaría",
  activityRows: "Activity rows",
  insert: "Insert",
  inserted: (sheet) => `Template inserted in the new sheet “${sheet}”.`,
  summarize: "Build summary",
  observations: "Write observations",
  observationsWritten: (sheet, replaced, count) =>
    `${replaced ? "Observations updated" : "Observations written"} in sheet “${sheet}”: ${count} finding(s) with a status and room for the reply.`,
  observationsRenamed: (sheet, count) => `There is a sheet “Observaciones” the add-in did not make, left untouched: ${count} finding(s) written in “${sheet}”.`,
  summaryWritten: (sheet, replaced) => (replaced ? `Summary updated in sheet “${sheet}”.` : `Summary written to the new sheet “${sheet}”.`),
  summaryRenamed: (sheet) => `A “Resumen” sheet the add-in did not make was left alone: the summary went to “${sheet}”.`,
  liveFailed: (detail) => `Could not turn on checking while editing: ${detail}`,
};

export function stringsFor(locale: Locale): Strings {
  return locale === "en" ? en : es;
}

/** Office's display language ("es-MX", "en-US", …) → the pane's locale; Spanish unless English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "es";
}
