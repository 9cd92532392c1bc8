/**
 * The titles our sheets carry in their first row. A workbook's grids say nothing of tables, so
 * these are how the reader knows a sheet as ours and leaves it alone: its figures are no POA's.
 * The summary is not among them on purpose: it is a summary table of the actions, read as one,
 * so that once the actions change, summary-mismatch says it is stale and to write it again.
 */
export const SUMMARY_TITLE = "RESUMEN DE ACCIONES DEL POA";

export const OWN_TITLES = {
  observations: "OBSERVACIONES A LA REVISIÓN DEL PROGRAMA OPERATIVO ANUAL",
  status: "ESTADO DE LA REVISIÓN DE LOS POA",
  changes: "CAMBIOS ENTRE VERSIONES DEL POA",
  report: "INFORME TRIMESTRAL DE AVANCE DE LOS PROGRAMAS OPERATIVOS ANUALES",
  coverage: "ALINEACIÓN DE LOS POA CON EL PLAN DE DESARROLLO",
} as const;
