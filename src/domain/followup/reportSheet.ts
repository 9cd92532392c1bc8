import { captionKey } from "../text";
import { toA1 } from "../a1";
import type { Area } from "../grid";
import { OWN_TITLES } from "../sheets/titles";
import { area, type ConditionalSpec, type SheetCell, type SheetSpec, signatureLines, wrappedRowHeight } from "../sheets/spec";
import { monthName, periodText } from "./cutoff";
import type { QuarterlyReport } from "./report";
import { LIGHT_COLORS, SEMAFORO, semaforoLegend } from "./semaforo";

/** The add-in knows its report sheet by this table, never by the sheet's name. */
export const REPORT_TABLE_NAME = "PoaInforme";

const HEADERS = ["No.", "SECRETARÍA", "ARCHIVO", "ACCIONES", "ACTIVIDADES", "PROGRAMADO AL CORTE", "REALIZADO AL CORTE", "% DE AVANCE", "VERDE", "AMARILLO", "ROJO", "SIN REPORTE", "NOTA"];
const RED_HEADERS = ["SECRETARÍA (ARCHIVO)", "ACTIVIDAD", "ACCIÓN", "PROGRAMADO", "REALIZADO", "% DE AVANCE", "JUSTIFICACIÓN"];
const LAST_COL = HEADERS.length - 1;
const HEADER_ROW = 4;
const AVANCE_COL = 7;
const CHART_ROWS = 16;

/** A % de avance coloured by the semáforo's thresholds. */
function lightFormats(cells: Area): ConditionalSpec[] {
  const ref = `$${toA1(cells.top, cells.left)}`;
  return [
    { area: cells, formula: `AND(ISNUMBER(${ref}),${ref}>=${SEMAFORO.verde})`, ...LIGHT_COLORS.VERDE },
    { area: cells, formula: `AND(ISNUMBER(${ref}),${ref}>=${SEMAFORO.amarillo},${ref}<${SEMAFORO.verde})`, ...LIGHT_COLORS.AMARILLO },
    { area: cells, formula: `AND(ISNUMBER(${ref}),${ref}<${SEMAFORO.amarillo})`, ...LIGHT_COLORS.ROJO },
  ];
}

/**
 * The report the planning office presents each quarter: one row per POA, the municipal total,
 * the avance by secretaría with its chart, then the activities in red with their justification.
 * Printable in landscape, one page wide.
 */
export function buildQuarterlyReportSheet(report: QuarterlyReport): SheetSpec {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: SheetCell["value"], style: SheetCell["style"]) => cells.push({ row, col, value, style });
  const merges = [area(0, 0, 0, LAST_COL), area(1, 0, 1, LAST_COL), area(2, 0, 2, LAST_COL)];
  // POAs of several years: the title names them all, and the period is each one's own.
  const mixed = report.years.length > 1;
  const years = mixed ? `${report.years.slice(0, -1).join(", ")} Y ${report.years[report.years.length - 1]}` : report.year ? String(report.year) : "";
  put(0, 0, `${OWN_TITLES.report}${years ? ` ${years}` : ""}`, "title");
  const period = mixed ? `${periodText(report.cutoff, null)} de cada año (POA de ${years.replace(" Y ", " y ")})` : periodText(report.cutoff, report.year);
  put(1, 0, `Periodo: ${period} (corte: ${monthName(report.cutoff)}). ${report.rows.length} POA.`, "subtitle");
  put(
    2,
    0,
    `% DE AVANCE: promedio del avance al corte de las actividades con algo programado, cada una contada hasta 100 %. Semáforo: ${semaforoLegend()}. PROGRAMADO y REALIZADO suman unidades de medida distintas: sirven de referencia, no de cociente.`,
    "note",
  );
  HEADERS.forEach((header, col) => put(HEADER_ROW, col, header, "header"));
  const rowHeights: Record<number, number> = { 0: 24, 2: 30, [HEADER_ROW]: 30 };
  const first = HEADER_ROW + 1;
  report.rows.forEach((row, i) => {
    const r = first + i;
    const values: Array<[SheetCell["value"], SheetCell["style"]]> = [
      [i + 1, "count"],
      [row.secretaria || row.file, "text"],
      [row.file, "text"],
      [row.actions, "count"],
      [row.activities, "count"],
      [row.programmed, "count"],
      [row.realized, "count"],
      [row.avance, "percent"],
      [row.verde, "count"],
      [row.amarillo, "count"],
      [row.rojo, "count"],
      [row.unreported, "count"],
      [row.note, "text"],
    ];
    values.forEach(([value, style], col) => put(r, col, value, style));
    rowHeights[r] = wrappedRowHeight([
      [row.secretaria || row.file, 28],
      [row.file, 22],
      [row.note, 24],
    ]);
  });
  const last = Math.max(first, first + report.rows.length - 1);
  const totalRow = last + 1;
  put(totalRow, 1, report.total.secretaria, "total");
  const sums: Array<[number, number]> = [
    [3, report.total.actions],
    [4, report.total.activities],
    [5, report.total.programmed],
    [6, report.total.realized],
    [8, report.total.verde],
    [9, report.total.amarillo],
    [10, report.total.rojo],
    [11, report.total.unreported],
  ];
  for (const [col, result] of sums) cells.push({ row: totalRow, col, formula: `=SUM(${toA1(first, col)}:${toA1(last, col)})`, result, style: "totalCount" });
  // The municipal avance is over every activity, not a mean of the POAs' means.
  put(totalRow, AVANCE_COL, report.total.avance, "totalPercent");
  for (const col of [0, 2]) put(totalRow, col, null, "total");
  put(totalRow, LAST_COL, report.total.note || null, report.total.note ? "text" : "total");
  if (report.total.note) rowHeights[totalRow] = wrappedRowHeight([[report.total.note, 24]]);

  const conditionalFormats: ConditionalSpec[] = lightFormats(area(first, AVANCE_COL, totalRow, AVANCE_COL));

  // The chart's own table: one bar per secretaría, whatever its number of POAs.
  const bySecretariaRow = totalRow + 2;
  put(bySecretariaRow, 1, "SECRETARÍA", "header");
  put(bySecretariaRow, 2, "% DE AVANCE", "header");
  report.bySecretaria.forEach(({ secretaria, avance }, i) => {
    put(bySecretariaRow + 1 + i, 1, secretaria, "text");
    put(bySecretariaRow + 1 + i, 2, avance, "percent");
    rowHeights[bySecretariaRow + 1 + i] = wrappedRowHeight([[secretaria, 28]]);
  });
  const firstSecretaria = bySecretariaRow + 1;
  const lastSecretaria = bySecretariaRow + Math.max(1, report.bySecretaria.length);
  if (report.bySecretaria.length > 0) conditionalFormats.push(...lightFormats(area(firstSecretaria, 2, lastSecretaria, 2)));
  const chartRow = lastSecretaria + 2;
  // Nothing realized yet: a chart of zeros says nothing, a sentence does.
  const nothingRealized = report.total.realized === 0;
  if (nothingRealized) {
    put(chartRow, 1, `Aún no hay cifras realizadas al corte de ${monthName(report.cutoff)}: la gráfica del avance por secretaría aparecerá cuando se capturen en las hojas de seguimiento.`, "note");
    merges.push(area(chartRow, 1, chartRow, 8));
    rowHeights[chartRow] = 30;
  }
  const redTitle = chartRow + CHART_ROWS + 1;
  put(redTitle, 0, `ACTIVIDADES EN ROJO AL CORTE DE ${monthName(report.cutoff)}`, "label");
  merges.push(area(redTitle, 0, redTitle, LAST_COL));
  const redHeader = redTitle + 1;
  // The justification is long text: it takes the last columns together.
  const justificationCol = 7;
  RED_HEADERS.forEach((header, i) => put(redHeader, 1 + i, header, "header"));
  merges.push(area(redHeader, justificationCol, redHeader, LAST_COL));
  report.red.forEach((activity, i) => {
    const r = redHeader + 1 + i;
    const values: Array<[SheetCell["value"], SheetCell["style"]]> = [
      [activity.secretaria ? `${activity.secretaria} (${activity.file})` : activity.file, "text"],
      [activity.activity, "text"],
      [activity.action, "count"],
      [activity.programmed, "count"],
      [activity.realized, "count"],
      [activity.avance, "percent"],
      [activity.justification || "SIN JUSTIFICACIÓN", "text"],
    ];
    values.forEach(([value, style], j) => put(r, 1 + j, value, style));
    merges.push(area(r, justificationCol, r, LAST_COL));
  });
  if (report.red.length === 0) put(redHeader + 1, 1, "Ninguna actividad en rojo al corte.", "text");
  let after = redHeader + Math.max(1, report.red.length) + 2;
  if (report.indicators.length > 0) after = indicatorSection(report, after, put, merges, rowHeights) + 1;
  const signatureRow = after + 3;
  const signatures = signatureLines(signatureRow, [
    [1, "Elaboró"],
    [7, "Vo. Bo."],
  ]);
  cells.push(...signatures.cells);
  merges.push(...signatures.merges);
  rowHeights[redHeader] = 30;
  report.red.forEach((activity, i) => {
    rowHeights[redHeader + 1 + i] = wrappedRowHeight([
      [`${activity.secretaria} · ${activity.file}`, 28],
      [activity.activity, 22],
      [activity.justification, 70],
    ]);
  });
  return {
    name: "Informe trimestral",
    cells,
    merges,
    columnWidths: [5, 24, 16, 10, 12, 14, 14, 12, 8, 10, 8, 10, 20],
    rowHeights,
    validations: [],
    conditionalFormats,
    print: { orientation: "landscape", titleRows: null, keyColumns: 2 },
    freezeRows: 0,
    table: report.rows.length > 0 ? { name: REPORT_TABLE_NAME, area: area(HEADER_ROW, 0, last, LAST_COL) } : null,
    chart:
      report.bySecretaria.length > 0 && !nothingRealized
        ? {
            title: `% de avance por secretaría al corte de ${monthName(report.cutoff).toLowerCase()}`,
            categories: area(firstSecretaria, 1, lastSecretaria, 1),
            values: area(firstSecretaria, 2, lastSecretaria, 2),
            seriesName: "% DE AVANCE",
            axis: { numberFormat: "0%", max: 1 },
            at: { row: chartRow, col: 1, cols: 8, rows: CHART_ROWS },
          }
        : null,
  };
}

/** By column: % de cumplimiento and the semáforo take two columns each, the justification the last two. */
const INDICATOR_HEADERS: Array<[col: number, caption: string]> = [
  [1, "SECRETARÍA (ARCHIVO)"],
  [2, "INDICADOR"],
  [3, "NIVEL"],
  [4, "TRIMESTRE"],
  [5, "PROGRAMADO AL CORTE"],
  [6, "ALCANZADO AL CORTE"],
  [7, "% CUMPLIMIENTO"],
  [9, "SEMÁFORO"],
  [11, "JUSTIFICACIÓN"],
];

/**
 * The MIR indicators of the POAs that follow them: how many are ACEPTABLE and CRÍTICO, then each
 * one at its sheet's cut-off (programmed, achieved, % de cumplimiento and semáforo, as its sheet
 * computed them) and its justification. Returns the last row used.
 */
function indicatorSection(report: QuarterlyReport, top: number, put: (row: number, col: number, value: SheetCell["value"], style: SheetCell["style"]) => void, merges: Area[], rowHeights: Record<number, number>): number {
  const count = (light: string) => report.indicators.filter((i) => captionKey(i.light) === light).length;
  put(top, 0, `INDICADORES DE LA MIR: ${report.indicators.length} · ACEPTABLE ${count("ACEPTABLE")} · CRÍTICO ${count("CRITICO")} · SIN REPORTE ${count("SIN REPORTE")} · NO SE MIDE ${count("NO SE MIDE")}`, "label");
  merges.push(area(top, 0, top, LAST_COL));
  const header = top + 1;
  const cumplimientoCol = 7;
  const lightCol = 9;
  const justificationCol = 11;
  const spans = [area(header, cumplimientoCol, header, cumplimientoCol + 1), area(header, lightCol, header, lightCol + 1), area(header, justificationCol, header, LAST_COL)];
  for (const [col, caption] of INDICATOR_HEADERS) put(header, col, caption, "header");
  for (const span of spans) for (let col = span.left + 1; col <= span.right; col++) put(header, col, null, "header");
  merges.push(...spans);
  rowHeights[header] = 30;
  const quarter = Math.ceil(report.cutoff / 3);
  report.indicators.forEach((indicator, i) => {
    const r = header + 1 + i;
    put(r, 1, indicator.secretaria ? `${indicator.secretaria} (${indicator.file})` : indicator.file, "text");
    put(r, 2, indicator.indicator, "text");
    put(r, 3, indicator.level, "text");
    // A sheet left at another quarter than the report's is said as it is.
    put(r, 4, indicator.quarter === quarter || indicator.quarter === null ? indicator.quarter : `${indicator.quarter} (el informe: ${quarter})`, "count");
    put(r, 5, indicator.programmed, "count");
    put(r, 6, indicator.achieved, "count");
    put(r, cumplimientoCol, indicator.cumplimiento, "percent");
    put(r, lightCol, indicator.light || null, "count");
    put(r, justificationCol, indicator.justification || (captionKey(indicator.light) === "CRITICO" ? "SIN JUSTIFICACIÓN" : null), "text");
    for (const span of spans) {
      for (let col = span.left + 1; col <= span.right; col++) put(r, col, null, "text");
      merges.push({ ...span, top: r, bottom: r });
    }
    rowHeights[r] = wrappedRowHeight([
      [`${indicator.secretaria} · ${indicator.file}`, 28],
      [indicator.indicator, 22],
      [indicator.justification, 30],
    ]);
  });
  return header + report.indicators.length;
}
