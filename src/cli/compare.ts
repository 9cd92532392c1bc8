import { basename, dirname, relative, resolve } from "node:path";
import { buildChangesSheet, type Comparison, compareReports, FATE_WORDS, type PreviousObservation, previousObservations } from "../domain/compare";
import type { Locale } from "../domain/i18n/format";
import { ruleName } from "../domain/rules";
import { validateGrids } from "../domain/validate";
import type { CompareArgs } from "./args";
import { openWorkbookFile } from "./files";
import { terminalSafe } from "./formatters/stylish";
import { writeOutput } from "./write";
import { newWorkbook } from "./writer";

type Out = (text: string) => void;

const NUMBER = new Intl.NumberFormat("es-MX", { maximumFractionDigits: 2 });
const shown = (value: number | string | null) => (value === null ? "—" : typeof value === "number" ? NUMBER.format(value) : terminalSafe(value));

const WORDS = {
  es: { action: "Acción", noNumber: "sin número", investment: "inversión", none: "Sin cambios en las cifras.", findings: "Hallazgos" },
  en: { action: "Action", noNumber: "no number", investment: "investment", none: "No figure changed.", findings: "Findings" },
};

/** The comparison to read: by action, each change with its cell in the new file, then the findings' fate. */
export function formatChanges(comparison: Comparison, locale: Locale): string {
  const w = WORDS[locale];
  const lines: string[] = [];
  const byAction = new Map<string, Comparison["changes"]>();
  for (const change of comparison.changes) {
    const key = `${change.action ?? ""}\u0000${change.actionName}`;
    byAction.set(key, [...(byAction.get(key) ?? []), change]);
  }
  for (const total of comparison.totals) {
    const key = `${total.action ?? ""}\u0000${total.name}`;
    const changes = byAction.get(key);
    if (!changes) continue;
    lines.push(`${w.action} ${total.action ?? w.noNumber} «${terminalSafe(total.name)}» · ${w.investment} ${shown(total.before)} → ${shown(total.after)}`);
    for (const c of changes) {
      const what = [c.field, c.activity ? `«${terminalSafe(c.activity)}»` : null].filter(Boolean).join(" ");
      lines.push(`  ${(c.cell ?? "").padEnd(6)} ${c.kind.padEnd(17)} ${what}: ${shown(c.before)} → ${shown(c.after)}`);
    }
  }
  if (comparison.changes.length === 0) lines.push(w.none);
  lines.push("", `${w.findings}:`);
  for (const fate of ["fixed", "open", "new"] as const) {
    const list = comparison.findings.filter((f) => f.fate === fate && f.finding.severity !== "info");
    lines.push(`  ${FATE_WORDS[fate]}: ${list.length}`);
    for (const { finding } of list) lines.push(`    ${finding.sheet}!${finding.cell} ${ruleName(finding.ruleId, locale)}: ${terminalSafe(finding.message)}`);
  }
  return lines.join("\n");
}

function formatObservations(observations: readonly PreviousObservation[], locale: Locale): string {
  if (observations.length === 0) return "";
  const title = locale === "en" ? "Earlier observations" : "Observaciones anteriores";
  const state = (o: PreviousObservation) => (locale === "en" ? (o.state === "Atendida" ? "attended to" : "pending") : o.state.toLowerCase());
  return `\n\n${title}:\n${observations.map((o) => `  ${state(o).padEnd(11)} ${o.sheet}!${o.cell} ${terminalSafe(o.message)}`).join("\n")}`;
}

/** `poa comparar ANTERIOR NUEVO`: what changed between two versions, and the `Cambios` workbook with -o. */
export async function compareCommand(args: CompareArgs, out: Out, err: Out): Promise<number> {
  const [earlier, newer] = args.files as [string, string];
  const [oldGrids, newGrids] = await Promise.all([earlier, newer].map(async (path) => (await openWorkbookFile(path)).readSheets()));
  const comparison = compareReports(validateGrids(oldGrids!, { locale: args.lang }), validateGrids(newGrids!, { locale: args.lang }));
  // Observations sent with the earlier version: attended to, or still pending.
  const observations = previousObservations(oldGrids!, comparison);
  out(
    args.format === "json"
      ? `${JSON.stringify(
          {
            changes: comparison.changes,
            totals: comparison.totals,
            observations,
            findings: comparison.findings.map(({ fate, finding }) => ({ fate, ruleId: finding.ruleId, severity: finding.severity, sheet: finding.sheet, cell: finding.cell, action: finding.action, message: finding.message })),
          },
          null,
          2,
        )}\n`
      : `${formatChanges(comparison, args.lang)}${formatObservations(observations, args.lang)}\n`,
  );
  if (args.output) {
    const workbook = await newWorkbook();
    // Links reach the new file from beside the Cambios workbook.
    const link = `${relative(dirname(resolve(args.output)), resolve(newer)).replace(/\\/g, "/")}#`;
    await workbook.addSheet(buildChangesSheet(comparison, { before: basename(earlier), after: basename(newer), link }));
    await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: [earlier, newer] });
    err(args.lang === "en" ? `Changes written to ${args.output}\n` : `Cambios escritos en ${args.output}\n`);
  }
  return 0;
}
