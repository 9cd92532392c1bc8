import { round2 } from "../amounts";
import type { Action, LocatedText, WorkbookModel } from "../model";
import { mostCommon } from "../mostCommon";
import { actionInvestment, eachAction, pedValue, programInvestment, programKey } from "../queries";
import { normalizeLabel } from "../text";
import { type PlanCatalog, type PlanLine, planLine } from "./catalog";
import { isUnderCode, planCode, planWords } from "./codes";

/** One POA as the coverage takes it: its file's name and what was read of it. */
export interface CoverageSource {
  file: string;
  model: WorkbookModel;
}

/** A line of the plan as the POAs name it, with what serves it (its own and everything under it). */
export interface CoverageLine {
  /** 0: eje or principio rector; 1: línea estratégica (eje general); 2: estrategia. */
  level: 0 | 1 | 2;
  code: string | null;
  /** The plan's text when the plan has the code; otherwise the text most actions type. */
  text: string;
  files: number;
  actions: number;
  activities: number;
  investment: number;
  secretarias: string[];
  children: CoverageLine[];
}

export interface Coverage {
  lines: CoverageLine[];
  /** Actions that name no line of the plan at all. */
  unaligned: { actions: number; activities: number; investment: number };
  total: { files: number; actions: number; activities: number; investment: number };
  /** With a plan: its lines no action names (nor anything under them). */
  unserved: PlanLine[];
}

/** What one action (or a share of a state program) puts under one path of the plan. */
interface Share {
  path: Array<LocatedText | null>;
  file: string;
  secretaria: string;
  /** The action (or state program) it is a share of: counted once per line it serves. */
  owner: string;
  activities: number;
  investment: number;
}

const text = (at: LocatedText | null | undefined): LocatedText | null => (at && at.text.trim() !== "" ? at : null);

/** A municipal action serves one path: EJE (or PRINCIPIO RECTOR), LÍNEA ESTRATÉGICA, ESTRATEGIA. */
function municipalShare(action: Action, file: string, owner: string): Share {
  return {
    path: [text(action.fields.eje?.value), text(action.fields.linea?.value), text(action.fields.estrategia?.value)],
    file,
    secretaria: action.fields.secretaria?.value.text.trim() ?? "",
    owner,
    activities: action.activities.length,
    investment: actionInvestment(action) ?? 0,
  };
}

/**
 * A state program serves, through its activities, EJE RECTOR → EJE GENERAL → Estrategia
 * Vinculante: its assigned money is split over its activities' claves by their amounts (evenly
 * when they have none), so the coverage adds up to the summary's total.
 */
function programShares(pages: readonly Action[], file: string, owner: string): Share[] {
  const investment = programInvestment(pages[0]!) ?? 0;
  const ped = (action: Action, caption: string) => text(pedValue(action, caption));
  const rows = pages.flatMap((page) =>
    page.activities.map((activity) => ({ path: [ped(page, "EJE RECTOR"), ped(page, "EJE GENERAL"), text(activity.estrategia)], activity: 1, weight: activity.inversion?.figure.kind === "number" ? activity.inversion.figure.value : 0 })),
  );
  if (rows.length === 0) rows.push({ path: [ped(pages[0]!, "EJE RECTOR"), ped(pages[0]!, "EJE GENERAL"), null], activity: 0, weight: 0 });
  const weights = rows.reduce((n, r) => n + r.weight, 0);
  const byPath = new Map<string, Share>();
  for (const row of rows) {
    const key = row.path.map((p) => (p ? normalizeLabel(p.text) : "")).join("\u0000");
    const share = byPath.get(key) ?? { path: row.path, file, secretaria: pages[0]!.fields.secretaria?.value.text.trim() ?? "", owner, activities: 0, investment: 0 };
    share.activities += row.activity;
    share.investment += weights > 0 ? (investment * row.weight) / weights : investment / rows.length;
    byPath.set(key, share);
  }
  const shares = [...byPath.values()].map((s) => ({ ...s, investment: round2(s.investment) }));
  // Cents lost to rounding go to the largest share: the program adds up to what it was assigned.
  const largest = shares.reduce((big, s) => (s.investment > big.investment ? s : big));
  largest.investment = round2(largest.investment + investment - shares.reduce((n, s) => n + s.investment, 0));
  return shares;
}

function sharesOf(source: CoverageSource): Share[] {
  const shares: Share[] = [];
  const programs = new Map<string, Action[]>();
  let index = 0;
  for (const action of eachAction(source.model)) {
    const key = programKey(action);
    if (key === null) shares.push(municipalShare(action, source.file, `${source.file}\u0000${index++}`));
    else programs.set(key, [...(programs.get(key) ?? []), action]);
  }
  for (const [key, pages] of programs) shares.push(...programShares(pages, source.file, `${source.file}\u0000${key}`));
  return shares;
}

interface Node {
  level: 0 | 1 | 2;
  code: string | null;
  typed: string[];
  shares: Share[];
  children: Map<string, Node>;
}

/** A line's identity: its code when it has one, otherwise its words. */
function keyOf(at: LocatedText): { key: string; code: string | null; words: string } {
  const code = planCode(at.text);
  const words = code ? planWords(at.text, code) : at.text.trim().replace(/^["«“]+|["»”]+$/g, "");
  return { key: code ?? normalizeLabel(words), code, words };
}

function lineOf(node: Node, plan: PlanCatalog | null): CoverageLine {
  const all = collect(node);
  const owners = new Set(all.map((s) => s.owner));
  const fromPlan = node.code && plan ? planLine(plan, node.code) : null;
  return {
    level: node.level,
    code: node.code,
    text: fromPlan?.text ?? mostCommon(node.typed) ?? "",
    files: new Set(all.map((s) => s.file)).size,
    actions: owners.size,
    activities: all.reduce((n, s) => n + s.activities, 0),
    investment: round2(all.reduce((n, s) => n + s.investment, 0)),
    secretarias: secretariasOf(all),
    children: ordered(node.children).map((child) => lineOf(child, plan)),
  };
}

/** Coded lines in the plan's order (3.2 before 3.10), then those named by words, alphabetically. */
function ordered(nodes: Map<string, Node>): Node[] {
  const parts = (code: string) => code.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? p.padStart(6, "0") : p));
  const sortKey = (n: Node) => (n.code ? `0${parts(n.code).join(".")}` : `1${normalizeLabel(mostCommon(n.typed) ?? "")}`);
  return [...nodes.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

/** Each secretaría once, however its POAs spell it («Secretaría de Planeación.»): in the spelling most use. */
function secretariasOf(shares: readonly Share[]): string[] {
  const spellings = new Map<string, string[]>();
  for (const { secretaria } of shares) {
    if (secretaria === "") continue;
    const key = normalizeLabel(secretaria);
    spellings.set(key, [...(spellings.get(key) ?? []), secretaria]);
  }
  return [...spellings.values()].map((names) => mostCommon(names)!).sort((a, b) => a.localeCompare(b, "es"));
}

function collect(node: Node): Share[] {
  return [...node.shares, ...[...node.children.values()].flatMap(collect)];
}

/**
 * Which lines of the development plan the POAs serve: per eje, línea and estrategia (as each
 * action names them), the POAs, actions, activities, investment and secretarías; the actions
 * that name none; and, with the plan, its lines no action serves.
 */
export function coverage(sources: readonly CoverageSource[], plan: PlanCatalog | null = null): Coverage {
  const root = new Map<string, Node>();
  const unaligned = { actions: 0, activities: 0, investment: 0 };
  const owners = new Set<string>();
  let activities = 0;
  let investment = 0;
  for (const share of sources.flatMap(sharesOf)) {
    owners.add(share.owner);
    activities += share.activities;
    investment += share.investment;
    const named = share.path.map((p, level) => (p ? { level, ...keyOf(p) } : null)).filter((p) => p !== null);
    if (named.length === 0) {
      unaligned.actions++;
      unaligned.activities += share.activities;
      unaligned.investment = round2(unaligned.investment + share.investment);
      continue;
    }
    let level = root;
    let node: Node | null = null;
    for (const step of named) {
      node = level.get(step.key) ?? { level: step.level as Node["level"], code: step.code, typed: [], shares: [], children: new Map() };
      node.typed.push(step.words);
      level.set(step.key, node);
      level = node.children;
    }
    node!.shares.push(share);
  }
  const typedCodes = [...root.values()].flatMap(function codes(n: Node): string[] {
    return [...(n.code ? [n.code] : []), ...[...n.children.values()].flatMap(codes)];
  });
  const unserved = plan ? plan.lines.filter((l) => !typedCodes.some((c) => c === l.code || isUnderCode(c, l.code))) : [];
  return {
    lines: ordered(root).map((n) => lineOf(n, plan)),
    unaligned,
    total: { files: new Set(sources.map((s) => s.file)).size, actions: owners.size, activities, investment: round2(investment) },
    unserved,
  };
}
