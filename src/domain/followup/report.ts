import type { Figure } from "../figures";
import type { LocatedFigure, WorkbookModel } from "../model";
import { activityName, eachAction, secretariaOf, workbookYear } from "../queries";
import { captionKey, displayText, fileNameOf } from "../text";
import { followUpSheets, keyedRows, plannedActivities, plannedKeys } from "./match";
import { type Progress, progressTo } from "./progress";
import { trackedActivities, trackedProgress } from "./tracked";

/** One POA as the report reads it: its model, or why it could not be read. */
export type ReportSource = { file: string; model: WorkbookModel } | { file: string; unreadable: string };

export interface ReportRow {
  secretaria: string;
  file: string;
  actions: number;
  activities: number;
  /** Summed over activities (their units differ): what the planning office adds up by hand. */
  programmed: number;
  realized: number;
  /** The mean of the activities' avance to the cut-off, each counted up to 100 %. */
  avance: number | null;
  verde: number;
  amarillo: number;
  rojo: number;
  /** Activities with something programmed to the cut-off and nothing typed for it yet. */
  unreported: number;
  /** Why a row has no avance: no follow-up sheet, or the file could not be read. */
  note: string;
}

export interface RedActivity {
  secretaria: string;
  file: string;
  action: string;
  activity: string;
  programmed: number;
  realized: number;
  avance: number;
  justification: string;
}

/** A MIR indicator at its sheet's cut-off, as the POA's «Indicadores» sheet shows it. */
export interface ReportIndicator {
  secretaria: string;
  file: string;
  indicator: string;
  level: string;
  /** The quarter the sheet was at: the report says when it is not the report's. */
  quarter: number | null;
  /** At the sheet's cut-off, as its formulas computed them; null where the sheet shows nothing. */
  programmed: number | null;
  achieved: number | null;
  cumplimiento: number | null;
  light: string;
  justification: string;
}

export interface QuarterlyReport {
  cutoff: number;
  year: number | null;
  /** Every year the POAs are of, in order: a folder can mix 2021, 2022 and 2024. */
  years: number[];
  rows: ReportRow[];
  /** The chart's figures: each secretaría's avance over all the activities of all its POAs. */
  bySecretaria: Array<{ secretaria: string; avance: number }>;
  red: RedActivity[];
  total: ReportRow;
  /** Every MIR indicator of the POAs that carry an indicator follow-up sheet. */
  indicators: ReportIndicator[];
}

interface Followed {
  action: string;
  activity: string;
  progress: Progress | null;
  justification: string;
}

/** A municipal POA: its activities' program from the POA itself, what was done from its follow-up sheet. */
function municipal(model: WorkbookModel, cutoff: number): { followed: Followed[]; hasFollowUp: boolean } {
  const sheet = followUpSheets(model)[0]?.followUp ?? null;
  const rows = new Map(sheet ? keyedRows(sheet).map(({ key, row }) => [key, row]) : []);
  const planned = plannedActivities(model);
  const keys = sheet ? plannedKeys(planned) : null;
  const followed = planned.map((planned, i): Followed => {
    const row = keys ? rows.get(keys[i]!) : undefined;
    const programmed = planned.activity.periods.map((p) => p.figure);
    return {
      action: planned.actionLabel,
      activity: displayText(planned.activity.actividad.text, 200),
      // Without its follow-up row, what was programmed still counts, as «sin reporte».
      progress: progressTo(programmed, row ? row.realized.map((r) => r.figure) : [], planned.activity.anual?.figure ?? null, cutoff),
      justification: row?.justification?.text.trim() ?? "",
    };
  });
  return { followed, hasFollowUp: sheet !== null };
}

/** The state form: calendar and REALIZADO by quarter, counted to the last quarter the cut-off closes. */
function institutional(model: WorkbookModel, cutoff: number): Followed[] {
  const quarters = Math.floor(cutoff / 3);
  const followed: Followed[] = [];
  for (const action of eachAction(model)) {
    if (action.family !== "institucional") continue;
    for (const activity of action.activities) {
      const realized: Figure[] | null = activity.followUp && !activity.shifted ? activity.followUp.realized.map((r) => r.figure) : null;
      followed.push({
        action: activity.followUp?.number?.text.trim() ?? "",
        activity: displayText(activity.actividad.text, 200) || activityName(activity),
        progress: realized ? progressTo(activity.periods.map((p) => p.figure), realized, activity.anual?.figure ?? null, quarters) : null,
        justification: "",
      });
    }
  }
  return followed;
}

type Counts = Pick<ReportRow, "verde" | "amarillo" | "rojo" | "unreported">;

/** One activity into the semáforo counts: its light, or «sin reporte» when something was due. */
function tally(counts: Counts, progress: Progress): void {
  if (progress.light === "VERDE") counts.verde++;
  else if (progress.light === "AMARILLO") counts.amarillo++;
  else if (progress.light === "ROJO") counts.rojo++;
  else if (progress.programmed > 0 && !progress.reported) counts.unreported++;
}

function emptyRow(secretaria: string, file: string, note: string): ReportRow {
  return { secretaria, file, actions: 0, activities: 0, programmed: 0, realized: 0, avance: null, verde: 0, amarillo: 0, rojo: 0, unreported: 0, note };
}

/** Mean of avances, each capped at 100 %: one activity far ahead does not hide others behind. */
function meanAvance(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + Math.min(v, 1), 0) / values.length;
}

/**
 * The quarterly report across POAs: per POA its actions, activities, what was programmed and
 * realized to the cut-off, the mean avance and its semáforo counts; then every red activity with
 * its justification, and the municipal totals.
 */
export function buildQuarterlyReport(sources: readonly ReportSource[], cutoff: number, year: number | null): QuarterlyReport {
  const rows: ReportRow[] = [];
  const red: RedActivity[] = [];
  const allAvances: number[] = [];
  const perSecretaria = new Map<string, number[]>();
  const years = new Set<number>();
  let withoutFollowUp = 0;
  const indicators: ReportIndicator[] = [];
  for (const source of sources) {
    const file = fileNameOf(source.file);
    if ("unreadable" in source) {
      rows.push(emptyRow("", file, `NO SE PUDO LEER: ${source.unreadable}`));
      continue;
    }
    const model = source.model;
    const poaYear = workbookYear(model);
    if (poaYear !== null) years.add(poaYear);
    const secretaria = secretariaOf(model);
    for (const sheet of model.sheets) {
      for (const row of sheet.indicators?.rows ?? []) {
        const number = (at: LocatedFigure | null) => (at?.figure.kind === "number" ? at.figure.value : null);
        // The sheet's AL CORTE shows 0 where nothing is measured or reported: the report leaves it blank.
        const light = captionKey(row.light.text);
        const measured = light !== "NO SE MIDE";
        const reported = measured && light !== "SIN REPORTE";
        indicators.push({
          secretaria,
          file,
          indicator: displayText(row.name.text, 200),
          level: [row.level, row.code].filter(Boolean).join(" "),
          quarter: sheet.indicators!.quarter,
          programmed: measured ? number(row.atCutoff.programmed) : null,
          achieved: reported ? number(row.atCutoff.achieved) : null,
          cumplimiento: reported ? number(row.atCutoff.cumplimiento) : null,
          light: row.light.text.trim(),
          justification: row.justification.text.trim(),
        });
      }
    }
    const { followed: monthly, hasFollowUp } = municipal(model, cutoff);
    const followed = [...monthly, ...institutional(model, cutoff)];
    const row = emptyRow(secretaria, file, "");
    row.actions = model.sheets.reduce((n, s) => n + s.actions.length, 0);
    row.activities = followed.length;
    const avances: number[] = [];
    for (const f of followed) {
      if (!f.progress) continue;
      row.programmed += f.progress.programmed;
      row.realized += f.progress.realized;
      tally(row, f.progress);
      if (f.progress.avance === null) continue;
      avances.push(f.progress.avance);
      if (f.progress.light === "ROJO") {
        red.push({ secretaria, file, action: f.action, activity: f.activity, programmed: f.progress.programmed, realized: f.progress.realized, avance: f.progress.avance, justification: f.justification });
      }
    }
    row.avance = meanAvance(avances);
    allAvances.push(...avances);
    if (avances.length > 0) {
      const key = secretaria || file;
      perSecretaria.set(key, [...(perSecretaria.get(key) ?? []), ...avances]);
    }
    if (monthly.length > 0 && !hasFollowUp) {
      row.note = "Sin hoja de seguimiento";
      withoutFollowUp++;
    }
    else if (followed.length === 0) row.note = "Sin actividades que seguir";
    else if (avances.length === 0) row.note = row.unreported > 0 ? "Sin cifras realizadas al corte" : "Nada programado al corte";
    rows.push(row);
  }
  // The total counts what was followed: said beside it when some POAs have no follow-up yet.
  const total = emptyRow("TOTAL MUNICIPAL", "", withoutFollowUp > 0 ? `Sin hoja de seguimiento: ${withoutFollowUp} de ${rows.length} POA (no cuentan en el avance)` : "");
  for (const row of rows) {
    total.actions += row.actions;
    total.activities += row.activities;
    total.programmed += row.programmed;
    total.realized += row.realized;
    total.verde += row.verde;
    total.amarillo += row.amarillo;
    total.rojo += row.rojo;
    total.unreported += row.unreported;
  }
  total.avance = meanAvance(allAvances);
  const bySecretaria = [...perSecretaria].map(([secretaria, avances]) => ({ secretaria, avance: meanAvance(avances)! }));
  return { cutoff, year, years: [...years].sort((a, b) => a - b), rows, bySecretaria, red, total, indicators };
}

export interface Semaforo {
  cutoff: number;
  verde: number;
  amarillo: number;
  rojo: number;
  unreported: number;
}

/**
 * The open workbook's semáforo at its follow-up sheet's cut-off, from the sheet's own figures
 * (what Excel shows), so it holds when only that sheet was checked; null without one.
 */
export function workbookSemaforo(model: WorkbookModel): Semaforo | null {
  const cutoff = followUpSheets(model)[0]?.followUp.cutoff?.month;
  if (!cutoff) return null;
  const counts: Semaforo = { cutoff, verde: 0, amarillo: 0, rojo: 0, unreported: 0 };
  for (const tracked of trackedActivities(model)) {
    if (tracked.kind !== "monthly") continue;
    tally(counts, trackedProgress(tracked, cutoff));
  }
  return counts;
}
