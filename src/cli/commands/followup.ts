import { insertFollowUp, writeReport } from "../../app/followup";
import { monthName } from "../../domain/followup";
import type { FollowUpArgs, ReportArgs } from "../args";
import { readInputs } from "../batch";
import { collectInputs, openWorkbookFile } from "../files";
import { writeOutput } from "../write";
import { copyOfWorkbook, newWorkbook } from "../writer";
import { exitCode, type Out, say } from "./output";

/** A workbook with macros stays one: saved as .xlsx, Excel would refuse to open it. */
export function copyKindProblem(input: string, output: string): { es: string; en: string } | null {
  const extension = (path: string) => path.slice(path.lastIndexOf(".")).toLowerCase();
  if ((extension(input) === ".xlsm") === (extension(output) === ".xlsm")) return null;
  const kind = extension(input) === ".xlsm" ? ".xlsm" : ".xlsx";
  return { es: `poa: la copia de «${input}» debe terminar en ${kind}, como el original.`, en: `poa: the copy of “${input}” must end in ${kind}, as the original does.` };
}

/**
 * `poa seguimiento`: a copy of the POA with its follow-up sheet; run again on that copy, it keeps
 * every realized figure and justification already typed. The file is read once: the copy is
 * made from the bytes and sheets our reader already holds.
 */
export async function followUpCommand(args: FollowUpArgs, out: Out, err: Out): Promise<number> {
  const input = args.files[0]!;
  const refused = copyKindProblem(input, args.output);
  if (refused) {
    err(say(refused, args.lang));
    return 2;
  }
  // The reading is held by the copy alone, which lets it go once our sheet is grafted: the grids
  // of a large POA are not kept alive while the follow-up sheet is written.
  const workbook = copyOfWorkbook(await openWorkbookFile(input));
  const done = await insertFollowUp(workbook, { cutoff: args.hasta });
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: [input] });
  const { placement, activities, kept, orphans } = done;
  const month = monthName(done.cutoff);
  out(
    say(
      {
        es: `Seguimiento «${placement.name}» (${activities} actividades, corte ${month}${kept ? `, se conservaron ${kept} dato(s) escritos` : ""}${orphans ? `, ${orphans} fila(s) que ya no están en el POA conservadas al final` : ""}) escrito en ${args.output}`,
        en: `Follow-up “${placement.name}” (${activities} activities, cut-off ${month}${kept ? `, ${kept} typed value(s) kept` : ""}${orphans ? `, ${orphans} row(s) no longer in the POA kept at the end` : ""}) written to ${args.output}`,
      },
      args.lang,
    ),
  );
  return 0;
}

/** `poa informe`: the quarterly report over files and folders; an unreadable file gets its row, and the batch goes on. */
export async function reportCommand(args: ReportArgs, out: Out, err: Out): Promise<number> {
  const inputs = await collectInputs(args.files);
  const workbook = await newWorkbook();
  const { report, unreadable } = await writeReport(workbook, readInputs(inputs, args.lang, err, { debug: args.debug }), { cutoff: args.hasta });
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: inputs.files });
  const count = report.rows.length - unreadable;
  const month = monthName(args.hasta);
  out(
    say(
      {
        es: `Informe al corte de ${month} de ${count} POA (${report.red.length} actividades en rojo) escrito en ${args.output}${unreadable ? `; ${unreadable} no se pudieron leer` : ""}`,
        en: `Quarterly report to ${month} of ${count} POA(s) (${report.red.length} activities in red) written to ${args.output}${unreadable ? `; ${unreadable} could not be read` : ""}`,
      },
      args.lang,
    ),
  );
  return exitCode(unreadable);
}
