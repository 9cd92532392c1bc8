import type { Locale } from "../../domain/i18n/format";
import type { Severity } from "../../domain/rules/types";
import type { FileResult } from "../validateFiles";

const WORDS = {
  es: {
    error: "error",
    warning: "aviso",
    info: "nota",
    unreadable: "no se pudo leer",
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

/** A report to read: by file, then sheet, one line per finding with its cell and rule. */
export function formatStylish(results: readonly FileResult[], locale: Locale, color: boolean): string {
  const w = WORDS[locale];
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let unreadable = 0;
  for (const result of results) {
    lines.push(paint("bold", result.filePath));
    if ("readError" in result) {
      unreadable++;
      lines.push(`  ${paint("error", w.unreadable)}: ${result.readError}`, "");
      continue;
    }
    const { report } = result;
    errors += report.errorCount;
    warnings += report.warningCount;
    infos += report.infoCount;
    if (report.findings.length === 0) {
      lines.push(`  ${paint("dim", w.clean)}`, "");
      continue;
    }
    let sheet: string | null = null;
    for (const f of report.findings) {
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        lines.push(`  ${paint("bold", sheet)}`);
      }
      lines.push(`    ${f.cell.padEnd(6)} ${paint(f.severity, w[f.severity].padEnd(7))} ${f.message}  ${paint("dim", f.ruleId)}`);
    }
    lines.push("");
  }
  const worst: Severity = errors > 0 ? "error" : warnings > 0 ? "warning" : "info";
  lines.push(paint(worst, w.summary(errors, warnings, infos)));
  if (results.length > 1 || unreadable > 0) lines.push(w.files(results.length, unreadable));
  return lines.join("\n");
}
