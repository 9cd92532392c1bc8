import { writeCoverage } from "../../app/alignment";
import type { AlignmentArgs } from "../args";
import { readInputs } from "../batch";
import { collectInputs, readPlanFile } from "../files";
import { writeOutput } from "../write";
import { newWorkbook } from "../writer";
import { exitCode, type Out, say } from "./output";

/** `poa alineacion`: which lines of the plan the POAs given serve (folders walked), against the plan if given. */
export async function alignmentCommand(args: AlignmentArgs, out: Out, err: Out): Promise<number> {
  const plan = await readPlanFile(args.plan);
  const inputs = await collectInputs(args.files);
  const workbook = await newWorkbook();
  const done = await writeCoverage(workbook, readInputs(inputs, args.lang, err, { debug: args.debug }), plan);
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: [...inputs.files, ...(args.plan ? [args.plan] : [])] });
  const { coverage, workbooks, unreadable } = done;
  const lines = coverage.lines.length;
  const unserved = plan ? { es: `; ${coverage.unserved.length} línea(s) del plan sin acciones`, en: `; ${coverage.unserved.length} line(s) of the plan with no action` } : { es: "", en: "" };
  out(
    say(
      {
        es: `Alineación de ${coverage.total.actions} acción(es) de ${workbooks} libro(s) con ${lines} eje(s) escrita en ${args.output}${unserved.es}${unreadable ? `; ${unreadable} libro(s) no se pudieron leer` : ""}`,
        en: `Alignment of ${coverage.total.actions} action(s) from ${workbooks} workbook(s) with ${lines} eje(s) written to ${args.output}${unserved.en}${unreadable ? `; ${unreadable} workbook(s) could not be read` : ""}`,
      },
      args.lang,
    ),
  );
  return exitCode(unreadable);
}
