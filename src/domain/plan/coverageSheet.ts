import { columnName } from "../a1";
import { OWN_TITLES } from "../sheets/titles";
import { area, type SheetCell, type SheetSpec, type StyleName, wrappedRowHeight } from "../sheets/spec";
import type { Coverage, CoverageLine } from "./coverage";

/** The add-in knows its coverage sheet by this table, never by the sheet's name. */
export const COVERAGE_TABLE_NAME = "PoaAlineacion";
export const COVERAGE_SHEET_NAME = "Alineación";

const LEVELS = ["EJE", "LÍNEA", "ESTRATEGIA"] as const;
const UNALIGNED = "SIN ALINEACIÓN";
const HEADERS = ["NIVEL", "CLAVE", "LÍNEA DEL PLAN", "POA", "ACCIONES", "ACTIVIDADES", "INVERSIÓN", "SECRETARÍAS"] as const;
const WIDTHS = [12, 11, 58, 6, 10, 12, 16, 38];
const C = { level: 0, code: 1, text: 2, files: 3, actions: 4, activities: 5, investment: 6, secretarias: 7 } as const;
const LAST = HEADERS.length - 1;
const HEADER_ROW = 3;

/**
 * «Alineación con el plan» and `poa alineacion`: per eje, línea and estrategia, the POAs, actions,
 * activities and investment that serve it and the secretarías involved; the actions that name no
 * line; the total, which is the summary's; with the plan, its lines no action serves; and a
 * chart of investment by eje.
 */
export function buildCoverageSheet(coverage: Coverage, options: { sources: number; plan: string | null }): SheetSpec {
  const cells: SheetCell[] = [
    { row: 0, col: 0, value: OWN_TITLES.coverage, style: "title" },
    {
      row: 1,
      col: 0,
      value: [
        `Generado por POA Excel a partir de ${options.sources} libro(s)`,
        options.plan ? `contra el plan «${options.plan}»` : "sin plan cargado: las líneas se nombran como las escriben los POA",
        "cada renglón suma lo de las líneas que tiene debajo; una acción estatal reparte su monto entre las estrategias de sus actividades.",
      ].join("; "),
      style: "subtitle",
    },
  ];
  HEADERS.forEach((header, col) => cells.push({ row: HEADER_ROW, col, value: header, style: "header" }));
  const rowHeights: Record<number, number> = { 0: 24, 1: 30, [HEADER_ROW]: 30 };
  let row = HEADER_ROW + 1;
  const ejeRows: Array<{ row: number; line: CoverageLine }> = [];
  const put = (line: Omit<CoverageLine, "children" | "level" | "files"> & { files: number | null }, level: string, strong: boolean) => {
    const style = (plain: StyleName, total: StyleName): StyleName => (strong ? total : plain);
    cells.push(
      { row, col: C.level, value: level, style: style("text", "total") },
      { row, col: C.code, value: line.code, style: style("text", "total") },
      { row, col: C.text, value: line.text, style: style("text", "total") },
      { row, col: C.files, value: line.files, style: style("count", "totalCount") },
      { row, col: C.actions, value: line.actions, style: style("count", "totalCount") },
      { row, col: C.activities, value: line.activities, style: style("count", "totalCount") },
      { row, col: C.investment, value: line.investment, style: style("money", "totalMoney") },
      { row, col: C.secretarias, value: line.secretarias.join(", "), style: style("text", "total") },
    );
    rowHeights[row] = wrappedRowHeight([
      [line.text, WIDTHS[C.text]! - 2],
      [line.secretarias.join(", "), WIDTHS[C.secretarias]! - 2],
    ]);
    row++;
  };
  const walk = (line: CoverageLine) => {
    if (line.level === 0) ejeRows.push({ row, line });
    put(line, LEVELS[line.level], line.level === 0);
    line.children.forEach(walk);
  };
  coverage.lines.forEach(walk);
  if (coverage.unaligned.actions > 0) {
    put({ code: null, text: "Acciones que no nombran ninguna línea del plan", files: null, secretarias: [], ...coverage.unaligned }, UNALIGNED, true);
  }
  const lastLine = Math.max(HEADER_ROW + 1, row - 1);
  const totalRow = row;
  const range = (col: number) => `${columnName(col)}${HEADER_ROW + 2}:${columnName(col)}${lastLine + 1}`;
  const levels = `$A$${HEADER_ROW + 2}:$A$${lastLine + 1}`;
  cells.push({ row: totalRow, col: C.level, value: "TOTAL", style: "total" }, { row: totalRow, col: C.code, value: null, style: "total" }, { row: totalRow, col: C.text, value: null, style: "total" });
  cells.push({ row: totalRow, col: C.files, value: coverage.total.files, style: "totalCount" });
  for (const [col, result, style] of [
    [C.actions, coverage.total.actions, "totalCount"],
    [C.activities, coverage.total.activities, "totalCount"],
    [C.investment, coverage.total.investment, "totalMoney"],
  ] as const) {
    // The ejes and the unaligned row add up to everything: the líneas under them are not counted twice.
    cells.push({ row: totalRow, col, formula: `=SUMIF(${levels},"EJE",${range(col)})+SUMIF(${levels},"${UNALIGNED}",${range(col)})`, result, style });
  }
  cells.push({ row: totalRow, col: C.secretarias, value: null, style: "total" });
  row = totalRow + 2;
  if (coverage.unserved.length > 0) {
    cells.push({ row, col: 0, value: `LÍNEAS DEL PLAN SIN ACCIONES (${coverage.unserved.length})`, style: "label" });
    row++;
    for (const line of coverage.unserved) {
      cells.push({ row, col: C.code, value: line.code, style: "text" }, { row, col: C.text, value: line.text, style: "text" });
      row++;
    }
    row++;
  }
  const chartTop = row;
  if (ejeRows.length > 0) {
    cells.push({ row, col: C.text, value: "EJE", style: "header" }, { row, col: C.investment, value: "INVERSIÓN", style: "header" });
    ejeRows.forEach(({ row: at, line }, i) => {
      const r = chartTop + 1 + i;
      cells.push({ row: r, col: C.text, formula: `=${columnName(C.code)}${at + 1}&" "&${columnName(C.text)}${at + 1}`, result: `${line.code ?? ""} ${line.text}`, style: "text" });
      cells.push({ row: r, col: C.investment, formula: `=${columnName(C.investment)}${at + 1}`, result: line.investment, style: "money" });
    });
  }
  const chartEnd = chartTop + ejeRows.length;
  return {
    name: COVERAGE_SHEET_NAME,
    cells,
    merges: [area(0, 0, 0, LAST), area(1, 0, 1, LAST)],
    columnWidths: WIDTHS,
    rowHeights,
    validations: [],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: [HEADER_ROW, HEADER_ROW], keyColumns: 3 },
    freezeRows: HEADER_ROW + 1,
    table: coverage.lines.length > 0 || coverage.unaligned.actions > 0 ? { name: COVERAGE_TABLE_NAME, area: area(HEADER_ROW, 0, lastLine, LAST) } : null,
    chart:
      ejeRows.length > 0
        ? {
            title: "Inversión por eje",
            categories: area(chartTop + 1, C.text, chartEnd, C.text),
            values: area(chartTop + 1, C.investment, chartEnd, C.investment),
            seriesName: "INVERSIÓN",
            axis: { numberFormat: '"$"#,##0', max: null },
            at: { row: chartEnd + 2, col: C.level, cols: 7, rows: Math.min(30, 12 + ejeRows.length) },
          }
        : null,
  };
}
