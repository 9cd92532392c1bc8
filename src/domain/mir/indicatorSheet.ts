import { columnName, toA1 } from "../a1";
import { type Cell, writtenValue } from "../grid";
import { area, type ConditionalSpec, type SheetCell, type SheetSpec, type ValidationSpec, wrappedRowHeight } from "../sheets/spec";
import { normalizeLabel } from "../text";
import { LIGHT_COLORS } from "../followup/semaforo";
import { dueQuarters, INDICATOR_SEMAFORO, indicatorLegend, indicatorLight } from "./indicatorSemaforo";
import { LEVEL_NAMES } from "./levels";
import type { Mir, MirRow } from "./model";
import { mirNumber, said } from "./queries";

/** The add-in knows its indicator sheet by this table, never by the sheet's name. */
export const INDICATORS_TABLE_NAME = "PoaIndicadores";
export const INDICATORS_TITLE = "SEGUIMIENTO DE INDICADORES DE LA MIR";

export const C = { level: 0, code: 1, indicador: 2, frecuencia: 3, unidad: 4, meta: 5, concept: 6, quarter: 7, atCutoff: 11, cumplimiento: 12, light: 13, justification: 14 } as const;
const LAST = C.justification;
const CUTOFF_ROW = 2;
const HEADER_ROW = 4;
const FIRST = HEADER_ROW + 1;
const CUTOFF_CELL = `$${columnName(C.indicador)}$${CUTOFF_ROW + 1}`;
/** Quarter numbers over the quarter captions: what SUMIF and SUMPRODUCT compare with the cut-off. */
const QUARTER_NUMBER_ROW = HEADER_ROW - 1;
const QUARTER_NUMBERS = `$${columnName(C.quarter)}$${QUARTER_NUMBER_ROW + 1}:$${columnName(C.quarter + 3)}$${QUARTER_NUMBER_ROW + 1}`;
export const PROGRAMADO = "PROGRAMADO";
export const ALCANZADO = "ALCANZADO";

/** What a user typed in an earlier indicator sheet, by indicator. */
export interface TypedIndicator {
  programmed: Cell[];
  achieved: Cell[];
  justification: string;
}

/** An indicator's key across versions of the sheet: its level, code and name. */
export function indicatorKey(level: string, code: string | null, name: string): string {
  return `${normalizeLabel(level)}|${code ?? ""}|${normalizeLabel(name)}`;
}

const figure = (raw: Cell): number | null => (typeof raw === "number" ? raw : null);

/**
 * «Seguimiento de indicadores»: per indicator of the workbook's MIRs, a PROGRAMADO row (the meta
 * in the quarters the indicator is measured, changeable) and an ALCANZADO row to type into; the
 * value at the cut-off quarter, the % de cumplimiento (inverted for a descending indicator), the
 * semáforo and the justification a critical indicator needs. Cached results are the engine's.
 */
export function buildIndicatorSheet(input: { mirs: readonly Mir[]; quarter: number; year: number | null; earlier: ReadonlyMap<string, TypedIndicator> }): { spec: SheetSpec; indicators: number; kept: number } {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: SheetCell["value"], style: SheetCell["style"]) => cells.push({ row, col, value, style });
  const formula = (row: number, col: number, text: string, result: string | number, style: SheetCell["style"]) => cells.push({ row, col, formula: text, result, style });
  put(0, 0, `${INDICATORS_TITLE}${input.year ? ` ${input.year}` : ""}`, "title");
  const programas = [...new Set(input.mirs.map((m) => m.programa).filter(Boolean))];
  put(1, 0, [programas.length ? `Programa: ${programas.join("; ")}` : null, "Escriba lo ALCANZADO cada trimestre; lo PROGRAMADO es la meta en los trimestres en que se mide (cámbielo si la MIR calendariza otra cosa)."].filter(Boolean).join(" · "), "subtitle");
  put(CUTOFF_ROW, 0, "TRIMESTRE DE CORTE", "label");
  put(CUTOFF_ROW, C.indicador, input.quarter, "input");
  put(CUTOFF_ROW, C.frecuencia, indicatorLegend(), "note");
  const headers = ["NIVEL", "CLAVE", "INDICADOR", "FRECUENCIA", "UNIDAD DE MEDIDA", "META ANUAL", "CONCEPTO", "1ER. TRIMESTRE", "2DO. TRIMESTRE", "3ER. TRIMESTRE", "4TO. TRIMESTRE", "AL CORTE", "% CUMPLIMIENTO", "SEMÁFORO", "JUSTIFICACIÓN"];
  headers.forEach((caption, col) => put(HEADER_ROW, col, caption, "header"));
  for (let q = 0; q < 4; q++) put(QUARTER_NUMBER_ROW, C.quarter + q, q + 1, "note");
  // The legend wraps over three lines when printed: room for them above the quarter numbers.
  const rowHeights: Record<number, number> = { 0: 24, [CUTOFF_ROW]: 60, [HEADER_ROW]: 30 };
  const validations: ValidationSpec[] = [{ area: area(CUTOFF_ROW, C.indicador), kind: "list", values: ["1", "2", "3", "4"], title: "Trimestre de corte", message: "El último trimestre que se informa: 1 a 4." }];
  const rows = input.mirs.flatMap((mir) => mir.rows.filter((r) => said(r, "indicador")));
  let kept = 0;
  rows.forEach((row: MirRow, i) => {
    const p = FIRST + 2 * i;
    const r = p + 1;
    const name = said(row, "indicador")!.text.trim();
    const frecuencia = said(row, "frecuencia")?.text.trim() ?? "";
    const due = dueQuarters(frecuencia);
    const meta = mirNumber(row.figures.meta?.figure);
    const before = input.earlier.get(indicatorKey(LEVEL_NAMES[row.level], row.code, name));
    if (before) kept += before.achieved.filter((v) => v !== null && v !== "").length + (before.justification ? 1 : 0);
    const descending = normalizeLabel(said(row, "sentido")?.text ?? "").startsWith("DESCENDENTE");
    for (const at of [p, r]) {
      put(at, C.level, LEVEL_NAMES[row.level], at === p ? "text" : "muted");
      put(at, C.code, row.code, at === p ? "text" : "muted");
      put(at, C.indicador, name, at === p ? "text" : "muted");
    }
    put(p, C.frecuencia, frecuencia || null, "text");
    put(p, C.unidad, said(row, "unidad")?.text.trim() ?? null, "text");
    put(p, C.meta, meta, "count");
    put(p, C.concept, PROGRAMADO, "text");
    put(r, C.concept, ALCANZADO, "text");
    for (const col of [C.frecuencia, C.unidad, C.meta]) put(r, col, null, "text");
    const programmed = [1, 2, 3, 4].map((q) => (before ? writtenValue(before.programmed[q - 1] ?? null) : due.includes(q) ? meta : null));
    const achieved = [1, 2, 3, 4].map((q) => (before ? writtenValue(before.achieved[q - 1] ?? null) : null));
    programmed.forEach((v, q) => put(p, C.quarter + q, v, "count"));
    achieved.forEach((v, q) => put(r, C.quarter + q, v, "input"));
    const quarters = (at: number) => `${toA1(at, C.quarter)}:${toA1(at, C.quarter + 3)}`;
    const programmedAt = figure(programmed[input.quarter - 1] ?? null);
    const achievedAt = figure(achieved[input.quarter - 1] ?? null);
    formula(p, C.atCutoff, `=SUMIF(${QUARTER_NUMBERS},${CUTOFF_CELL},${quarters(p)})`, programmedAt ?? 0, "count");
    formula(r, C.atCutoff, `=SUMIF(${QUARTER_NUMBERS},${CUTOFF_CELL},${quarters(r)})`, achievedAt ?? 0, "count");
    const pc = toA1(p, C.atCutoff);
    const rc = toA1(r, C.atCutoff);
    // Nothing typed for the cut-off quarter is «SIN REPORTE», not 0 %.
    const typedAtCutoff = `SUMPRODUCT((${QUARTER_NUMBERS}=${CUTOFF_CELL})*(${quarters(r)}<>""))`;
    // Descending indicators are met by staying at or below what was programmed.
    const ratio = descending ? `${pc}/${rc}` : `${rc}/${pc}`;
    const cumplimiento = programmedAt && achievedAt !== null && (!descending || achievedAt !== 0) ? (descending ? programmedAt / achievedAt : achievedAt / programmedAt) : null;
    formula(r, C.cumplimiento, `=IF(OR(N(${pc})=0,${typedAtCutoff}=0${descending ? `,N(${rc})=0` : ""}),"",${ratio})`, cumplimiento ?? "", "percent");
    const dueNow = `OR(${due.map((q) => `${CUTOFF_CELL}=${q}`).join(",")})`;
    const cum = toA1(r, C.cumplimiento);
    const light = !due.includes(input.quarter) ? "NO SE MIDE" : cumplimiento !== null ? indicatorLight(cumplimiento) : programmedAt ? "SIN REPORTE" : "";
    formula(
      r,
      C.light,
      `=IF(${dueNow},IF(${cum}="",IF(N(${pc})=0,"","SIN REPORTE"),IF(AND(${cum}>=${INDICATOR_SEMAFORO.low},${cum}<=${INDICATOR_SEMAFORO.high}),"ACEPTABLE","CRÍTICO")),"NO SE MIDE")`,
      light,
      "count",
    );
    for (const col of [C.cumplimiento, C.light, C.justification]) put(p, col, null, "text");
    put(r, C.justification, before?.justification || null, "text");
    rowHeights[p] = wrappedRowHeight([[name, 30]], 13);
    validations.push({ area: area(r, C.quarter, r, C.quarter + 3), kind: "decimal", min: 0, title: "Alcanzado", message: "El valor alcanzado del indicador en el trimestre: un número, 0 o mayor." });
  });
  const last = Math.max(FIRST, FIRST + 2 * rows.length - 1);
  const lightRef = `$${toA1(FIRST, C.light)}`;
  const justificationRef = `$${toA1(FIRST, C.justification)}`;
  const conditionalFormats: ConditionalSpec[] = rows.length
    ? [
        { area: area(FIRST, C.cumplimiento, last, C.light), formula: `${lightRef}="ACEPTABLE"`, ...LIGHT_COLORS.VERDE },
        { area: area(FIRST, C.cumplimiento, last, C.light), formula: `${lightRef}="CRÍTICO"`, ...LIGHT_COLORS.ROJO },
        { area: area(FIRST, C.justification, last, C.justification), formula: `AND(${lightRef}="CRÍTICO",${justificationRef}="")`, ...LIGHT_COLORS.ROJO },
      ]
    : [];
  return {
    indicators: rows.length,
    kept,
    spec: {
      name: `Indicadores${input.year ? ` ${input.year}` : ""}`,
      cells,
      merges: [area(0, 0, 0, LAST), area(1, 0, 1, LAST), area(CUTOFF_ROW, 0, CUTOFF_ROW, 1), area(CUTOFF_ROW, C.frecuencia, CUTOFF_ROW, LAST)],
      // One page wide at 60 % or more: no key column repeats beside the cut-off row's legend.
      columnWidths: [10, 6, 28, 10, 11, 9, 11, 9, 9, 9, 9, 9, 11, 12, 21],
      rowHeights,
      validations,
      conditionalFormats,
      print: { orientation: "landscape", titleRows: [HEADER_ROW, HEADER_ROW], keyColumns: 3 },
      freezeRows: FIRST,
      table: rows.length ? { name: INDICATORS_TABLE_NAME, area: area(HEADER_ROW, 0, last, LAST) } : null,
      chart: null,
    },
  };
}
