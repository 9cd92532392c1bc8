import { insertIndicatorFollowUp } from "../../app/indicators";
import type { IndicatorsArgs } from "../args";
import { openWorkbookFile } from "../files";
import { writeOutput } from "../write";
import { copyOfWorkbook } from "../writer";
import { copyKindProblem } from "./followup";
import { type Out, say } from "./output";

/** `poa indicadores`: a copy of the workbook with its MIR's indicator follow-up; run again on the copy, what was typed stays. */
export async function indicatorsCommand(args: IndicatorsArgs, out: Out, err: Out): Promise<number> {
  const input = args.files[0]!;
  const refused = copyKindProblem(input, args.output);
  if (refused) {
    err(say(refused, args.lang));
    return 2;
  }
  const workbook = await copyOfWorkbook(await openWorkbookFile(input));
  const done = await insertIndicatorFollowUp(workbook, { quarter: args.trimestre });
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: [input] });
  out(
    say(
      {
        es: `Seguimiento de indicadores «${done.placement.name}» (${done.indicators} indicadores, corte del trimestre ${done.quarter}${done.kept ? `, se conservaron ${done.kept} dato(s) escritos` : ""}) escrito en ${args.output}`,
        en: `Indicator follow-up “${done.placement.name}” (${done.indicators} indicators, quarter ${done.quarter} cut-off${done.kept ? `, ${done.kept} typed value(s) kept` : ""}) written to ${args.output}`,
      },
      args.lang,
    ),
  );
  return 0;
}
