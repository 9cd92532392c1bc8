import type { Locale } from "../domain/i18n/format";
import { UserError } from "../workbook/errors";
import { type Command, languageOf, parseCommandLine, usage } from "./args";
import { debugDetail } from "./batch";
import { alignmentCommand } from "./commands/alignment";
import { compareCommand } from "./commands/compare";
import { followUpCommand, reportCommand } from "./commands/followup";
import { indicatorsCommand } from "./commands/indicators";
import { observationsCommand } from "./commands/observations";
import { summaryCommand } from "./commands/summary";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";

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
    process.stderr.write(error instanceof UserError ? `poa: ${error.text(args.lang)}\n` : `${UNEXPECTED[args.lang]}\n`);
    if (args.debug) process.stderr.write(debugDetail(error, args.lang));
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
  switch (args.command) {
    case "validar":
      return validateCommand(args, out, err);
    case "plantilla":
      return templateCommand(args, out, err);
    case "resumen":
      return summaryCommand(args, out, err);
    case "observaciones":
      return observationsCommand(args, out, err);
    case "comparar":
      return compareCommand(args, out, err);
    case "seguimiento":
      return followUpCommand(args, out, err);
    case "informe":
      return reportCommand(args, out, err);
    case "alineacion":
      return alignmentCommand(args, out, err);
    case "indicadores":
      return indicatorsCommand(args, out, err);
  }
}
