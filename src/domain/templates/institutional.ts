import { area, type SheetCell, type SheetSpec, type StyleName } from "../sheets/spec";
import type { TemplateLayout } from "./municipal";
import type { TemplateOptions } from "./options";

const LAST_COL = 19; // T

/**
 * The state institutional POA as the state receives it: captions worded and numbered as on the
 * filed form (INSTITUCIÓN (1) … firmas (24)), in its order and blocks, so what we inject is what
 * a state planning office expects, and reads back with the same reader as a filed one.
 */
export const INSTITUTIONAL = {
  title: "PROGRAMA OPERATIVO ANUAL (POA)",
  subtitle: "Institucional",
  institucion: "INSTITUCIÓN (1):",
  programa: "Programa Presupuestal (2):",
  assigned: "Monto asignado a la institución (4)",
  spent: "Monto ejercido acumulado (5)",
  date: "Fecha de elaboración: (6)",
  quarters: ["1er. TRIM", "2o. TRIM", "3o. TRIM", "4o. TRIM"],
  progress: "% de Avance",
  comments: "Comentarios",
  units: ["UR PRINCIPAL (3):", "UR DERIVADA (3):"],
  pedSection: "Vinculación PED",
  ped: ["EJE RECTOR (7):", "EJE TRANSVERSAL (8):", "EJE GENERAL (9):", "Objetivo Estratégico (10):"],
  classificationSection: "Vinculación Presupuesto de Egresos (Estructura Funcional-Programática) (11)",
  classification: ["Finalidad", "Función", "Subfunción", "Modalidad"],
  sectoral: "Vinculación Programa sectorial o especial (12):",
  table: [
    "UR (específica) (13)",
    "No. ACT (14)",
    "ACTIVIDAD (DESCRIPCIÓN) (15)",
    "Art. y fracc. del Reglamento Int. (16)",
    "Estrategia Vinculante (clave) (17)",
    "Montos asignados por actividad (18)",
  ],
  metas: "METAS",
  followUp: "SEGUIMIENTO DE AVANCES (21)",
  unidad: "UNIDAD DE MEDIDA (19)",
  meta: "META ANUAL (19)",
  calendar: "CALENDARIO",
  realized: "REALIZADO",
  total: "TOTAL ACUMULADO",
  avance: "% DE AVANCE vs META",
  objetivo: "OBJETIVO DE LA ACTIVIDAD (Bien o servicio que produce) (22)",
  justificacion: "JUSTIFICACIÓN DE RESULTADOS (23)",
  signatures: [
    "NOMBRE, CARGO Y FIRMA DE QUIEN ELABORÓ EL POA (24)",
    "NOMBRE, CARGO Y FIRMA DEL FUNCIONARIO RESPONSABLE DE INTEGRAR EL POA (24)",
    "NOMBRE, CARGO Y FIRMA DEL ENCARGADO DE LA DEPENDENCIA U ORGANISMO (24)",
  ],
} as const;

/** Where a user types on the template (0-based), for tests and for whoever fills it by code. */
export const INSTITUTIONAL_CELLS = {
  institucion: { row: 3, col: 1 },
  programa: { row: 5, col: 1 },
  units: [6, 7],
  ped: [10, 11, 12, 13],
  classification: [16, 17, 18, 19],
  sectoral: { row: 22, col: 0 },
  headerRow: 24,
  firstActivityRow: 27,
} as const;

/**
 * A state secretariat's quarterly POA page: institution, budget program and responsible units
 * with their assigned and spent amounts, PED alignment, functional-programmatic classification,
 * and the activity table with calendar, realized, accumulated total and progress.
 */
export function institutionalTemplate(options: TemplateOptions): { spec: SheetSpec; layout: TemplateLayout } {
  const cells: SheetCell[] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (row: number, col: number, value: string | number | null, style: StyleName, formula?: string) =>
    cells.push(formula ? { row, col, formula, style } : { row, col, value, style });
  const band = (row: number, left: number, right: number, value: string | null, style: StyleName, bottom = row) => {
    put(row, left, value, style);
    if (right > left || bottom > row) merges.push(area(row, left, bottom, right));
  };
  const T = INSTITUTIONAL;
  const at = INSTITUTIONAL_CELLS;

  band(0, 0, LAST_COL, T.title, "title");
  band(1, 0, LAST_COL, `${T.subtitle} ${options.year}`, "title");

  // Institution, program and units: amounts in C, spent per quarter in D:G, progress in H.
  put(3, 0, T.institucion, "label");
  put(3, 1, options.secretaria || null, "value");
  put(3, 2, T.assigned, "label");
  band(3, 3, 7, T.spent, "label");
  put(3, 8, T.date, "label");
  put(3, 9, null, "value");
  T.quarters.forEach((q, i) => put(4, 3 + i, q, "label"));
  put(4, 7, T.progress, "label");
  band(4, 8, 9, T.comments, "label");
  [5, ...at.units].forEach((row, i) => {
    const r = row + 1;
    put(row, 0, i === 0 ? T.programa : T.units[i - 1]!, "label");
    put(row, 1, null, "value");
    put(row, 2, null, "money");
    for (let col = 3; col <= 6; col++) put(row, col, null, "money");
    put(row, 7, null, "percent", `=IF(N(C${r})=0,"",SUM(D${r}:G${r})/C${r})`);
    band(row, 8, 9, null, "text");
  });

  band(9, 0, LAST_COL, T.pedSection, "subtitle");
  T.ped.forEach((caption, i) => {
    const row = at.ped[i]!;
    put(row, 0, caption, "label");
    band(row, 1, LAST_COL, null, "value");
  });
  band(15, 0, LAST_COL, T.classificationSection, "subtitle");
  T.classification.forEach((caption, i) => {
    const row = at.classification[i]!;
    put(row, 0, caption, "label");
    put(row, 1, null, "text");
    band(row, 2, 9, null, "value");
  });
  band(21, 0, LAST_COL, T.sectoral, "label");
  band(22, 0, LAST_COL, null, "value");

  // The activity table, its header over three rows as on the filed form.
  const h = at.headerRow;
  T.table.forEach((caption, col) => band(h, col, col, caption, "header", h + 2));
  band(h, 6, 11, T.metas, "header");
  band(h, 12, 17, T.followUp, "header");
  band(h, 18, 18, T.objetivo, "header", h + 2);
  band(h, 19, 19, T.justificacion, "header", h + 2);
  band(h + 1, 6, 6, T.unidad, "header", h + 2);
  band(h + 1, 7, 7, T.meta, "header", h + 2);
  band(h + 1, 8, 11, T.calendar, "header");
  band(h + 1, 12, 15, T.realized, "header");
  band(h + 1, 16, 16, T.total, "header", h + 2);
  band(h + 1, 17, 17, T.avance, "header", h + 2);
  T.quarters.forEach((q, i) => {
    put(h + 2, 8 + i, `${q} (20)`, "header");
    put(h + 2, 12 + i, q, "header");
  });

  const first = at.firstActivityRow;
  const last = first + options.activities - 1;
  for (let row = first; row <= last; row++) {
    const r = row + 1;
    for (const col of [0, 1, 2, 3, 4, 6, 18, 19]) put(row, col, null, "text");
    put(row, 5, null, "money");
    for (let col = 7; col <= 15; col++) put(row, col, null, "count");
    put(row, 16, null, "count", `=IF(COUNT(M${r}:P${r})=0,"",SUM(M${r}:P${r}))`);
    put(row, 17, null, "percent", `=IF(OR(N(H${r})=0,Q${r}=""),"",Q${r}/H${r})`);
  }

  const signatureRow = last + 3;
  T.signatures.forEach((caption, b) => {
    const left = b * 7;
    const right = Math.min(left + 5, LAST_COL);
    band(signatureRow, left, right, caption, "signature");
    band(signatureRow + 4, left, right, null, "signatureLine");
  });

  const spec: SheetSpec = {
    name: `POA ${options.year} estatal`,
    cells,
    merges,
    columnWidths: [16, 30, 16, 16, 14, 16, 14, 11, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 30, 30],
    rowHeights: { 0: 22, 1: 20, 3: 34, 21: 20, [h]: 30, [h + 1]: 30, [h + 2]: 24 },
    validations: [
      { area: area(first, 7, last, 15), kind: "whole", min: 0, title: "Cifra", message: "Escriba un número entero mayor o igual a 0." },
      { area: area(first, 5, last, 5), kind: "decimal", min: 0, title: "Monto", message: "Escriba un monto en pesos, mayor o igual a 0." },
      { area: area(5, 2, 7, 6), kind: "decimal", min: 0, title: "Monto", message: "Escriba un monto en pesos, mayor o igual a 0." },
    ],
    conditionalFormats: [
      {
        area: area(first, 7, last, 7),
        formula: `AND(COUNT($I${first + 1}:$L${first + 1})>0,SUM($I${first + 1}:$L${first + 1})<>N($H${first + 1}))`,
        fill: "#FDE7E9",
        color: "#A4262C",
      },
    ],
    print: { orientation: "landscape", titleRows: [h, h + 2] },
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
