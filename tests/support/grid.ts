import { parseRange } from "../../src/domain/a1";
import type { Cell, Grid } from "../../src/domain/grid";

/** A grid from rows of cells, as an adapter would hand it over (origin A1). */
export function gridOf(sheet: string, rows: Cell[][], options: { merges?: string[]; formats?: string[][] } = {}): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    sheet,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    numberFormats: options.formats,
    merges: (options.merges ?? []).map((ref) => parseRange(ref)!),
  };
}

export interface ActivitySpec {
  name?: Cell;
  area?: Cell;
  unidad?: Cell;
  inversion?: Cell;
  indicador?: Cell;
  anual?: Cell;
  months?: Cell[];
}

export interface ActionSpec {
  year?: number;
  secretaria?: Cell;
  nombre?: Cell;
  beneficiarios?: Cell;
  eje?: Cell;
  numero?: Cell;
  meta?: Cell;
  objetivo?: Cell;
  inversion?: Cell;
  partida?: Cell;
  estrategia?: Cell;
  proposito?: Cell;
  activities?: ActivitySpec[];
}

export const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];

/**
 * Rows of one 2021 municipal action block, laid out as the real fixture's: labels in A/G/I,
 * values below them, the activity table from column A, months in G:R. A clean block by default.
 */
export function actionRows(spec: ActionSpec = {}): Cell[][] {
  const v = <T extends Cell>(value: T | undefined, fallback: Cell): Cell => (value === undefined ? fallback : value);
  const header = (a: string, g: string, i: string): Cell[] => [a, null, null, null, null, null, g, null, i];
  const values = (a: Cell, g: Cell, i: Cell): Cell[] => [a, null, null, null, null, null, g, null, i];
  const activities: ActivitySpec[] = spec.activities ?? [
    { name: "Recepción de documentos", inversion: 600, anual: 12, months: Array(12).fill(1) },
    { name: "Atención ciudadana", inversion: 400, anual: 24, months: Array(12).fill(2) },
  ];
  const rows: Cell[][] = [
    [`PROGRAMA OPERATIVO ANUAL ${spec.year ?? 2021}`],
    [],
    header("SECRETARÍA", "NOMBRE DE LA ACCIÓN", "BENEFICIARIOS"),
    values(v(spec.secretaria, "Secretaría Particular"), v(spec.nombre, "Atención ciudadana"), v(spec.beneficiarios, "1950 H / 2250 M")),
    header("EJE", "NÚMERO DE ACCIÓN", "META"),
    values(v(spec.eje, "Zacatecas Gobierno de Calidad"), v(spec.numero, 1), v(spec.meta, "Atender el 100% de las solicitudes")),
    header("OBJETIVO ESPECÍFICO", "INVERSIÓN APROXIMADA", "PARTIDA PRESUPUESTAL"),
    values(v(spec.objetivo, "Brindar una atención eficiente"), v(spec.inversion, 1000), v(spec.partida, "2111, 2611")),
    header("ESTRATEGIA", "PROPÓSITO", ""),
    values(v(spec.estrategia, "Dar seguimiento a cada solicitud"), v(spec.proposito, "Resolver las solicitudes a tiempo"), null),
    ["ACTIVIDAD", "ÁREA RESPONSABLE", "UNIDAD DE MEDIDA", "INVERSIÓN APROX. POR ACTIVIDAD", "INDICADOR", "PROGRAMACIÓN ANUAL", "PROGRAMACIÓN MENSUAL"],
    [null, null, null, null, null, null, ...MONTHS],
  ];
  for (const a of activities) {
    rows.push([
      v(a.name, "Actividad"),
      v(a.area, "Oficialía de Partes"),
      v(a.unidad, "Documentos"),
      v(a.inversion, 0),
      v(a.indicador, "Número de documentos"),
      v(a.anual, 12),
      ...(a.months ?? Array(12).fill(1)),
    ]);
  }
  return rows;
}

/** A one-sheet workbook with the given action blocks stacked, three blank rows apart. */
export function stackedGrid(specs: ActionSpec[], sheet = "POA"): Grid {
  const rows: Cell[][] = [];
  for (const spec of specs) {
    if (rows.length > 0) rows.push([], [], []);
    rows.push(...actionRows(spec));
  }
  return gridOf(sheet, rows);
}

/** First row (1-based) of the n-th activity in a block built by `actionRows` that starts at row 1. */
export const FIRST_ACTIVITY_ROW = 13;
