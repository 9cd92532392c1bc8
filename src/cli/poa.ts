import { WorkbookReadError } from "../workbook/errors";
import { parseCommandLine, USAGE } from "./args";
import { summaryCommand, templateCommand } from "./commands";
import { formatJson } from "./formatters/json";
import { stylishFile, stylishTotals, terminalSafe } from "./formatters/stylish";
import { validateFiles } from "./validateFiles";

declare const POA_VERSION: string;

export async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (!("command" in args)) {
    if (args.kind === "help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.kind === "version") {
      process.stdout.write(`${typeof POA_VERSION === "string" ? POA_VERSION : "dev"}\n`);
      return 0;
    }
    process.stderr.write(`poa: ${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  const out = (text: string) => process.stdout.write(text);
  const err = (text: string) => process.stderr.write(text);
  try {
    if (args.command === "template") return await templateCommand(args, out, err);
    if (args.command === "summary") return await summaryCommand(args, out, err);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    err(`poa: ${error.message}\n`);
    return 2;
  }
  const many = args.files.length > 1;
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const stylish = args.format !== "json";
  const results = await validateFiles(
    args.files,
    args.lang,
    (done, total, path) => {
      if (many) process.stderr.write(`[${done}/${total}] ${terminalSafe(path)}\n`);
    },
    (result) => {
      if ("readError" in result) process.stderr.write(`poa: ${terminalSafe(result.filePath)}: ${result.readError}\n`);
      // Each file's report as soon as it is done; JSON stays one array, written at the end.
      if (stylish) process.stdout.write(`${stylishFile(result, args.lang, color)}\n`);
    },
  );
  process.stdout.write(`${stylish ? stylishTotals(results, args.lang, color) : formatJson(results)}\n`);
  if (results.some((r) => "readError" in r)) return 2;
  return results.some((r) => "report" in r && r.report.errorCount > 0) ? 1 : 0;
}
