import type { Locale } from "../domain/i18n/format";
import { WorkbookReadError } from "../workbook/errors";
import { type Command, languageOf, parseCommandLine, usage } from "./args";
import { summaryCommand, templateCommand } from "./commands";
import { compareCommand } from "./compare";
import { followUpCommand, reportCommand } from "./followUp";
import { observationsCommand } from "./observations";
import { collectInputs } from "./files";
import { formatJson } from "./formatters/json";
import { stylishFile, stylishTotals, terminalSafe } from "./formatters/stylish";
import { validateFiles } from "./validateFiles";

declare const POA_VERSION: string;

const UNEXPECTED = {
  es: "poa: error inesperado; nada se escribió. Vuelva a correr con --debug para ver el detalle y repórtelo.",
  en: "poa: unexpected error; nothing was written. Run again with --debug to see the detail, and report it.",
};

export async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (!("command" in args)) {
    if (args.kind === "help") {
      process.stdout.write(`${usage(args.lang)}\n`);
      return 0;
    }
    if (args.kind === "version") {
      process.stdout.write(`${typeof POA_VERSION === "string" ? POA_VERSION : "dev"}\n`);
      return 0;
    }
    process.stderr.write(`poa: ${args.message}\n\n${usage(args.lang)}\n`);
    return 2;
  }
  try {
    return await run(args);
  } catch (error) {
    // A library's words, a stack or a JSON dump are never shown unless asked for.
    if (error instanceof WorkbookReadError) {
      process.stderr.write(`poa: ${error.text(args.lang)}\n`);
    } else {
      process.stderr.write(`${UNEXPECTED[args.lang]}\n`);
      if (args.debug) process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return 2;
  }
}

/** For the binary's last line of defence: the language asked for, even when nothing parsed. */
export function unexpectedMessage(argv: readonly string[]): string {
  return UNEXPECTED[languageOf(argv) as Locale];
}

async function run(args: Command): Promise<number> {
  const out = (text: string) => process.stdout.write(text);
  const err = (text: string) => process.stderr.write(text);
  if (args.command === "template") return templateCommand(args, out, err);
  if (args.command === "summary") return summaryCommand(args, out, err);
  if (args.command === "observaciones") return observationsCommand(args, out, err);
  if (args.command === "comparar") return compareCommand(args, out, err);
  if (args.command === "seguimiento") return followUpCommand(args, out, err);
  if (args.command === "informe") return reportCommand(args, out, err);

  const { files, notes } = await collectInputs(args.files);
  for (const note of notes) err(`poa: ${terminalSafe(note[args.lang])}\n`);
  if (files.length === 0) return 2;
  const many = files.length > 1;
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const stylish = args.format !== "json";
  const results = await validateFiles(
    files,
    args.lang,
    (done, total, path) => {
      if (many) err(`[${done}/${total}] ${terminalSafe(path)}\n`);
    },
    (result, failure) => {
      if ("readError" in result) {
        err(`poa: ${terminalSafe(result.filePath)}: ${result.readError}\n`);
        if (args.debug && failure && !(failure instanceof WorkbookReadError)) err(`${failure instanceof Error ? failure.stack : String(failure)}\n`);
      }
      if ("skipped" in result) err(`poa: ${terminalSafe(result.filePath)}: ${result.skipped}\n`);
      // Each file's report as soon as it is done; JSON stays one array, written at the end.
      if (stylish) out(`${stylishFile(result, args.lang, color)}\n`);
    },
  );
  out(`${stylish ? stylishTotals(results, args.lang, color) : formatJson(results)}\n`);
  if (results.some((r) => "readError" in r)) return 2;
  return results.some((r) => "report" in r && r.report.errorCount > 0) ? 1 : 0;
}
