import { parseA1 } from "../a1";
import { parseBeneficiarios } from "../beneficiarios";
import { sumFigures } from "../figures";
import { isPartidaCode, splitPartidas } from "../partidas";
import { actionInvestment, actionNumber, NO_ACTION, programInvestment, programKey } from "../queries";
import type { ValidationReport } from "../validate";

/** One action as the reviewer's summary lists it. */
export interface SummaryEntry {
  file: string | null;
  sheet: string;
  number: number | null;
  name: string;
  secretaria: string;
  investment: number | null;
  /** Σ of the activities' investment; null when one of them cannot be read. */
  activitiesInvestment: number | null;
  activities: number;
  h: number | null;
  m: number | null;
  partidas: string;
  errors: number;
  warnings: number;
}

/**
 * Every action of a validated workbook, with the findings that fall inside its block. The
 * printed pages of a state institutional POA become one row per institution and program.
 */
export function summarize(report: ValidationReport, file: string | null = null): SummaryEntry[] {
  const entries = rollUpPages(perBlock(report, file), report);
  const outside = outsideActions(report, entries, file);
  return outside ? [...entries, outside] : entries;
}

/**
 * Findings that fall in no action's block (a hand-made summary, rows outside any block, the
 * follow-up sheet): a row of their own, so the summary's ERRORES and ADVERTENCIAS add up to
 * what `validate` reports.
 */
function outsideActions(report: ValidationReport, entries: readonly SummaryEntry[], file: string | null): SummaryEntry | null {
  const errors = report.errorCount - entries.reduce((n, e) => n + e.errors, 0);
  const warnings = report.warningCount - entries.reduce((n, e) => n + e.warnings, 0);
  if (errors <= 0 && warnings <= 0) return null;
  return {
    ...noteRow(file, `${NO_ACTION} hallazgos fuera de las acciones (resumen hecho a mano, filas sueltas, hoja de seguimiento)`),
    sheet: NO_ACTION,
    errors: Math.max(0, errors),
    warnings: Math.max(0, warnings),
  };
}

/** A summary row that is no action: only its file and what it says in the ACCIÓN column. */
export function noteRow(file: string | null, text: string): SummaryEntry {
  return {
    file,
    sheet: "",
    number: null,
    name: text,
    secretaria: "",
    investment: null,
    activitiesInvestment: null,
    activities: 0,
    h: null,
    m: null,
    partidas: "",
    errors: 0,
    warnings: 0,
  };
}

function rollUpPages(entries: SummaryEntry[], report: ValidationReport): SummaryEntry[] {
  const actions = report.model.sheets.flatMap((s) => s.actions);
  const rolled: SummaryEntry[] = [];
  const programs = new Map<string, SummaryEntry>();
  entries.forEach((entry, i) => {
    const action = actions[i];
    const key = action ? programKey(action) : null;
    if (!action || key === null) {
      rolled.push(entry);
      return;
    }
    // The filed form puts each printed page on its own sheet: a program is one row across them.
    const program = programs.get(key);
    if (!program) {
      const first = { ...entry, investment: programInvestment(action) };
      programs.set(key, first);
      rolled.push(first);
      return;
    }
    program.activities += entry.activities;
    program.errors += entry.errors;
    program.warnings += entry.warnings;
    program.activitiesInvestment =
      program.activitiesInvestment === null || entry.activitiesInvestment === null ? null : program.activitiesInvestment + entry.activitiesInvestment;
  });
  return rolled;
}

function perBlock(report: ValidationReport, file: string | null): SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  for (const sheet of report.model.sheets) {
    const sheetFindings = report.findings.filter((f) => f.sheet === sheet.name);
    sheet.actions.forEach((action, index) => {
      const top = parseA1(action.anchor)?.row ?? 0;
      const next = sheet.actions[index + 1];
      const bottom = next ? (parseA1(next.anchor)?.row ?? Infinity) - 1 : Infinity;
      const inside = sheetFindings.filter((f) => {
        const row = parseA1(f.cell)?.row ?? -1;
        return row >= top && row <= bottom;
      });
      const activitiesInvestment = sumFigures(action.activities.map((a) => a.inversion?.figure));
      const beneficiarios = parseBeneficiarios(action.fields.beneficiarios?.value.text ?? "");
      entries.push({
        file,
        sheet: sheet.name,
        number: actionNumber(action),
        name: action.fields.nombre?.value.text ?? "",
        secretaria: action.fields.secretaria?.value.text ?? "",
        investment: actionInvestment(action),
        activitiesInvestment,
        activities: action.activities.length,
        h: beneficiarios.kind === "both" ? beneficiarios.h : beneficiarios.kind === "one" && beneficiarios.sex === "H" ? beneficiarios.count : null,
        m: beneficiarios.kind === "both" ? beneficiarios.m : beneficiarios.kind === "one" && beneficiarios.sex === "M" ? beneficiarios.count : null,
        partidas: splitPartidas(action.fields.partida?.value.text ?? "").filter(isPartidaCode).join(", "),
        errors: inside.filter((f) => f.severity === "error").length,
        warnings: inside.filter((f) => f.severity === "warning").length,
      });
    });
  }
  return entries;
}
