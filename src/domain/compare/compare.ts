import { parseBeneficiarios } from "../beneficiarios";
import { figureAmount } from "../figures";
import { MONTH_CAPTIONS } from "../labels";
import type { Action, Activity, LocatedFigure } from "../model";
import { splitPartidas } from "../partidas";
import { actionInvestment, actionNumber, unitCode } from "../queries";
import { INSTITUTIONAL } from "../templates/institutional";
import type { Finding } from "../validate";
import { normalizeLabel } from "../text";
import type { ValidationReport } from "../validate";

/**
 * Two versions of a POA compared as POAs, not as cells: actions matched by number (then by name
 * when renumbered), activities by name within their action, every figure that changed with its
 * cell in the new file, investment per action before and after, and what became of each
 * finding. Layout alone (other captions, moved cells, money typed as text) changes nothing.
 */
export type ChangeKind = "action-added" | "action-removed" | "action-renumbered" | "activity-added" | "activity-removed" | "value";

export interface Change {
  kind: ChangeKind;
  /** The action's number in the new version (the old one for a removed action). */
  action: number | null;
  actionName: string;
  activity: string | null;
  /** What changed, as a reviewer names it: "INVERSIÓN APROXIMADA", "MAR", "H"… */
  field: string | null;
  before: number | string | null;
  after: number | string | null;
  /** Where to look in the new version; null for what is gone. */
  sheet: string | null;
  cell: string | null;
}

export interface ActionTotal {
  action: number | null;
  name: string;
  before: number | null;
  after: number | null;
}

export type Fate = "fixed" | "open" | "new";

export interface Comparison {
  changes: Change[];
  totals: ActionTotal[];
  findings: Array<{ fate: Fate; finding: Finding }>;
}

/** Periods as the forms print them. */
const QUARTERS = INSTITUTIONAL.quarters;

/** What a POA's unit of comparison is: a municipal action, or a state program across its pages. */
interface Unit {
  key: string;
  number: number | null;
  name: string;
  actions: Action[];
}

function units(report: ValidationReport): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const sheet of report.model.sheets) {
    for (const action of sheet.actions) {
      const name = action.fields.nombre?.value.text ?? "";
      const number = action.family === "institucional" ? null : actionNumber(action);
      const key = action.family === "institucional" ? `programa:${normalizeLabel(name)}` : number !== null ? `n:${number}` : `name:${normalizeLabel(name)}`;
      const unit = byKey.get(key);
      if (unit) unit.actions.push(action);
      else byKey.set(key, { key, number, name, actions: [action] });
    }
  }
  return [...byKey.values()];
}

function activityKey(activity: Activity): string {
  const number = activity.followUp?.number?.text;
  const ur = activity.followUp?.ur?.text;
  // The state form numbers its activities within each UR; municipal ones are known by name.
  if (ur && number) return `${unitCode(ur)}.${normalizeLabel(number)}`;
  return normalizeLabel(activity.actividad.text);
}

const amount = (figure: LocatedFigure | null | undefined) => (figure ? figureAmount(figure.figure) : null);
const sameValue = (a: number | string | null, b: number | string | null) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 0.005 : normalizeLabel(String(a ?? "")) === normalizeLabel(String(b ?? ""));

function unitInvestment(unit: Unit): number | null {
  const header = unit.actions[0]?.institutional;
  if (header) {
    let sum = 0;
    for (const u of header.units) {
      const value = amount(u.assigned);
      if (value === null) return null;
      sum += value;
    }
    return header.units.length > 0 ? sum : null;
  }
  return unit.actions[0] ? actionInvestment(unit.actions[0]) : null;
}

export function compareReports(before: ValidationReport, after: ValidationReport): Comparison {
  const oldUnits = units(before);
  const newUnits = units(after);
  const pairs: Array<[Unit | null, Unit | null]> = [];
  const unmatchedOld = new Set(oldUnits);
  const matched = new Map<Unit, Unit>();
  for (const unit of newUnits) {
    const same = oldUnits.find((o) => unmatchedOld.has(o) && o.key === unit.key);
    if (same) {
      matched.set(unit, same);
      unmatchedOld.delete(same);
    }
  }
  // Renumbered: the same name under another number.
  for (const unit of newUnits) {
    if (matched.has(unit)) continue;
    const renamed = [...unmatchedOld].find((o) => o.name !== "" && normalizeLabel(o.name) === normalizeLabel(unit.name));
    if (renamed) {
      matched.set(unit, renamed);
      unmatchedOld.delete(renamed);
    }
  }
  for (const unit of newUnits) pairs.push([matched.get(unit) ?? null, unit]);
  for (const old of unmatchedOld) pairs.push([old, null]);

  const changes: Change[] = [];
  const totals: ActionTotal[] = [];
  for (const [old, current] of pairs) {
    const shown = current ?? old!;
    const base = { action: shown.number, actionName: shown.name };
    totals.push({ action: shown.number, name: shown.name, before: old ? unitInvestment(old) : null, after: current ? unitInvestment(current) : null });
    if (!old) {
      const at = current!.actions[0]!;
      changes.push({ ...base, kind: "action-added", activity: null, field: null, before: null, after: shown.name, sheet: at.sheet, cell: at.anchor });
      continue;
    }
    if (!current) {
      changes.push({ ...base, kind: "action-removed", activity: null, field: null, before: shown.name, after: null, sheet: null, cell: null });
      continue;
    }
    if (old.number !== current.number) {
      const at = current.actions[0]!;
      changes.push({ ...base, kind: "action-renumbered", activity: null, field: "NÚMERO DE ACCIÓN", before: old.number, after: current.number, sheet: at.sheet, cell: at.fields.numero?.value.cell ?? at.anchor });
    }
    changes.push(...headerChanges(old, current, base), ...activityChanges(old, current, base));
  }
  return { changes, totals, findings: findingFates(before, after, matched) };
}

function headerChanges(old: Unit, current: Unit, base: { action: number | null; actionName: string }): Change[] {
  const changes: Change[] = [];
  const a = old.actions[0]!;
  const b = current.actions[0]!;
  const value = (field: string, x: number | string | null, y: number | string | null, cell: string | undefined) => {
    if (!sameValue(x, y)) changes.push({ ...base, kind: "value", activity: null, field, before: x, after: y, sheet: b.sheet, cell: cell ?? b.anchor });
  };
  value("INVERSIÓN APROXIMADA", unitInvestment(old), unitInvestment(current), b.fields.inversion?.value.cell ?? b.institutional?.units[0]?.assigned.cell);
  const people = (action: Action) => {
    const reading = parseBeneficiarios(action.fields.beneficiarios?.value.text ?? "");
    return reading.kind === "both" ? { h: reading.h, m: reading.m } : { h: null, m: null };
  };
  value("H", people(a).h, people(b).h, b.fields.beneficiarios?.value.cell);
  value("M", people(a).m, people(b).m, b.fields.beneficiarios?.value.cell);
  const partidas = (action: Action) => splitPartidas(action.fields.partida?.value.text ?? "").sort().join(", ");
  value("PARTIDA PRESUPUESTAL", partidas(a), partidas(b), b.fields.partida?.value.cell);
  return changes;
}

function activityChanges(old: Unit, current: Unit, base: { action: number | null; actionName: string }): Change[] {
  const changes: Change[] = [];
  const oldByKey = new Map(old.actions.flatMap((a) => a.activities.map((x) => [activityKey(x), { activity: x, sheet: a.sheet }] as const)));
  const seen = new Set<string>();
  for (const action of current.actions) {
    const quarterly = action.periodKind === "quarterly";
    for (const activity of action.activities) {
      const key = activityKey(activity);
      seen.add(key);
      const name = activity.actividad.text;
      const previous = oldByKey.get(key);
      if (!previous) {
        changes.push({ ...base, kind: "activity-added", activity: name, field: null, before: null, after: name, sheet: action.sheet, cell: activity.actividad.cell });
        continue;
      }
      const was = previous.activity;
      const figure = (field: string, x: LocatedFigure | null | undefined, y: LocatedFigure | null | undefined) => {
        const before = amount(x);
        const after = amount(y);
        if (!sameValue(before, after)) changes.push({ ...base, kind: "value", activity: name, field, before, after, sheet: action.sheet, cell: y?.cell ?? activity.actividad.cell });
      };
      figure(quarterly ? "MONTO ASIGNADO" : "INVERSIÓN POR ACTIVIDAD", was.inversion, activity.inversion);
      figure(quarterly ? "META ANUAL" : "PROGRAMACIÓN ANUAL", was.anual, activity.anual);
      const names: readonly string[] = quarterly ? QUARTERS : MONTH_CAPTIONS;
      activity.periods.forEach((p, i) => figure(names[i] ?? `periodo ${i + 1}`, was.periods[i], p));
      activity.followUp?.realized.forEach((r, i) => figure(`REALIZADO ${QUARTERS[i] ?? i + 1}`, was.followUp?.realized[i], r));
    }
  }
  for (const [key, { activity }] of oldByKey) {
    if (!seen.has(key)) changes.push({ ...base, kind: "activity-removed", activity: activity.actividad.text, field: null, before: activity.actividad.text, after: null, sheet: null, cell: null });
  }
  return changes;
}

/** A finding is the same in both versions when its rule, message and place in the POA are. */
function findingFates(before: ValidationReport, after: ValidationReport, matched: Map<Unit, Unit>): Comparison["findings"] {
  const renumber = new Map<number | null, number | null>();
  for (const [current, old] of matched) renumber.set(old.number, current.number);
  // Cells move between versions; counted by identity, two alike findings stay two.
  const identity = (f: Finding, action: number | null) =>
    [f.ruleId, f.messageId, f.sheet, action ?? "", normalizeLabel(String(f.data.activity ?? f.data.field ?? f.data.unit ?? f.data.name ?? ""))].join("|");
  const oldKeys = new Map<string, number>();
  for (const f of before.findings) {
    const key = identity(f, renumber.has(f.action) ? renumber.get(f.action)! : f.action);
    oldKeys.set(key, (oldKeys.get(key) ?? 0) + 1);
  }
  const fates: Comparison["findings"] = [];
  const remaining = new Map(oldKeys);
  for (const f of after.findings) {
    const key = identity(f, f.action);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      fates.push({ fate: "open", finding: f });
    } else fates.push({ fate: "new", finding: f });
  }
  for (const f of before.findings) {
    const key = identity(f, renumber.has(f.action) ? renumber.get(f.action)! : f.action);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      fates.push({ fate: "fixed", finding: f });
    }
  }
  return fates;
}
