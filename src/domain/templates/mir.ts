import { area, type SheetCell, type SheetSpec, signatureLines, type StyleName } from "../sheets/spec";
import type { TemplateOptions } from "./options";

const GROUP = ["NIVEL", "RESUMEN NARRATIVO", "INDICADOR", null, null, null, null, null, "LÍNEA BASE", "META", "SENTIDO", "NUMERADOR", "DENOMINADOR", "MEDIOS DE VERIFICACIÓN", "SUPUESTOS", "ACTIVIDAD POA"] as const;
const PARTS = [null, null, "Nombre", "Método de cálculo", "Frecuencia", "Tipo", "Dimensión", "Unidad de medida"] as const;
const WIDTHS = [13, 34, 24, 28, 12, 12, 12, 12, 9, 9, 11, 11, 11, 28, 28, 10];
const LAST = WIDTHS.length - 1;
const HEADER = 4;
const FIRST = HEADER + 2;
const LISTS: Array<[col: number, values: string[], title: string, message: string]> = [
  [4, ["Anual", "Semestral", "Trimestral", "Mensual", "Bienal", "Trienal", "Sexenal"], "Frecuencia", "Cada cuándo se mide el indicador."],
  [5, ["Estratégico", "Gestión"], "Tipo", "Fin y Propósito: Estratégico; Actividad: Gestión."],
  [6, ["Eficacia", "Eficiencia", "Calidad", "Economía"], "Dimensión", "Qué aspecto del logro mide el indicador."],
  [10, ["Ascendente", "Descendente"], "Sentido", "Ascendente: la meta es mayor o igual a la línea base; descendente, menor o igual."],
];

/**
 * «Insertar MIR» and `poa plantilla --family mir`: a Matriz de Indicadores para Resultados in
 * the one-row-per-level layout the state and municipal forms use, the levels written (Fin,
 * Propósito, Componentes with two Actividades each), drop-downs for frequency, type, dimension
 * and direction, a column for the POA activities each Actividad ties to by code, and the
 * signatures; one page wide in landscape.
 */
export function mirTemplate(options: TemplateOptions): SheetSpec {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style: StyleName) => cells.push({ row, col, value, style });
  put(0, 0, `MATRIZ DE INDICADORES PARA RESULTADOS ${options.year}`, "title");
  put(1, 0, "PROGRAMA PRESUPUESTARIO:", "label");
  put(1, 2, null, "value");
  put(2, 0, "DEPENDENCIA:", "label");
  put(2, 2, options.secretaria || null, "value");
  GROUP.forEach((caption, col) => put(HEADER, col, caption, "header"));
  PARTS.forEach((caption, col) => put(HEADER + 1, col, caption, "header"));
  const componentes = Math.max(1, Math.ceil(options.activities / 2));
  const levels = ["Fin", "Propósito", ...Array.from({ length: componentes }, (_, c) => [`Componente ${c + 1}`, `Actividad ${c + 1}.1`, `Actividad ${c + 1}.2`]).flat()];
  levels.forEach((level, i) => {
    const row = FIRST + i;
    put(row, 0, level, "label");
    for (let col = 1; col <= LAST; col++) put(row, col, null, col >= 8 && col <= 12 && col !== 10 ? "count" : "text");
  });
  const last = FIRST + levels.length - 1;
  const signatures = signatureLines(last + 5, [
    [1, "ELABORÓ"],
    [5, "REVISÓ"],
    [11, "AUTORIZÓ"],
  ]);
  cells.push(...signatures.cells);
  const merges = [
    area(0, 0, 0, LAST),
    area(1, 0, 1, 1),
    area(1, 2, 1, 8),
    area(2, 0, 2, 1),
    area(2, 2, 2, 8),
    area(HEADER, 2, HEADER, 7),
    ...GROUP.map((caption, col) => (caption !== null && (col < 2 || col > 7) ? area(HEADER, col, HEADER + 1, col) : null)).filter((a) => a !== null),
    ...signatures.merges,
  ];
  return {
    name: `MIR ${options.year}`,
    cells,
    merges,
    columnWidths: WIDTHS,
    rowHeights: { 0: 24, [HEADER]: 20, [HEADER + 1]: 30, ...Object.fromEntries(levels.map((_, i) => [FIRST + i, 60])) },
    validations: [
      ...LISTS.map(([col, values, title, message]) => ({ area: area(FIRST, col, last, col), kind: "list" as const, values, title, message })),
      { area: area(FIRST, 8, last, 9), kind: "decimal", min: 0, title: "Cifra", message: "Escriba un número mayor o igual a 0." },
    ],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: [HEADER, HEADER + 1], keyColumns: 2 },
    freezeRows: FIRST,
    table: null,
    chart: null,
  };
}
