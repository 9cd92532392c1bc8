import type { Cell, Grid } from "../../src/domain/grid";
import { gridOf } from "./grid";

/** One row of a MIR as the tests write it: level, resumen, indicator and the rest. */
export interface MirLine {
  nivel: string;
  resumen: string;
  indicador: string;
  metodo: string;
  frecuencia: string;
  tipo: string;
  dimension: string;
  unidad: string;
  lineaBase: Cell;
  meta: Cell;
  sentido: string;
  medios: string;
  supuestos: string;
  numerador?: Cell;
  denominador?: Cell;
  /** The línea base's variables, in columns of their own when some row gives them. */
  lineaBaseNumerador?: Cell;
  lineaBaseDenominador?: Cell;
  /** The POA activities the row names by code («6-1», «10.2»), in a column of its own when some row gives them. */
  poa?: string;
}

/** Columns a MIR carries only when some row fills them: after SUPUESTOS, with their captions. */
const OPTIONAL: Array<[keyof MirLine, string]> = [
  ["lineaBaseNumerador", "LÍNEA BASE V1"],
  ["lineaBaseDenominador", "LÍNEA BASE V2"],
  ["poa", "ACTIVIDAD POA"],
];
const optionalColumns = (lines: readonly MirLine[]) => OPTIONAL.filter(([field]) => lines.some((l) => l[field] !== undefined));

/** A well-built MIR for a municipal scholarship program: one Fin, one Propósito, two Componentes with their Actividades. */
export function cleanMir(): MirLine[] {
  const common = { dimension: "Eficacia", sentido: "Ascendente", medios: "Padrón de beneficiarios, Dirección de Educación, trimestral, www.zacatecas.gob.mx/transparencia", supuestos: "Las familias mantienen a sus hijos en la escuela" };
  return [
    { ...common, nivel: "Fin", resumen: "Contribuir a reducir el abandono escolar en el municipio mediante becas a estudiantes de familias de bajos ingresos", indicador: "Tasa de abandono escolar", metodo: "(Alumnos que abandonan / Alumnos inscritos) * 100", frecuencia: "Anual", tipo: "Estratégico", unidad: "Porcentaje", lineaBase: 8, meta: 6, sentido: "Descendente", supuestos: "La economía regional se mantiene estable" },
    { ...common, nivel: "Propósito", resumen: "Los estudiantes de familias de bajos ingresos concluyen su ciclo escolar", indicador: "Porcentaje de becarios que concluyen el ciclo", metodo: "(Becarios que concluyen / Becarios inscritos) * 100", frecuencia: "Anual", tipo: "Estratégico", unidad: "Porcentaje", lineaBase: 85, meta: 90, numerador: 450, denominador: 500 },
    { ...common, nivel: "Componente 1", resumen: "Becas económicas entregadas", indicador: "Porcentaje de becas entregadas", metodo: "(Becas entregadas / Becas programadas) * 100", frecuencia: "Semestral", tipo: "Gestión", unidad: "Porcentaje", lineaBase: 90, meta: 100 },
    { ...common, nivel: "Actividad 1.1", resumen: "Integración del padrón de beneficiarios", indicador: "Padrones integrados", metodo: "Padrones integrados / 1", frecuencia: "Trimestral", tipo: "Gestión", unidad: "Padrón", lineaBase: 1, meta: 1 },
    { ...common, nivel: "Actividad 1.2", resumen: "Entrega de becas a los estudiantes", indicador: "Porcentaje de becas pagadas", metodo: "(Becas pagadas / Becas aprobadas) * 100", frecuencia: "Trimestral", tipo: "Gestión", unidad: "Porcentaje", lineaBase: 95, meta: 100 },
    { ...common, nivel: "Componente 2", resumen: "Asesorías académicas otorgadas", indicador: "Porcentaje de asesorías otorgadas", metodo: "(Asesorías otorgadas / Asesorías programadas) * 100", frecuencia: "Trimestral", tipo: "Gestión", unidad: "Porcentaje", lineaBase: 80, meta: 95 },
    { ...common, nivel: "Actividad 2.1", resumen: "Capacitación de asesores", indicador: "Asesores capacitados", metodo: "Asesores capacitados / 1", frecuencia: "Trimestral", tipo: "Gestión", unidad: "Asesor", lineaBase: 10, meta: 12 },
  ];
}

/**
 * The matrix as the EdoMex PbRM-01e lays it out: the program above, then NIVEL | OBJETIVO O
 * RESUMEN NARRATIVO | INDICADORES (Nombre, Fórmula, Frecuencia, Tipo…) | MEDIOS DE VERIFICACIÓN |
 * SUPUESTOS, the indicator's columns under one caption, and the signatures.
 */
export function mirGrid(lines: readonly MirLine[], sheet = "MIR"): Grid {
  const extra = optionalColumns(lines);
  const group: Cell[] = ["NIVEL", "OBJETIVO O RESUMEN NARRATIVO", "INDICADORES", null, null, null, null, null, "LÍNEA BASE", "META", "SENTIDO", "NUMERADOR", "DENOMINADOR", "MEDIOS DE VERIFICACIÓN", "SUPUESTOS", ...extra.map(([, caption]) => caption)];
  const parts: Cell[] = [null, null, "Nombre", "Fórmula", "Frecuencia", "Tipo", "Dimensión", "Unidad de medida"];
  const rows: Cell[][] = [
    ["MATRIZ DE INDICADORES PARA RESULTADOS 2025"],
    ["PROGRAMA PRESUPUESTARIO:", "E015 Becas para la permanencia escolar"],
    [],
    group,
    parts,
    ...lines.map((l): Cell[] => [l.nivel, l.resumen, l.indicador, l.metodo, l.frecuencia, l.tipo, l.dimension, l.unidad, l.lineaBase, l.meta, l.sentido, l.numerador ?? null, l.denominador ?? null, l.medios, l.supuestos, ...extra.map(([field]) => (l[field] as Cell | undefined) ?? null)]),
    [],
    ["ELABORÓ", null, null, "REVISÓ", null, null, "AUTORIZÓ"],
  ];
  const extraMerges = extra.map((_, i) => `${String.fromCharCode(80 + i)}4:${String.fromCharCode(80 + i)}5`);
  return gridOf(sheet, rows, { merges: ["C4:H4", "A4:A5", "B4:B5", "I4:I5", "J4:J5", "K4:K5", "L4:L5", "M4:M5", "N4:N5", "O4:O5", ...extraMerges] });
}

/**
 * The same MIR as fichas técnicas, one sheet per indicator: each label in column A and its value
 * in B, or (`inline`) label and value in one cell, «FRECUENCIA DE MEDICIÓN: Anual».
 */
export function fichaGrids(lines: readonly MirLine[], options: { inline?: boolean } = {}): Grid[] {
  return lines.map((l, i) => {
    const fields: Array<[string, Cell]> = [
      ["NIVEL", l.nivel],
      ["RESUMEN NARRATIVO", l.resumen],
      ["NOMBRE DEL INDICADOR", l.indicador],
      ["MÉTODO DE CÁLCULO", l.metodo],
      ["FRECUENCIA DE MEDICIÓN", l.frecuencia],
      ["TIPO DE INDICADOR", l.tipo],
      ["DIMENSIÓN", l.dimension],
      ["UNIDAD DE MEDIDA", l.unidad],
      ["LÍNEA BASE", l.lineaBase],
      ["META ANUAL", l.meta],
      ["SENTIDO", l.sentido],
      ["NUMERADOR", l.numerador ?? null],
      ["DENOMINADOR", l.denominador ?? null],
      ["MEDIOS DE VERIFICACIÓN", l.medios],
      ["SUPUESTOS", l.supuestos],
      ...optionalColumns(lines).map(([field, caption]): [string, Cell] => [caption, (l[field] as Cell | undefined) ?? null]),
    ];
    const rows: Cell[][] = [["FICHA TÉCNICA DEL INDICADOR"], ["PROGRAMA PRESUPUESTARIO:", "E015 Becas para la permanencia escolar"], [], ...fields.map(([label, value]): Cell[] => (options.inline ? [`${label}: ${value ?? ""}`] : [label, value]))];
    return gridOf(`Ficha ${i + 1}`, rows);
  });
}

/**
 * The EdoMex PbRM-01e layout: NIVEL | OBJETIVO O RESUMEN NARRATIVO | «Indicadores: Nombre,
 * Fórmula, Frecuencia y Tipo» in one cell per row | MEDIOS DE VERIFICACIÓN | SUPUESTOS; the
 * indicator's parts one per line, with their labels (`labeled`) or in the caption's order.
 */
export function pbrmGrid(lines: readonly MirLine[], options: { labeled?: boolean } = {}): Grid {
  const indicator = (l: MirLine) =>
    options.labeled ? `Nombre: ${l.indicador}\nFórmula: ${l.metodo}\nFrecuencia: ${l.frecuencia}\nTipo: ${l.tipo}` : [l.indicador, l.metodo, l.frecuencia, l.tipo].join("\n");
  return gridOf("PbRM-01e", [
    ["PbRM-01e MATRIZ DE INDICADORES PARA RESULTADOS POR PROGRAMA PRESUPUESTARIO Y DEPENDENCIA GENERAL"],
    ["Programa presupuestario:", "02050603 Alimentación para la población infantil"],
    [],
    ["Nivel", "Objetivo o resumen narrativo", "Indicadores: Nombre, Fórmula, Frecuencia y Tipo", "Medios de verificación", "Supuestos"],
    ...lines.map((l): Cell[] => [l.nivel, l.resumen, indicator(l), l.medios, l.supuestos]),
  ]);
}
