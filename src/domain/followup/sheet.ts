import { columnLetters, qualified, toA1 } from "../a1";
import { parseFigure, type Figure } from "../figures";
import { type Cell, writtenValue } from "../grid";
import { MONTH_NAMES, QUARTER_CAPTIONS } from "../labels";
import type { FollowUpRow, WorkbookModel } from "../model";
import { area, type ConditionalSpec, type SheetCell, type SheetSpec, type StreamedRow, type ValidationSpec, wrappedRowHeight } from "../sheets/spec";
import { monthName } from "./cutoff";
import { followUpSheets, keyedRows, plannedActivities, plannedKeys } from "./match";
import { progressTo, summed } from "./progress";
import { LIGHT_COLORS, SEMAFORO, semaforoLegend } from "./semaforo";

/** The add-in knows its follow-up sheet by this table, never by the sheet's name. */
export const FOLLOWUP_TABLE_NAME = "PoaSeguimiento";
const PROGRAMADO = "PROGRAMADO";
const REALIZADO = "REALIZADO";
/** The semáforo of an activity with something programmed to the cut-off and nothing typed yet. */
const NOT_REPORTED = "SIN REPORTE";

/** Column captions; the reader finds them by caption, never by position. */
const FOLLOWUP_CAPTIONS = {
  action: "ACCIÓN",
  activity: "ACTIVIDAD",
  unidad: "UNIDAD DE MEDIDA",
  anual: "PROGRAMACIÓN ANUAL",
  concept: "CONCEPTO",
  accumulated: "ACUMULADO AL CORTE",
  avance: "% AVANCE AL CORTE",
  avanceAnual: "% AVANCE ANUAL",
  light: "SEMÁFORO",
  justification: "JUSTIFICACIÓN",
  cutoff: "MES DE CORTE",
} as const;

const C = { action: 0, activity: 1, unidad: 2, anual: 3, concept: 4, month: 5, quarter: 17, accumulated: 21, avance: 22, avanceAnual: 23, light: 24, justification: 25 } as const;
const LAST_COL = C.justification;
const TITLE_ROW = 0;
const CUTOFF_ROW = 2;
/** Month numbers over the month captions: what the SUMIF formulas compare with the cut-off. */
const MONTH_NUMBER_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;

const CUTOFF_CELL = toA1(CUTOFF_ROW, C.activity + 1);
const CUTOFF_NUMBER = `$D$${CUTOFF_ROW + 1}`;
const MONTH_NUMBERS = `$F$${MONTH_NUMBER_ROW + 1}:$Q$${MONTH_NUMBER_ROW + 1}`;
/** The letters of the month columns, first and last, and of each quarter's three months. */
const MONTHS_FROM = columnLetters(C.month);
const MONTHS_TO = columnLetters(C.month + 11);
const QUARTER_LETTERS = [0, 1, 2, 3].map((q) => [columnLetters(C.month + 3 * q), columnLetters(C.month + 3 * q + 2)] as const);
const MONTH_CAPTION_RANGE = `$F$${HEADER_ROW + 1}:$Q$${HEADER_ROW + 1}`;

export interface FollowUpInput {
  /** The workbook as read: its POA actions, and the earlier follow-up sheet if there is one. */
  model: WorkbookModel;
  year: number | null;
  /** Cut-off month, 1–12. */
  cutoff: number;
  secretaria: string;
}

export interface FollowUpSheet {
  spec: SheetSpec;
  activities: number;
  /** Realized figures and justifications carried over from the earlier follow-up sheet. */
  kept: number;
  /** Earlier rows whose activity is no longer in the POA: kept at the end, never dropped. */
  orphans: number;
}

interface PairSource {
  action: string;
  activity: string;
  unidad: string;
  /** The POA cells the PROGRAMADO row points at; null for a row kept without its activity. */
  sheet: string | null;
  anualCell: string | null;
  anual: Cell;
  monthCells: Array<string | null>;
  programmed: Cell[];
  realized: Cell[];
  justification: string;
}

/**
 * The «Seguimiento <año>» sheet: per activity a PROGRAMADO row whose months are formulas to the
 * POA's own cells and a REALIZADO row to type into, quarter subtotals, what was programmed and
 * realized to the cut-off month, the avance against both, the semáforo and the justification a
 * red activity needs. Cached results are the engine's, so the sheet reads right before Excel
 * recalculates it.
 */
export function buildFollowUpSheet(input: FollowUpInput): FollowUpSheet {
  const { model } = input;
  const earlier = followUpSheets(model)[0]?.followUp ?? null;
  const previous = new Map(earlier ? keyedRows(earlier).map(({ key, row }) => [key, row]) : []);
  const used = new Set<string>();
  let kept = 0;
  const pairs: PairSource[] = [];
  const planned = plannedActivities(model);
  const keys = earlier ? plannedKeys(planned) : null;
  for (const [i, { action, activity, actionLabel }] of planned.entries()) {
    const key = keys?.[i];
    const before = key === undefined ? undefined : previous.get(key);
    if (before) {
      used.add(key!);
      kept += countTyped(before);
    }
    const monthCells: Array<string | null> = [];
    const programmed: Cell[] = [];
    const realized: Cell[] = [];
    for (let m = 0; m < 12; m++) {
      const period = activity.periods[m];
      monthCells.push(period?.cell ?? null);
      programmed.push(period?.raw ?? null);
      realized.push(before?.realized[m]?.raw ?? null);
    }
    pairs.push({
      action: actionLabel,
      activity: activity.actividad.text,
      unidad: activity.unidad?.text ?? "",
      sheet: action.sheet,
      anualCell: activity.anual?.cell ?? null,
      anual: activity.anual?.raw ?? null,
      monthCells,
      programmed,
      realized,
      justification: before?.justification?.text ?? "",
    });
  }
  let orphans = 0;
  if (earlier) {
    for (const { key, row } of keyedRows(earlier)) {
      if (used.has(key) || countTyped(row) === 0) continue;
      orphans++;
      kept += countTyped(row);
      pairs.push({
        action: row.action.text,
        activity: row.activity.text,
        unidad: row.unidad?.text ?? "",
        sheet: null,
        anualCell: null,
        anual: row.anual?.raw ?? null,
        monthCells: Array(12).fill(null),
        programmed: Array.from({ length: 12 }, (_, m) => row.programmed[m]?.raw ?? null),
        realized: Array.from({ length: 12 }, (_, m) => row.realized[m]?.raw ?? null),
        justification: row.justification?.text ?? "",
      });
    }
  }
  return { spec: layout(input, pairs), activities: pairs.length - orphans, kept, orphans };
}

/** Realized figures and a justification the user typed. */
function countTyped(row: FollowUpRow): number {
  const figures = row.realized.filter((r) => r.figure.kind !== "blank").length;
  return figures + (row.justification && row.justification.text.trim() !== "" ? 1 : 0);
}

function layout(input: FollowUpInput, pairs: readonly PairSource[]): SheetSpec {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: SheetCell["value"], style: SheetCell["style"]) => cells.push({ row, col, value, style });
  const formula = (row: number, col: number, text: string, result: string | number, style: SheetCell["style"]) => cells.push({ row, col, formula: text, result, style });
  const year = input.year;
  put(TITLE_ROW, 0, `SEGUIMIENTO DEL PROGRAMA OPERATIVO ANUAL${year ? ` ${year}` : ""}`, "title");
  put(TITLE_ROW + 1, 0, [input.secretaria && `SECRETARÍA: ${input.secretaria}`, "Escriba lo realizado en las filas REALIZADO; lo programado viene del POA."].filter(Boolean).join(" · "), "subtitle");
  put(CUTOFF_ROW, 0, FOLLOWUP_CAPTIONS.cutoff, "label");
  put(CUTOFF_ROW, C.activity + 1, monthName(input.cutoff), "input");
  formula(CUTOFF_ROW, C.anual, `=MATCH(${CUTOFF_CELL},${MONTH_CAPTION_RANGE},0)`, input.cutoff, "count");
  put(CUTOFF_ROW, C.month, `Semáforo del avance al corte: ${semaforoLegend()}. Una actividad en rojo necesita su JUSTIFICACIÓN.`, "note");
  for (let m = 0; m < 12; m++) put(MONTH_NUMBER_ROW, C.month + m, m + 1, "note");
  const headers: Array<[number, string]> = [
    [C.action, FOLLOWUP_CAPTIONS.action],
    [C.activity, FOLLOWUP_CAPTIONS.activity],
    [C.unidad, FOLLOWUP_CAPTIONS.unidad],
    [C.anual, FOLLOWUP_CAPTIONS.anual],
    [C.concept, FOLLOWUP_CAPTIONS.concept],
    ...MONTH_NAMES.map((name, m): [number, string] => [C.month + m, name]),
    ...QUARTER_CAPTIONS.map((name, q): [number, string] => [C.quarter + q, name]),
    [C.accumulated, FOLLOWUP_CAPTIONS.accumulated],
    [C.avance, FOLLOWUP_CAPTIONS.avance],
    [C.avanceAnual, FOLLOWUP_CAPTIONS.avanceAnual],
    [C.light, FOLLOWUP_CAPTIONS.light],
    [C.justification, FOLLOWUP_CAPTIONS.justification],
  ];
  for (const [col, caption] of headers) put(HEADER_ROW, col, caption, "header");

  // The cut-off row carries the semáforo legend: room for it to wrap where the page splits it.
  const rowHeights: Record<number, number> = { [TITLE_ROW]: 24, [CUTOFF_ROW]: 45, [HEADER_ROW]: 30 };
  const validations: ValidationSpec[] = [
    { area: area(CUTOFF_ROW, C.activity + 1), kind: "list", values: [...MONTH_NAMES], title: "Mes de corte", message: "El último mes que se informa: de ENERO a DICIEMBRE." },
    ...pairs.map((_, i): ValidationSpec => {
      const r = FIRST_ROW + 2 * i + 1;
      return { area: area(r, C.month, r, C.month + 11), kind: "whole", min: 0, title: "Realizado", message: "Un número entero, 0 o mayor: lo que se hizo en el mes." };
    }),
  ];
  const last = Math.max(FIRST_ROW, FIRST_ROW + 2 * pairs.length - 1);
  // Relative to the area's top-left row, like Excel's own rules: each row tests its own semáforo.
  const lightRef = `$${toA1(FIRST_ROW, C.light)}`;
  const justificationRef = `$${toA1(FIRST_ROW, C.justification)}`;
  const conditionalFormats: ConditionalSpec[] = pairs.length
    ? [
        ...(["VERDE", "AMARILLO", "ROJO"] as const).map((light) => ({ area: area(FIRST_ROW, C.avance, last, C.light), formula: `${lightRef}="${light}"`, ...LIGHT_COLORS[light] })),
        { area: area(FIRST_ROW, C.justification, last, C.justification), formula: `AND(${lightRef}="ROJO",${justificationRef}="")`, ...LIGHT_COLORS.ROJO },
      ]
    : [];
  return {
    name: `Seguimiento${year ? ` ${year}` : ""}`,
    cells,
    streamed: {
      top: FIRST_ROW,
      styles: ["count", "text", "muted", "input", "percent"],
      *rows() {
        for (let i = 0; i < pairs.length; i++) yield* pairRows(pairs[i]!, i, input.cutoff);
      },
    },
    merges: [area(TITLE_ROW, 0, TITLE_ROW, LAST_COL), area(CUTOFF_ROW, 0, CUTOFF_ROW, 1), area(TITLE_ROW + 1, 0, TITLE_ROW + 1, LAST_COL), area(CUTOFF_ROW, C.month, CUTOFF_ROW, LAST_COL)],
    columnWidths: [7, 34, 14, 11, 12, ...Array(12).fill(10), ...Array(4).fill(8), 11, 9, 9, 10, 34],
    rowHeights,
    validations,
    conditionalFormats,
    print: { orientation: "landscape", titleRows: [HEADER_ROW, HEADER_ROW], keyColumns: 2 },
    freezeRows: FIRST_ROW,
    table: pairs.length ? { name: FOLLOWUP_TABLE_NAME, area: area(HEADER_ROW, 0, last, LAST_COL) } : null,
    chart: null,
  };
}

/** Formula text every activity shares, built once: ten thousand activities are half a million cells. */
const SUMIF_HEAD = `=SUMIF(${MONTH_NUMBERS},"<="&${CUTOFF_NUMBER},`;
const TYPED_HEAD = `SUMPRODUCT((${MONTH_NUMBERS}<=${CUTOFF_NUMBER})*(`;
const ACCUMULATED = columnLetters(C.accumulated);
const AVANCE = columnLetters(C.avance);
const ANUAL = columnLetters(C.anual);
const NULL_CELLS_PLANNED = [C.avance, C.avanceAnual, C.light, C.justification];

/**
 * An activity's two rows: PROGRAMADO, whose months are formulas to the POA's cells, and
 * REALIZADO to type into; quarters, what is accumulated to the cut-off, avance and semáforo.
 * Cells are pushed in column order, with plain loops: this runs for every activity of the POA.
 */
function pairRows(pair: PairSource, i: number, cutoff: number): [StreamedRow, StreamedRow] {
  const p = FIRST_ROW + 2 * i;
  const r = p + 1;
  const pn = String(p + 1);
  const rn = String(r + 1);
  // The POA sheet's quoted name is written once per activity.
  const poa = pair.sheet ? `=${qualified(pair.sheet, "")}` : null;
  const planned: SheetCell[] = [
    { row: p, col: C.action, value: pair.action, style: "count" },
    { row: p, col: C.activity, value: pair.activity, style: "text" },
    { row: p, col: C.unidad, value: pair.unidad, style: "text" },
  ];
  // Repeated on REALIZADO so a filter on the table keeps both rows of an activity together.
  const done: SheetCell[] = [
    { row: r, col: C.action, value: pair.action, style: "muted" },
    { row: r, col: C.activity, value: pair.activity, style: "muted" },
    { row: r, col: C.unidad, value: null, style: "text" },
    { row: r, col: C.anual, value: null, style: "count" },
    { row: r, col: C.concept, value: REALIZADO, style: "text" },
  ];
  const anualValue = writtenValue(pair.anual);
  const anualShown = anualValue === null || anualValue === "" ? 0 : anualValue;
  planned.push(
    poa && pair.anualCell ? { row: p, col: C.anual, formula: poa + pair.anualCell, result: anualShown, style: "count" } : { row: p, col: C.anual, value: anualValue, style: "count" },
    { row: p, col: C.concept, value: PROGRAMADO, style: "text" },
  );
  const programmed: Figure[] = [];
  const realized: Figure[] = [];
  for (let m = 0; m < 12; m++) {
    // What `='POA'!F12` shows: the cell's value, 0 for a blank.
    const value = writtenValue(pair.programmed[m] ?? null);
    const shown = value === null || value === "" ? 0 : value;
    programmed.push(parseFigure(shown));
    const cell = pair.monthCells[m];
    planned.push(poa && cell ? { row: p, col: C.month + m, formula: poa + cell, result: shown, style: "count" } : { row: p, col: C.month + m, value, style: "count" });
    const typed = writtenValue(pair.realized[m] ?? null);
    realized.push(parseFigure(typed));
    done.push({ row: r, col: C.month + m, value: typed, style: "input" });
  }
  for (let q = 0; q < 4; q++) {
    const [from, to] = QUARTER_LETTERS[q]!;
    const first = 3 * q;
    planned.push({ row: p, col: C.quarter + q, formula: `=SUM(${from}${pn}:${to}${pn})`, result: summed(programmed[first]!) + summed(programmed[first + 1]!) + summed(programmed[first + 2]!), style: "count" });
    done.push({ row: r, col: C.quarter + q, formula: `=SUM(${from}${rn}:${to}${rn})`, result: summed(realized[first]!) + summed(realized[first + 1]!) + summed(realized[first + 2]!), style: "count" });
  }
  const anual = parseFigure(anualShown);
  const progress = progressTo(programmed, realized, anual, cutoff);
  const realizedMonths = `${MONTHS_FROM}${rn}:${MONTHS_TO}${rn}`;
  planned.push({ row: p, col: C.accumulated, formula: `${SUMIF_HEAD}${MONTHS_FROM}${pn}:${MONTHS_TO}${pn})`, result: progress.programmed, style: "count" });
  for (const col of NULL_CELLS_PLANNED) planned.push({ row: p, col, value: null, style: "text" });
  const accP = ACCUMULATED + pn;
  const accR = ACCUMULATED + rn;
  const anualRef = ANUAL + pn;
  const avance = AVANCE + rn;
  // Months up to the cut-off with anything typed: none means «SIN REPORTE», not 0 %.
  const typedToDate = `${TYPED_HEAD}${realizedMonths}<>""))`;
  done.push(
    { row: r, col: C.accumulated, formula: `${SUMIF_HEAD}${realizedMonths})`, result: progress.realized, style: "count" },
    { row: r, col: C.avance, formula: `=IF(AND(${accP}>0,${typedToDate}>0),${accR}/${accP},"")`, result: progress.avance ?? "", style: "percent" },
    { row: r, col: C.avanceAnual, formula: `=IF(AND(N(${anualRef})>0,${typedToDate}>0),${accR}/N(${anualRef}),"")`, result: progress.avanceAnual ?? "", style: "percent" },
    {
      row: r,
      col: C.light,
      formula: `=IF(${accP}<=0,"",IF(${avance}="","${NOT_REPORTED}",IF(${avance}>=${SEMAFORO.verde},"VERDE",IF(${avance}>=${SEMAFORO.amarillo},"AMARILLO","ROJO"))))`,
      result: progress.light ?? (progress.programmed > 0 ? NOT_REPORTED : ""),
      style: "count",
    },
    { row: r, col: C.justification, value: pair.justification || null, style: "text" },
  );
  const height = wrappedRowHeight(
    [
      [pair.activity, 32],
      [pair.unidad, 12],
    ],
    13,
  );
  return [{ cells: planned, height }, { cells: done }];
}
