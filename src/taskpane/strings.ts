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
  compare: "Comparar con versión anterior…",
  comparing: "Leyendo la versión anterior y comparando…",
  compared: (file: string, changes: number, fixed: number, open: number, added: number) =>
    `Respecto de «${file}»: ${changes} cambio(s); hallazgos corregidos ${fixed}, siguen ${open}, nuevos ${added}.`,
  earlierObservations: (attended: number, pending: number) => `Observaciones anteriores: ${attended} atendida(s), ${pending} pendiente(s).`,
  actionChanges: (action: number | null, name: string, before: string, after: string) =>
    `${action === null ? "Sin número" : `Acción ${action}`} «${name}» · inversión ${before} → ${after}`,
  change: (cell: string, what: string, before: string, after: string) => `${cell} ${what}: ${before} → ${after}`,
  writeChanges: "Escribir hoja Cambios",
  changesWritten: (sheet: string) => `Cambios escritos en la hoja «${sheet}».`,
  noChanges: "Sin cambios en las cifras.",
  followUp: "Seguimiento",
  thisWorkbook: "Este libro",
  cutoff: "Mes de corte",
  insertFollowUp: "Insertar seguimiento",
  quarterlyReport: "Escribir informe trimestral",
  followUpWritten: (sheet: string, replaced: boolean, activities: number, month: string, kept: number, orphans: number) =>
    `${replaced ? "Seguimiento actualizado" : "Seguimiento escrito"} en la hoja «${sheet}»: ${activities} actividad(es), corte ${month}.` +
    (kept ? ` Se conservaron ${kept} dato(s) ya escritos.` : "") +
    (orphans ? ` ${orphans} fila(s) cuya actividad ya no está en el POA se conservaron al final.` : ""),
  followUpRenamed: (sheet: string) => `Ya había una hoja con ese nombre que no hizo el complemento y no se tocó: el seguimiento se escribió en «${sheet}».`,
  nothingToFollow: "El libro no tiene actividades con programación mensual (POA municipal): no hay nada que seguir. El formato estatal ya trae su REALIZADO por trimestre.",
  reportWritten: (sheet: string, replaced: boolean) => (replaced ? `Informe trimestral actualizado en la hoja «${sheet}».` : `Informe trimestral escrito en la hoja nueva «${sheet}».`),
  semaforo: (month: string) => `Semáforo al corte de ${month}`,
  lights: { verde: "verde", amarillo: "amarillo", rojo: "rojo", sinReporte: "sin reporte" },
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
  compare: "Compare with an earlier version…",
  comparing: "Reading the earlier version and comparing…",
  compared: (file, changes, fixed, open, added) => `Against “${file}”: ${changes} change(s); findings fixed ${fixed}, still open ${open}, new ${added}.`,
  earlierObservations: (attended, pending) => `Earlier observations: ${attended} attended to, ${pending} pending.`,
  actionChanges: (action, name, before, after) => `${action === null ? "No number" : `Action ${action}`} “${name}” · investment ${before} → ${after}`,
  change: (cell, what, before, after) => `${cell} ${what}: ${before} → ${after}`,
  writeChanges: "Write the Cambios sheet",
  changesWritten: (sheet) => `Changes written to sheet “${sheet}”.`,
  noChanges: "No figure changed.",
  followUp: "Follow-up",
  thisWorkbook: "This workbook",
  cutoff: "Cut-off month",
  insertFollowUp: "Insert follow-up",
  quarterlyReport: "Write quarterly report",
  followUpWritten: (sheet, replaced, activities, month, kept, orphans) =>
    `${replaced ? "Follow-up updated" : "Follow-up written"} in sheet “${sheet}”: ${activities} activit(ies), cut-off ${month}.` +
    (kept ? ` ${kept} value(s) already typed were kept.` : "") +
    (orphans ? ` ${orphans} row(s) whose activity is no longer in the POA were kept at the end.` : ""),
  followUpRenamed: (sheet) => `A sheet of that name, not made by the add-in, was left untouched: the follow-up was written to “${sheet}”.`,
  nothingToFollow: "The workbook has no activity with a monthly program (municipal POA): there is nothing to follow. The state form carries its own quarterly REALIZADO.",
  reportWritten: (sheet, replaced) => (replaced ? `Quarterly report updated in sheet “${sheet}”.` : `Quarterly report written to the new sheet “${sheet}”.`),
  semaforo: (month) => `Traffic light at the ${month} cut-off`,
  lights: { verde: "green", amarillo: "yellow", rojo: "red", sinReporte: "not reported" },
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
