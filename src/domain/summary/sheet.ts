import { columnName } from "../a1";
import { round2 } from "../amounts";
import { SUMMARY_TITLE } from "../sheets/titles";
import { area, type SheetCell, type SheetSpec, type StyleName, wrappedRowHeight } from "../sheets/spec";
import type { SummaryEntry } from "./entries";
import { fileNameOf } from "../text";

/** The add-in's summary is recognised by its table's name, never by the sheet's name. */
export const SUMMARY_TABLE_NAME = "PoaResumen";
export const SUMMARY_SHEET_NAME = "Resumen";

interface Column {
  header: string;
  width: number;
  style: StyleName;
  value: (entry: SummaryEntry) => SheetCell["value"];
  total?: "sum";
  /** Long text that wraps: the row grows to show it whole when printed. */
  wraps?: boolean;
}

function fileName(path: string | null): string {
  return path === null ? "" : fileNameOf(path);
}

function columnsFor(withFile: boolean): Column[] {
  const columns: Column[] = [
    { header: "No.", width: 6, style: "count", value: (e) => e.number },
    { header: "ACCIÓN", width: 40, style: "text", value: (e) => e.name, wraps: true },
    { header: "SECRETARÍA", width: 26, style: "text", value: (e) => e.secretaria, wraps: true },
    { header: "HOJA", width: 14, style: "text", value: (e) => e.sheet },
    { header: "INVERSIÓN APROXIMADA", width: 18, style: "money", value: (e) => e.investment, total: "sum" },
    { header: "Σ INVERSIÓN ACTIVIDADES", width: 18, style: "money", value: (e) => e.activitiesInvestment, total: "sum" },
    { header: DIFFERENCE, width: 18, style: "money", value: () => null, total: "sum" },
    { header: "ACTIVIDADES", width: 12, style: "count", value: (e) => e.activities, total: "sum" },
    // Beneficiaries are not added up: several actions often count the same population.
    { header: "H", width: 10, style: "count", value: (e) => e.h },
    { header: "M", width: 10, style: "count", value: (e) => e.m },
    { header: "PARTIDAS", width: 28, style: "text", value: (e) => e.partidas, wraps: true },
    { header: "ERRORES", width: 10, style: "count", value: (e) => e.errors, total: "sum" },
    { header: "ADVERTENCIAS", width: 13, style: "count", value: (e) => e.warnings, total: "sum" },
  ];
  return withFile ? [{ header: "ARCHIVO", width: 28, style: "text", value: (e) => fileName(e.file), wraps: true }, ...columns] : columns;
}

/** One sign convention with the messages: activities minus investment, negative when they fall short. */
const DIFFERENCE = "DIFERENCIA (ACTIVIDADES − INVERSIÓN)";

function differenceOf(entry: SummaryEntry): number | null {
  return entry.investment === null || entry.activitiesInvestment === null ? null : round2(entry.activitiesInvestment - entry.investment);
}

/** A wrapping column holds about its width less two characters a line. */
function rowHeight(entry: SummaryEntry, columns: readonly Column[]): number {
  return wrappedRowHeight(columns.filter((c) => c.wraps).map((c) => [String(c.value(entry) ?? ""), c.width - 2] as const));
}

/**
 * The consolidated summary: one row per action, a TOTAL row below, an Excel table over the
 * rows, and a bar chart of investment by action. With `withFile`, one row per action of many
 * workbooks, each with the file it came from (the reviewer's view).
 */
export function buildSummarySheet(entries: readonly SummaryEntry[], options: { withFile: boolean; sources: number }): SheetSpec {
  const columns = columnsFor(options.withFile);
  const last = columns.length - 1;
  const headerRow = 3;
  const first = headerRow + 1;
  const lastRow = Math.max(first, headerRow + entries.length);
  const totalRow = lastRow + 1;
  const col = (header: string) => columns.findIndex((c) => c.header === header);
  const invest = columnName(col("INVERSIÓN APROXIMADA"));
  const activities = columnName(col("Σ INVERSIÓN ACTIVIDADES"));
  const cells: SheetCell[] = [
    { row: 0, col: 0, value: SUMMARY_TITLE, style: "title" },
    {
      row: 1,
      col: 0,
      value: `Generado por POA Excel a partir de ${options.sources} libro(s); «Generar resumen» reemplaza esta hoja. DIFERENCIA = Σ de las actividades − inversión aproximada (negativa: las actividades suman menos). H y M no se suman: varias acciones suelen contar a la misma población.`,
      style: "subtitle",
    },
  ];
  columns.forEach((column, c) => cells.push({ row: headerRow, col: c, value: column.header, style: "header" }));
  entries.forEach((entry, i) => {
    const row = first + i;
    const r = row + 1;
    columns.forEach((column, c) => {
      if (column.header === DIFFERENCE) {
        cells.push({
          row,
          col: c,
          formula: `=IF(OR(${invest}${r}="",${activities}${r}=""),"",${activities}${r}-${invest}${r})`,
          result: differenceOf(entry) ?? "",
          style: "money",
        });
        return;
      }
      cells.push({ row, col: c, value: column.value(entry), style: column.style });
    });
  });
  const nameCol = col("ACCIÓN");
  cells.push({ row: totalRow, col: nameCol, value: "TOTAL", style: "total" });
  columns.forEach((column, c) => {
    if (c === nameCol) return;
    if (column.total !== "sum") {
      cells.push({ row: totalRow, col: c, value: null, style: "total" });
      return;
    }
    const letter = columnName(c);
    const total = entries.reduce((sum, entry) => {
      const value = column.header === DIFFERENCE ? differenceOf(entry) : column.value(entry);
      return typeof value === "number" ? sum + value : sum;
    }, 0);
    cells.push({
      row: totalRow,
      col: c,
      formula: `=SUM(${letter}${first + 1}:${letter}${lastRow + 1})`,
      result: round2(total),
      style: column.style === "money" ? "totalMoney" : "totalCount",
    });
  });
  return {
    name: SUMMARY_SHEET_NAME,
    cells,
    merges: [area(0, 0, 0, last), area(1, 0, 1, last)],
    columnWidths: columns.map((c) => c.width),
    rowHeights: { 0: 24, 1: 30, [headerRow]: 32, ...Object.fromEntries(entries.map((entry, i) => [first + i, rowHeight(entry, columns)])) },
    validations: [],
    conditionalFormats: [
      {
        area: area(first, col(DIFFERENCE), lastRow, col(DIFFERENCE)),
        formula: `AND(ISNUMBER($${columnName(col(DIFFERENCE))}${first + 1}),ABS($${columnName(col(DIFFERENCE))}${first + 1})>=0.005)`,
        fill: "#FDE7E9",
        color: "#A4262C",
      },
    ],
    print: { orientation: "landscape", titleRows: [headerRow, headerRow], keyColumns: 2 },
    freezeRows: headerRow + 1,
    table: entries.length > 0 ? { name: SUMMARY_TABLE_NAME, area: area(headerRow, 0, lastRow, last) } : null,
    chart:
      entries.length > 0
        ? {
            title: "Inversión aproximada por acción",
            categories: area(first, nameCol, lastRow, nameCol),
            values: area(first, col("INVERSIÓN APROXIMADA"), lastRow, col("INVERSIÓN APROXIMADA")),
            seriesName: "INVERSIÓN APROXIMADA",
            axis: { numberFormat: '"$"#,##0', max: null },
            at: { row: totalRow + 2, col: nameCol, cols: 8, rows: Math.min(40, 12 + entries.length) },
          }
        : null,
  };
}
