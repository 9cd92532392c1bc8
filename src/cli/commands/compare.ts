import { basename } from "node:path";
import { compareVersions, type VersionComparison, writeChanges } from "../../app/compare";
import { type Comparison, FATE_WORDS, KIND_WORDS } from "../../domain/compare";
import type { Locale } from "../../domain/i18n/format";
import { ruleName } from "../../domain/rules";
import type { CompareArgs } from "../args";
import { openWorkbookFile } from "../files";
import { terminalSafe } from "../formatters/stylish";
import { writeOutput } from "../write";
import { newWorkbook } from "../writer";
import { linkFrom } from "./links";
import { type Out, say } from "./output";

const WORDS = {
  es: { action: "Acción", noNumber: "sin número", investment: "inversión", none: "Sin cambios en las cifras.", findings: "Hallazgos", earlier: "Observaciones anteriores", attended: "atendida", pending: "pendiente" },
  en: { action: "Action", noNumber: "no number", investment: "investment", none: "No figure changed.", findings: "Findings", earlier: "Earlier observations", attended: "attended to", pending: "pending" },
};

/** The comparison to read: by action, each change with its cell in the new file, then the findings' fate. */
export function formatChanges({ comparison, previous }: VersionComparison, locale: Locale): string {
  const w = WORDS[locale];
  const number = new Intl.NumberFormat(locale === "en" ? "en-US" : "es-MX", { maximumFractionDigits: 2 });
  const shown = (value: number | string | null) => (value === null ? "—" : typeof value === "number" ? number.format(value) : terminalSafe(value));
  const lines: string[] = [];
  const byAction = new Map<string, Comparison["changes"]>();
  for (const change of comparison.changes) {
    const key = `${change.action ?? ""}\u0000${change.actionName}`;
    byAction.set(key, [...(byAction.get(key) ?? []), change]);
  }
  for (const total of comparison.totals) {
    const changes = byAction.get(`${total.action ?? ""}\u0000${total.name}`);
    if (!changes) continue;
    lines.push(`${w.action} ${total.action ?? w.noNumber} «${terminalSafe(total.name)}» · ${w.investment} ${shown(total.before)} → ${shown(total.after)}`);
    for (const c of changes) {
      const what = [c.field, c.activity ? `«${terminalSafe(c.activity)}»` : null].filter(Boolean).join(" ");
      lines.push(`  ${(c.cell ?? "").padEnd(6)} ${KIND_WORDS[c.kind][locale].padEnd(22)} ${what}: ${shown(c.before)} → ${shown(c.after)}`);
    }
  }
  if (comparison.changes.length === 0) lines.push(w.none);
  lines.push("", `${w.findings}:`);
  for (const fate of ["fixed", "open", "new"] as const) {
    const list = comparison.findings.filter((f) => f.fate === fate && f.finding.severity !== "info");
    lines.push(`  ${FATE_WORDS[fate][locale]}: ${list.length}`);
    for (const { finding } of list) lines.push(`    ${finding.sheet}!${finding.cell} ${ruleName(finding.ruleId, locale)}: ${terminalSafe(finding.message)}`);
  }
  if (previous.length > 0) {
    lines.push("", `${w.earlier}:`);
    for (const o of previous) lines.push(`  ${(o.state === "Atendida" ? w.attended : w.pending).padEnd(11)} ${o.sheet}!${o.cell} ${terminalSafe(o.message)}`);
  }
  return lines.join("\n");
}

function asJson({ comparison, previous }: VersionComparison): string {
  const findings = comparison.findings.map(({ fate, finding }) => ({ fate, ruleId: finding.ruleId, severity: finding.severity, sheet: finding.sheet, cell: finding.cell, action: finding.action, message: finding.message }));
  return JSON.stringify({ changes: comparison.changes, totals: comparison.totals, observations: previous, findings }, null, 2);
}

/** `poa comparar ANTERIOR NUEVO`: what changed between two versions, and the `Cambios` workbook with -o. */
export async function compareCommand(args: CompareArgs, out: Out, err: Out): Promise<number> {
  const [earlier, newer] = args.files as [string, string];
  const [oldGrids, newGrids] = await Promise.all([earlier, newer].map(async (path) => (await openWorkbookFile(path)).readSheets()));
  const compared = compareVersions(oldGrids!, newGrids!, args.lang);
  out(`${args.format === "json" ? asJson(compared) : formatChanges(compared, args.lang)}\n`);
  if (args.output) {
    const workbook = await newWorkbook();
    await writeChanges(workbook, oldGrids!, newGrids!, { before: basename(earlier), after: basename(newer), link: `${linkFrom(args.output)(newer)}#` });
    await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: [earlier, newer] });
    err(say({ es: `Cambios escritos en ${args.output}`, en: `Changes written to ${args.output}` }, args.lang));
  }
  return 0;
}
