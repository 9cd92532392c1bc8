import { writeObservations } from "../../app/observations";
import type { ObservationsArgs } from "../args";
import { readInputs } from "../batch";
import { collectInputs } from "../files";
import { writeOutput } from "../write";
import { newWorkbook } from "../writer";
import { linkFrom } from "./links";
import { exitCode, type Out, say } from "./output";

/** `poa observaciones`: the observations to send back, each finding a link into its POA beside the output. */
export async function observationsCommand(args: ObservationsArgs, out: Out, err: Out): Promise<number> {
  const inputs = await collectInputs(args.files);
  const workbook = await newWorkbook();
  const done = await writeObservations(workbook, readInputs(inputs, args.lang, err, { debug: args.debug }), { reviso: args.reviso, link: linkFrom(args.output) });
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: inputs.files });
  out(say({ es: `Observaciones de ${done.reviewed} POA escritas en ${args.output}`, en: `Observations for ${done.reviewed} POA(s) written to ${args.output}` }, args.lang));
  return exitCode(done.unreadable);
}
