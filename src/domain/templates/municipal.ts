import { columnName } from "../a1";
import { HEADER_CAPTIONS, type HeaderField, MONTH_CAPTIONS, TABLE_CAPTIONS } from "../labels";
import { area, type SheetCell, type SheetSpec, type StyleName } from "../sheets/spec";
import type { TemplateOptions } from "./options";

/** Where a template's blanks are, for whoever fills it (and for the round-trip tests). */
export interface TemplateLayout {
  fields: Partial<Record<HeaderField, { row: number; col: number }>>;
  firstActivityRow: number;
  activityRows: number;
  columns: { actividad: number; area: number; unidad: number; inversion: number; indicador: number; anual: number; periods: number[]; check: number };
}

const LAST_COL = 18; // S: the live check
const BLOCKS: Array<[number, number]> = [
  [0, 5],
  [6, 11],
  [12, LAST_COL],
];

/**
 * A municipal POA action as the users' own files lay it out: four pairs of label and value
 * rows in three bands (A:F, G:L, M:S), the activity table with the twelve months, a live
 * check per activity, and the signature block.
 */
export function municipalTemplate(options: TemplateOptions): { spec: SheetSpec; layout: TemplateLayout } {
  const is2022 = options.family === "municipal-2022";
  const cells: SheetCell[] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (row: number, col: number, value: string | number | null, style: StyleName, formula?: string) =>
    cells.push(formula ? { row, col, formula, style } : { row, col, value, style });

  put(0, 0, `PROGRAMA OPERATIVO ANUAL ${options.year}`, "title");
  merges.push(area(0, 0, 0, LAST_COL));
  put(1, 0, "Llene las celdas en blanco. La columna VERIFICACIÓN muestra ✓ cuando los meses suman la programación anual.", "subtitle");
  merges.push(area(1, 0, 1, LAST_COL));

  const bands: Array<Array<HeaderField | null>> = [
    ["secretaria", "nombre", "beneficiarios"],
    ["eje", "numero", "meta"],
    [is2022 ? "linea" : "objetivo", "inversion", "partida"],
    ["estrategia", "proposito", null],
  ];
  const fields: TemplateLayout["fields"] = {};
  bands.forEach((band, i) => {
    const labelRow = 2 + i * 2;
    band.forEach((field, b) => {
      const [left, right] = BLOCKS[b]!;
      const caption = field === null ? "" : field === "eje" && is2022 ? "PRINCIPIO RECTOR" : HEADER_CAPTIONS[field];
      put(labelRow, left, caption, "label");
      const valueStyle: StyleName = field === "inversion" ? "money" : "value";
      const initial = field === "secretaria" && options.secretaria ? options.secretaria : null;
      put(labelRow + 1, left, initial, valueStyle);
      merges.push(area(labelRow, left, labelRow, right), area(labelRow + 1, left, labelRow + 1, right));
      if (field) fields[field] = { row: labelRow + 1, col: left };
    });
  });

  const headerRow = 10;
  const monthRow = 11;
  const first = 12;
  const last = first + options.activities - 1;
  const columns: TemplateLayout["columns"] = {
    actividad: 0,
    area: 1,
    unidad: 2,
    inversion: 3,
    indicador: 4,
    anual: 5,
    periods: MONTH_CAPTIONS.map((_, i) => 6 + i),
    check: LAST_COL,
  };
  const tableCaptions: Array<[number, string]> = [
    [0, TABLE_CAPTIONS.actividad],
    [1, TABLE_CAPTIONS.area],
    [2, TABLE_CAPTIONS.unidad],
    [3, TABLE_CAPTIONS.inversion],
    [4, TABLE_CAPTIONS.indicador],
    [5, TABLE_CAPTIONS.anual],
    [6, TABLE_CAPTIONS.mensual],
    [LAST_COL, TABLE_CAPTIONS.control],
  ];
  for (const [col, caption] of tableCaptions) put(headerRow, col, caption, "header");
  for (let col = 0; col <= 5; col++) merges.push(area(headerRow, col, monthRow, col));
  merges.push(area(headerRow, 6, headerRow, 17), area(headerRow, LAST_COL, monthRow, LAST_COL));
  MONTH_CAPTIONS.forEach((month, i) => put(monthRow, 6 + i, month, "header"));

  for (let row = first; row <= last; row++) {
    const r = row + 1;
    for (let col = 0; col <= 4; col++) put(row, col, null, col === 3 ? "money" : "text");
    for (let col = 5; col <= 17; col++) put(row, col, null, "count");
    put(row, LAST_COL, null, "check", `=IF(COUNT(F${r}:R${r})=0,"",SUM(G${r}:R${r})-N(F${r}))`);
  }

  const signatureRow = last + 3;
  // Narrower than the bands, so the three signature lines stand apart.
  const signatureBlocks: Array<[number, number]> = [
    [1, 3],
    [7, 11],
    [13, 17],
  ];
  ["ELABORÓ", "REVISÓ", "AUTORIZÓ"].forEach((caption, b) => {
    const [left, right] = signatureBlocks[b]!;
    put(signatureRow, left, caption, "signature");
    put(signatureRow + 4, left, "Nombre, cargo y firma", "signatureLine");
    merges.push(area(signatureRow, left, signatureRow, right), area(signatureRow + 4, left, signatureRow + 4, right));
  });

  const check = `$${columnName(LAST_COL)}${first + 1}`;
  const spec: SheetSpec = {
    // The 2021 headings (EJE) and the 2022 ones (PRINCIPIO RECTOR) inserted side by side keep apart by name.
    name: `POA ${options.year} municipal${is2022 ? "" : " (EJE)"}`,
    cells,
    merges,
    // One page wide at 60 % or more: a form is filed on one sheet of paper.
    columnWidths: [27, 15, 11, 15, 18, 12, ...Array(12).fill(5.5), 10],
    rowHeights: { 0: 24, 3: 36, 5: 36, 7: 36, 9: 48, 10: 30 },
    validations: [
      { area: area(first, 5, last, 17), kind: "whole", min: 0, title: "Cifra", message: "Escriba un número entero mayor o igual a 0; deje la celda vacía si no hay actividad ese mes." },
      { area: area(first, 3, last, 3), kind: "decimal", min: 0, title: "Inversión", message: "Escriba un monto en pesos, mayor o igual a 0." },
      { area: area(fields.numero!.row, fields.numero!.col), kind: "whole", min: 1, title: "Número de acción", message: "Escriba el número de la acción (entero)." },
      { area: area(fields.inversion!.row, fields.inversion!.col), kind: "decimal", min: 0, title: "Inversión aproximada", message: "Escriba un monto en pesos, mayor o igual a 0." },
    ],
    conditionalFormats: [
      { area: area(first, LAST_COL, last, LAST_COL), formula: `AND(ISNUMBER(${check}),${check}<>0)`, fill: "#FDE7E9", color: "#A4262C" },
    ],
    print: { orientation: "landscape", titleRows: [headerRow, monthRow], keyColumns: 1 },
    freezeRows: 0,
    table: null,
    chart: null,
  };
  return { spec, layout: { fields, firstActivityRow: first, activityRows: options.activities, columns } };
}
