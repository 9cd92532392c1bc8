import { writeSummary } from "../../app/summary";
import type { SummaryArgs } from "../args";
import { readInputs } from "../batch";
import { collectInputs } from "../files";
import { writeOutput } from "../write";
import { newWorkbook } from "../writer";
import { exitCode, type Out, say } from "./output";

/** `poa resumen`: the reviewer's view, one row per action of every workbook given (folders walked). */
export async function summaryCommand(args: SummaryArgs, out: Out, err: Out): Promise<number> {
  const inputs = await collectInputs(args.files);
  const workbook = await newWorkbook();
  const done = await writeSummary(workbook, readInputs(inputs, args.lang, err, { debug: args.debug }));
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: inputs.files });
  const { actions, workbooks, unreadable } = done;
  out(
    say(
      {
        es: `Resumen de ${actions} acción(es) de ${workbooks} libro(s) escrito en ${args.output}${unreadable ? `; ${unreadable} libro(s) no se pudieron leer` : ""}`,
        en: `Summary of ${actions} action(s) from ${workbooks} workbook(s) written to ${args.output}${unreadable ? `; ${unreadable} workbook(s) could not be read` : ""}`,
      },
      args.lang,
    ),
  );
  return exitCode(unreadable);
}
