import type ExcelJS from "exceljs";
import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { loadWithExcelJS } from "./exceljsGrid";
import { buildTemplate } from "../../src/domain/templates";
import { INSTITUTIONAL_CELLS } from "../../src/domain/templates/institutional";

/** A unit: caption code and name (typed in one cell, as filed), assigned, spent per quarter. */
export const UNITS = [
  ["0801 Dirección General de Seguridad", 1_200_000, [250_000, 300_000, 0, 0]],
  ["0802 Dirección de Prevención del Delito", 300_000, [60_000, 90_000, 0, 0]],
] as const;

type Row = readonly [string, number, string, number, string, number, readonly number[], ReadonlyArray<number | null>];

/** Two printed pages (two sheets, as filed): UR, No., activity, amount, unit, meta, calendar, realized. */
export const PAGES: ReadonlyArray<readonly Row[]> = [
  [
    ["0801", 1, "Patrullajes preventivos", 800_000, "Patrullaje", 1200, [300, 300, 300, 300], [290, 300, null, null]],
    ["0801", 2, "Capacitación policial", 400_000, "Curso", 12, [3, 3, 3, 3], [3, 2, null, null]],
  ],
  [["0802", 1, "Pláticas en escuelas", 300_000, "Plática", 40, [10, 10, 10, 10], [9, 10, null, null]]],
];

const CLASSIFICATION = [
  [1, "Gobierno"],
  [7, "Asuntos de Orden Público y de Seguridad Interior"],
  [1, "Policía"],
  ["E", "Prestación de Servicios Públicos"],
] as const;

/** The state template, filled in as a secretariat would, one sheet per printed page. */
export async function filledInstitutional(): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const workbook = UserWorkbook.empty();
  const sheets: string[] = [];
  for (const _ of PAGES) {
    const { spec } = buildTemplate({ family: "institucional", year: 2024, secretaria: "Secretaría de Seguridad Pública", activities: 3 });
    sheets.push(await workbook.addSheet(spec));
  }
  // Typed as a user would, in a spreadsheet program: ExcelJS stands in for it.
  const excel = await loadWithExcelJS(await workbook.toBuffer());
  PAGES.forEach((rows, i) => fillPage(excel.getWorksheet(sheets[i]!)!, rows));
  return { bytes: new Uint8Array(await excel.xlsx.writeBuffer()), sheets };
}

function fillPage(ws: ExcelJS.Worksheet, rows: readonly Row[]): void {
  const at = INSTITUTIONAL_CELLS;
  const cell = (row: number, col: number) => ws.getCell(row + 1, col + 1);
  cell(at.programa.row, at.programa.col).value = "E015 Seguridad pública";
  cell(at.programa.row, 2).value = 1_500_000;
  UNITS.forEach(([unit, assigned, spent], i) => {
    const row = at.units[i]!;
    cell(row, 1).value = unit;
    cell(row, 2).value = assigned;
    spent.forEach((v, q) => (cell(row, 3 + q).value = v));
  });
  cell(at.ped[0], 1).value = "Eje 1 Seguridad humana";
  CLASSIFICATION.forEach(([code, name], i) => {
    cell(at.classification[i]!, 1).value = code;
    cell(at.classification[i]!, 2).value = name;
  });
  rows.forEach(([ur, no, actividad, monto, unidad, meta, calendar, realized], i) => {
    const row = at.firstActivityRow + i;
    cell(row, 0).value = ur;
    cell(row, 1).value = no;
    cell(row, 2).value = actividad;
    cell(row, 5).value = monto;
    cell(row, 6).value = unidad;
    cell(row, 7).value = meta;
    calendar.forEach((v, q) => (cell(row, 8 + q).value = v));
    realized.forEach((v, q) => (cell(row, 12 + q).value = v));
    const done = realized.reduce<number>((a, b) => a + (b ?? 0), 0);
    cell(row, 16).value = { formula: `IF(COUNT(M${row + 1}:P${row + 1})=0,"",SUM(M${row + 1}:P${row + 1}))`, result: done } as ExcelJS.CellFormulaValue;
    cell(row, 17).value = { formula: `IF(OR(N(H${row + 1})=0,Q${row + 1}=""),"",Q${row + 1}/H${row + 1})`, result: done / meta } as ExcelJS.CellFormulaValue;
  });
}
