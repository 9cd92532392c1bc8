
import { QUARTER_CAPTIONS } from "../labels";
import { area, type SheetCell, type SheetSpec, type StyleName } from "../sheets/spec";
import type { TemplateLayout } from "./municipal";
import type { TemplateOptions } from "./options";

const LAST_COL = 19; // T

/** Captions of the state institutional layout, shared with the reader that recognises it. */
export const INSTITUTIONAL = {
  institucion: "INSTITUCIÓN",
  programa: "PROGRAMA PRESUPUESTAL",
  urHeader: ["UNIDAD RESPONSABLE", "CLAVE", "NOMBRE", "MONTO ASIGNADO", ...QUARTER_CAPTIONS.map((q) => `EJERCIDO ${q}`), "% DE AVANCE"],
  urRows: ["UR PRINCIPAL", "UR DERIVADA"],
  ped: ["EJE RECTOR", "EJE TRANSVERSAL", "EJE GENERAL"],
  classification: ["FINALIDAD", "FUNCIÓN", "SUBFUNCIÓN", "MODALIDAD"],
  table: [
    "UR",
    "No. ACT",
    "ACTIVIDAD",
    "ART. Y FRACC. DEL REGLAMENTO",
    "ESTRATEGIA VINCULANTE (CLAVE)",
    "MONTO ASIGNADO POR ACTIVIDAD",
    "UNIDAD DE MEDIDA",
    "META ANUAL",
    "CALENDARIO",
    "REALIZADO",
    "TOTAL ACUMULADO",
    "% DE AVANCE VS META",
    "OBJETIVO DE LA ACTIVIDAD",
    "JUSTIFICACIÓN DE RESULTADOS",
  ],
} as const;

/**
 * A state secretariat's quarterly POA page: institution and budget program, the responsible
 * units with their assigned and spent amounts, PED alignment, functional classification, and
 * the activity table with calendar, realized, accumulated total and progress.
 */
export function institucionalTemplate(options: TemplateOptions): { spec: SheetSpec; layout: TemplateLayout } {
  const cells: SheetCell[] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (row: number, col: number, value: string | number | null, style: StyleName, formula?: string) =>
    cells.push(formula ? { row, col, formula, style } : { row, col, value, style });
  const band = (row: number, left: number, right: number, value: string | null, style: StyleName) => {
    put(row, left, value, style);
    if (right > left) merges.push(area(row, left, row, right));
  };

  band(0, 0, LAST_COL, `PROGRAMA OPERATIVO ANUAL ${options.year}`, "title");
  band(1, 0, 2, INSTITUTIONAL.institucion, "label");
  band(1, 3, 9, options.secretaria || null, "value");
  band(1, 10, 12, INSTITUTIONAL.programa, "label");
  band(1, 13, LAST_COL, null, "value");

  band(2, 0, 1, INSTITUTIONAL.urHeader[0], "label");
  band(2, 2, 2, INSTITUTIONAL.urHeader[1], "label");
  band(2, 3, 6, INSTITUTIONAL.urHeader[2], "label");
  INSTITUTIONAL.urHeader.slice(3).forEach((caption, i) => band(2, 7 + i, 7 + i, caption, "label"));
  INSTITUTIONAL.urRows.forEach((caption, i) => {
    const row = 3 + i;
    const r = row + 1;
    band(row, 0, 1, caption, "label");
    band(row, 2, 2, null, "text");
    band(row, 3, 6, null, "text");
    for (let col = 7; col <= 11; col++) put(row, col, null, "money");
    put(row, 12, null, "count", `=IF(N(H${r})=0,"",SUM(I${r}:L${r})/H${r})`);
  });

  const pedBands: Array<[number, number, number, number]> = [
    [0, 1, 2, 6],
    [7, 8, 9, 12],
    [13, 14, 15, LAST_COL],
  ];
  INSTITUTIONAL.ped.forEach((caption, i) => {
    const [l1, r1, l2, r2] = pedBands[i]!;
    band(5, l1, r1, caption, "label");
    band(5, l2, r2, null, "value");
  });
  INSTITUTIONAL.classification.forEach((caption, i) => {
    const left = i * 5;
    band(6, left, left + 4, caption, "label");
    band(7, left, left, null, "text");
    band(7, left + 1, left + 4, null, "value");
  });

  const headerRow = 8;
  const quarterRow = 9;
  const first = 10;
  const last = first + options.activities - 1;
  const tableCols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 17, 18, 19];
  INSTITUTIONAL.table.forEach((caption, i) => {
    const col = tableCols[i]!;
    put(headerRow, col, caption, "header");
    if (caption === "CALENDARIO" || caption === "REALIZADO") merges.push(area(headerRow, col, headerRow, col + 3));
    else merges.push(area(headerRow, col, quarterRow, col));
  });
  QUARTER_CAPTIONS.forEach((caption, i) => {
    put(quarterRow, 8 + i, caption, "header");
    put(quarterRow, 12 + i, caption, "header");
  });
  for (let row = first; row <= last; row++) {
    const r = row + 1;
    for (const col of [0, 1, 2, 3, 4, 6, 18, 19]) put(row, col, null, "text");
    put(row, 5, null, "money");
    for (let col = 7; col <= 15; col++) put(row, col, null, "count");
    put(row, 16, null, "count", `=IF(COUNT(M${r}:P${r})=0,"",SUM(M${r}:P${r}))`);
    put(row, 17, null, "count", `=IF(OR(N(H${r})=0,Q${r}=""),"",ROUND(Q${r}/H${r}*100,1))`);
  }

  const signatureRow = last + 3;
  ["ELABORÓ", "REVISÓ", "AUTORIZÓ"].forEach((caption, b) => {
    const left = 1 + b * 7;
    band(signatureRow, left, left + 4, caption, "signature");
    band(signatureRow + 4, left, left + 4, "Nombre, cargo y firma", "signatureLine");
  });

  const spec: SheetSpec = {
    name: `POA ${options.year}`,
    cells,
    merges,
    columnWidths: [10, 8, 34, 14, 14, 16, 14, 11, 9, 9, 9, 9, 9, 9, 9, 9, 11, 11, 28, 28],
    rowHeights: { 0: 24, 1: 24, 2: 34, 3: 20, 4: 20, 5: 24, 6: 18, 7: 30, 8: 42 },
    validations: [
      { area: area(first, 7, last, 15), kind: "whole", min: 0, title: "Cifra", message: "Escriba un número entero mayor o igual a 0." },
      { area: area(first, 5, last, 5), kind: "decimal", min: 0, title: "Monto", message: "Escriba un monto en pesos, mayor o igual a 0." },
      { area: area(3, 7, 4, 11), kind: "decimal", min: 0, title: "Monto", message: "Escriba un monto en pesos, mayor o igual a 0." },
    ],
    conditionalFormats: [
      {
        area: area(first, 7, last, 7),
        formula: `AND(COUNT($I${first + 1}:$L${first + 1})>0,SUM($I${first + 1}:$L${first + 1})<>N($H${first + 1}))`,
        fill: "#FDE7E9",
        color: "#A4262C",
      },
    ],
    print: { orientation: "landscape", titleRows: [0, quarterRow] },
    freezeRows: 0,
    table: null,
    chart: null,
  };
  return {
    spec,
    layout: {
      fields: {},
      firstActivityRow: first,
      activityRows: options.activities,
      columns: { actividad: 2, area: 0, unidad: 6, inversion: 5, indicador: 4, anual: 7, periods: [8, 9, 10, 11], check: 7 },
    },
  };
}

