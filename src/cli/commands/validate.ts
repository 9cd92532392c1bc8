import type { ValidateArgs } from "../args";
import { formatJson } from "../formatters/json";
import { stylishFile, stylishTotals } from "../formatters/stylish";
import { readPlanFile } from "../files";
import { validateFiles } from "../validateFiles";
import type { Out } from "./output";

/** `poa validar`: each file's report as soon as it is read; JSON stays one array, written at the end. */
export async function validateCommand(args: ValidateArgs, out: Out, err: Out): Promise<number> {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const stylish = args.format !== "json";
  const plan = await readPlanFile(args.plan);
  const results = await validateFiles(args.files, args.lang, {
    plan,
    err,
    debug: args.debug,
    onResult: (result) => stylish && out(`${stylishFile(result, args.lang, color)}\n`),
  });
  if (results.length === 0) return 2;
  out(`${stylish ? stylishTotals(results, args.lang, color) : formatJson(results)}\n`);
  if (results.some((r) => "readError" in r)) return 2;
  return results.some((r) => "report" in r && r.report.errorCount > 0) ? 1 : 0;
}
