import { absoluteA1, absoluteRange, toA1 } from "../a1";
import { type Cell, writtenValue } from "../grid";
import { area, type ConditionalSpec, type SheetCell, type SheetSpec, type ValidationSpec, wrappedRowHeight } from "../sheets/spec";
import { normalizeLabel } from "../text";
import { LIGHT_COLORS } from "../followup/semaforo";
import { dueQuarters, INDICATOR_SEMAFORO, indicatorLegend, indicatorLight } from "./indicatorSemaforo";
import { LEVEL_NAMES } from "./levels";
import type { Mir, MirRow } from "./model";
import { excelExpression, followedVariables, resultOf } from "./indicatorVariables";
import { mirNumber, said } from "./queries";

/** The add-in knows its indicator sheet by this table, never by the sheet's name. */
export const INDICATORS_TABLE_NAME = "PoaIndicadores";
export const INDICATORS_TITLE = "SEGUIMIENTO DE INDICADORES DE LA MIR";

export const C = { level: 0, code: 1, indicador: 2, frecuencia: 3, unidad: 4, meta: 5, concept: 6, quarter: 7, atCutoff: 11, cumplimiento: 12, light: 13, justification: 14 } as const;
const LAST = C.justification;
const CUTOFF_ROW = 2;
const HEADER_ROW = 4;
const FIRST = HEADER_ROW + 1;
const CUTOFF_CELL = absoluteA1(CUTOFF_ROW, C.indicador);
/** Quarter numbers over the quarter captions: what SUMIF and SUMPRODUCT compare with the cut-off. */
const QUARTER_NUMBER_ROW = HEADER_ROW - 1;
const QUARTER_NUMBERS = absoluteRange(area(QUARTER_NUMBER_ROW, C.quarter, QUARTER_NUMBER_ROW, C.quarter + 3));
export const PROGRAMADO = "PROGRAMADO";
export const ALCANZADO = "ALCANZADO";

/** What a user typed in an earlier indicator sheet, by indicator: its rows and those of its variables. */
export interface TypedIndicator {
  programmed: Cell[];
  achieved: Cell[];
  justification: string;
  variables: Array<{ programmed: Cell[]; achieved: Cell[] }>;
}

/** An indicator's key across versions of the sheet: its level, code and name. */
export function indicatorKey(level: string, code: string | null, name: string): string {
  return `${normalizeLabel(level)}|${code ?? ""}|${normalizeLabel(name)}`;
}

/** A MIR row's key in the indicator sheet; null when the row names no indicator. */
export function mirIndicatorKey(row: MirRow): string | null {
  const name = said(row, "indicador");
  return name ? indicatorKey(LEVEL_NAMES[row.level], row.code, name.text) : null;
}

/** The CONCEPTO of a variable's rows: «V1 PROGRAMADO», «V2 ALCANZADO». */
export function variableConcept(index: number, achieved: boolean): string {
  return `V${index + 1} ${achieved ? ALCANZADO : PROGRAMADO}`;
}

const figure = (raw: Cell): number | null => (typeof raw === "number" ? raw : null);
const typedCount = (values: readonly Cell[]) => values.filter((v) => v !== null && v !== "").length;

/**
 * «Seguimiento de indicadores»: per indicator of the workbook's MIRs, a PROGRAMADO row (the meta
 * in the quarters the indicator is measured, changeable) and an ALCANZADO row; the value at the
 * cut-off quarter, the % de cumplimiento (inverted for a descending indicator), the semáforo and
 * the justification a critical indicator needs. An indicator whose método has two variables or
 * more is followed by them: a PROGRAMADO and an ALCANZADO row for each (the first two start
 * from the MIR's NUMERADOR and DENOMINADOR), and the indicator's own rows are its método
 * computed by Excel from them. Cached results are the engine's.
 */
export function buildIndicatorSheet(input: { mirs: readonly Mir[]; quarter: number; year: number | null; earlier: ReadonlyMap<string, TypedIndicator> }): { spec: SheetSpec; indicators: number; kept: number } {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: SheetCell["value"], style: SheetCell["style"]) => cells.push({ row, col, value, style });
  const formula = (row: number, col: number, text: string, result: string | number, style: SheetCell["style"]) => cells.push({ row, col, formula: text, result, style });
  put(0, 0, `${INDICATORS_TITLE}${input.year ? ` ${input.year}` : ""}`, "title");
  const programas = [...new Set(input.mirs.map((m) => m.programa).filter(Boolean))];
  put(1, 0, [programas.length ? `Programa: ${programas.join("; ")}` : null, "Escriba lo ALCANZADO cada trimestre (de cada variable, V1, V2…, si el indicador se calcula con ellas); lo PROGRAMADO es la meta en los trimestres en que se mide (cámbielo si la MIR calendariza otra cosa)."].filter(Boolean).join(" · "), "subtitle");
  put(CUTOFF_ROW, 0, "TRIMESTRE DE CORTE", "label");
  put(CUTOFF_ROW, C.indicador, input.quarter, "input");
  put(CUTOFF_ROW, C.frecuencia, indicatorLegend(), "note");
  const headers = ["NIVEL", "CLAVE", "INDICADOR", "FRECUENCIA", "UNIDAD DE MEDIDA", "META ANUAL", "CONCEPTO", "1ER. TRIMESTRE", "2DO. TRIMESTRE", "3ER. TRIMESTRE", "4TO. TRIMESTRE", "AL CORTE", "% CUMPLIMIENTO", "SEMÁFORO", "JUSTIFICACIÓN"];
  headers.forEach((caption, col) => put(HEADER_ROW, col, caption, "header"));
  for (let q = 0; q < 4; q++) put(QUARTER_NUMBER_ROW, C.quarter + q, q + 1, "note");
  // The legend wraps over three lines when printed: room for them above the quarter numbers.
  const rowHeights: Record<number, number> = { 0: 24, [CUTOFF_ROW]: 60, [HEADER_ROW]: 30 };
  const validations: ValidationSpec[] = [{ area: area(CUTOFF_ROW, C.indicador), kind: "list", values: ["1", "2", "3", "4"], title: "Trimestre de corte", message: "El último trimestre que se informa: 1 a 4." }];
  const achievedValidation = (row: number, title: string, message: string) => validations.push({ area: area(row, C.quarter, row, C.quarter + 3), kind: "decimal", min: 0, title, message });
  const rows = input.mirs.flatMap((mir) => mir.rows.filter((r) => said(r, "indicador")));
  const quarters = (at: number) => `${toA1(at, C.quarter)}:${toA1(at, C.quarter + 3)}`;
  let kept = 0;
  let next = FIRST;
  for (const row of rows) {
    const p = next;
    const r = p + 1;
    const name = said(row, "indicador")!.text.trim();
    const frecuencia = said(row, "frecuencia")?.text.trim() ?? "";
    const due = dueQuarters(frecuencia);
    const meta = mirNumber(row.figures.meta?.figure);
    const before = input.earlier.get(mirIndicatorKey(row)!);
    // An indicator whose value was typed in an earlier sheet stays followed by its value: what was typed is never dropped.
    const typedByValue = before !== undefined && before.variables.length === 0 && typedCount(before.achieved) > 0;
    const followed = typedByValue ? null : followedVariables(row);
    const variables = followed?.variables ?? [];
    next = r + 1 + 2 * variables.length;
    const descending = normalizeLabel(said(row, "sentido")?.text ?? "").startsWith("DESCENDENTE");
    const key = (at: number, style: "text" | "muted") => {
      put(at, C.level, LEVEL_NAMES[row.level], style);
      put(at, C.code, row.code, style);
    };
    key(p, "text");
    put(p, C.indicador, name, "text");
    for (let at = r; at < next; at++) key(at, "muted");
    put(r, C.indicador, name, "muted");
    put(p, C.frecuencia, frecuencia || null, "text");
    put(p, C.unidad, said(row, "unidad")?.text.trim() ?? null, "text");
    put(p, C.meta, meta, "count");
    put(p, C.concept, PROGRAMADO, "text");
    put(r, C.concept, ALCANZADO, "text");
    for (const col of [C.frecuencia, C.unidad, C.meta]) put(r, col, null, "text");
    // The variables' rows, under the indicator's: what is typed when it is computed from them.
    const typedVariables = variables.map((variable, v) => {
      const vp = r + 1 + 2 * v;
      const va = vp + 1;
      const earlier = before?.variables[v];
      const programmed = [1, 2, 3, 4].map((q) => (earlier ? writtenValue(earlier.programmed[q - 1] ?? null) : due.includes(q) ? variable.annual : null));
      const achieved = [1, 2, 3, 4].map((q) => writtenValue(earlier?.achieved[q - 1] ?? null));
      if (earlier) kept += typedCount(earlier.achieved);
      // «(V1/V2)*100» or «(A/B)*100» name their variables by letters only: no «V1: V1».
      const short = /^(V\d+|[A-Z])$/i.test(variable.name);
      const label = short ? `V${v + 1}${variable.name.toUpperCase() === `V${v + 1}` ? "" : ` (${variable.name})`}` : `V${v + 1}: ${variable.name}`;
      for (const [at, concept] of [
        [vp, variableConcept(v, false)],
        [va, variableConcept(v, true)],
      ] as const) {
        put(at, C.indicador, label, "muted");
        put(at, C.concept, concept, "text");
        for (const col of [C.frecuencia, C.unidad]) put(at, col, null, "text");
        for (const col of [C.atCutoff, C.cumplimiento, C.light, C.justification]) put(at, col, null, "text");
        // «V1 PROGRAMADO» takes two lines of the CONCEPTO column.
        rowHeights[at] = wrappedRowHeight([
          [label, 30],
          [concept, 10],
        ], 13);
      }
      put(vp, C.meta, variable.annual, "count");
      put(va, C.meta, null, "text");
      programmed.forEach((value, q) => put(vp, C.quarter + q, value, "count"));
      achieved.forEach((value, q) => put(va, C.quarter + q, value, "input"));
      achievedValidation(va, `Alcanzado de V${v + 1}`, `El valor alcanzado de «${variable.name}» en el trimestre: un número, 0 o mayor.`);
      return { vp, va, programmed, achieved };
    });
    let programmed: Array<string | number | null>;
    let achieved: Array<string | number | null>;
    if (followed) {
      // The indicator's quarters are its método over its variables' cells. Until every variable is
      // typed, PROGRAMADO is the meta in the quarters the indicator is measured, and ALCANZADO is "".
      const names = variables.map((v) => v.name);
      const computed = (pick: "programmed" | "achieved", at: number) =>
        [0, 1, 2, 3].map((q) => {
          const refs = typedVariables.map((t) => toA1(pick === "programmed" ? t.vp : t.va, C.quarter + q));
          const values = typedVariables.map((t) => t[pick][q] ?? null);
          const untyped = pick === "programmed" && meta !== null && due.includes(q + 1) ? meta : "";
          const numbers = values.filter((v): v is number => typeof v === "number");
          const result = numbers.length === values.length ? resultOf(followed.formula, names, numbers) : untyped;
          formula(at, C.quarter + q, `=IF(COUNT(${refs.join(",")})<${refs.length},${typeof untyped === "number" ? untyped : '""'},IFERROR(${excelExpression(followed.formula, (n) => refs[names.indexOf(n)]!)},""))`, result, "count");
          return result;
        });
      programmed = computed("programmed", p);
      achieved = computed("achieved", r);
    } else {
      programmed = [1, 2, 3, 4].map((q) => (before ? writtenValue(before.programmed[q - 1] ?? null) : due.includes(q) ? meta : null));
      achieved = [1, 2, 3, 4].map((q) => (before ? writtenValue(before.achieved[q - 1] ?? null) : null));
      if (before) kept += typedCount(before.achieved);
      programmed.forEach((v, q) => put(p, C.quarter + q, v, "count"));
      achieved.forEach((v, q) => put(r, C.quarter + q, v, "input"));
      // Typed as «85 %», Excel would keep 0.85 beside a meta of 85.
      const percentage = /PORCENTAJE|TASA|%/.test(normalizeLabel(said(row, "unidad")?.text ?? ""));
      achievedValidation(r, "Alcanzado", `El valor alcanzado del indicador en el trimestre: un número, 0 o mayor.${percentage ? " Un porcentaje, como la meta: 85, no 85 %." : ""}`);
    }
    if (before?.justification) kept++;
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
  }
  const last = Math.max(FIRST, next - 1);
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
