import type { Locale } from "../../domain/i18n/format";
import { ruleName } from "../../domain/rules";
import type { Severity } from "../../domain/rules/rule";
import type { FileResult } from "../../app/validate";
import type { FileFinding } from "../../domain/plan/acrossFiles";
import { escapeControls } from "../../domain/text";

const WORDS = {
  es: {
    error: "error",
    warning: "aviso",
    info: "nota",
    unreadable: "no se pudo leer",
    skipped: "omitido",
    across: "Entre los libros revisados (alineación, MIR y POA)",
    clean: "sin hallazgos",
    summary: (e: number, w: number, i: number) =>
      `${e + w + i} hallazgo(s): ${e} error(es), ${w} aviso(s), ${i} nota(s)`,
    files: (n: number, bad: number) => `${n} archivo(s) revisado(s)${bad ? `, ${bad} sin poder leerse` : ""}`,
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    unreadable: "could not be read",
    skipped: "skipped",
    across: "Across the workbooks checked (alignment, MIR and POA)",
    clean: "no findings",
    summary: (e: number, w: number, i: number) => `${e + w + i} finding(s): ${e} error(s), ${w} warning(s), ${i} info`,
    files: (n: number, bad: number) => `${n} file(s) checked${bad ? `, ${bad} could not be read` : ""}`,
  },
} as const;

const COLORS: Record<Severity | "dim" | "bold" | "reset", string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  reset: "\u001b[0m",
};

type Paint = (style: keyof typeof COLORS, text: string) => string;

function painter(color: boolean): Paint {
  return (style, text) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
}

/** Workbook text reaches a terminal: its control characters are shown, never obeyed. */
export function terminalSafe(text: string): string {
  return escapeControls(text).replace(/[\n\t]/g, " ");
}

/** One file's part of the report: its findings by sheet, one line each with its cell and rule. */
export function stylishFile(result: FileResult, locale: Locale, color: boolean): string {
  const w = WORDS[locale];
  const paint = painter(color);
  const lines: string[] = [paint("bold", terminalSafe(result.filePath))];
  if ("readError" in result) {
    lines.push(`  ${paint("error", w.unreadable)}: ${terminalSafe(result.readError)}`, "");
    return lines.join("\n");
  }
  if ("skipped" in result) {
    lines.push(`  ${paint("dim", w.skipped)}: ${result.skipped}`, "");
    return lines.join("\n");
  }
  const { report } = result;
  if (report.findings.length === 0) {
    lines.push(`  ${paint("dim", w.clean)}`, "");
    return lines.join("\n");
  }
  let sheet: string | null = null;
  for (const f of report.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`  ${paint("bold", terminalSafe(sheet))}`);
    }
    lines.push(`    ${f.cell.padEnd(6)} ${paint(f.severity, w[f.severity].padEnd(7))} ${terminalSafe(f.message)}  ${paint("dim", `${ruleName(f.ruleId, locale)} (${f.ruleId})`)}`);
  }
  lines.push("");
  return lines.join("\n");
}

/** What only the files together show (the alignment typed differently across them), file by file. */
export function stylishAcross(across: readonly FileFinding[], locale: Locale, color: boolean): string {
  const w = WORDS[locale];
  const paint = painter(color);
  const lines = [paint("bold", w.across)];
  for (const { file, finding: f } of across) {
    lines.push(`  ${terminalSafe(file)} ${paint("bold", terminalSafe(`${f.sheet}!${f.cell}`))} ${paint(f.severity, w[f.severity])} ${terminalSafe(f.message)}  ${paint("dim", `${ruleName(f.ruleId, locale)} (${f.ruleId})`)}`);
  }
  lines.push("");
  return lines.join("\n");
}

/** The closing lines: findings by severity over all files, and how many files were read. */
export function stylishTotals(results: readonly FileResult[], locale: Locale, color: boolean): string {
  const w = WORDS[locale];
  const paint = painter(color);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let unreadable = 0;
  for (const result of results) {
    if ("readError" in result) {
      unreadable++;
      continue;
    }
    if ("skipped" in result) continue;
    errors += result.report.errorCount;
    warnings += result.report.warningCount;
    infos += result.report.infoCount;
  }
  const worst: Severity = errors > 0 ? "error" : warnings > 0 ? "warning" : "info";
  const lines = [paint(worst, w.summary(errors, warnings, infos))];
  if (results.length > 1 || unreadable > 0) lines.push(w.files(results.length, unreadable));
  return lines.join("\n");
}
