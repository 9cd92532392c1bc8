import type { ValidateArgs } from "../args";
import { formatJson } from "../formatters/json";
import { withFindingsAcrossFiles } from "../../app/validate";
import { stylishAcross, stylishFile, stylishTotals } from "../formatters/stylish";
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
  // Each file was printed as soon as it was read; what only the files together show comes after.
  const { results: all, across } = withFindingsAcrossFiles(results, args.lang);
  if (stylish && across.length > 0) out(`${stylishAcross(across, args.lang, color)}\n`);
  out(`${stylish ? stylishTotals(all, args.lang, color) : formatJson(all)}\n`);
  if (all.some((r) => "readError" in r)) return 2;
  return all.some((r) => "report" in r && r.report.errorCount > 0) ? 1 : 0;
}
