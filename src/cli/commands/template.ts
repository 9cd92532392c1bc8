import { insertTemplate } from "../../app/template";
import { templateOptionsSchema } from "../../domain/templates";
import type { TemplateArgs } from "../args";
import { readPlanFile } from "../files";
import { writeOutput } from "../write";
import { newWorkbook } from "../writer";
import { type Out, say } from "./output";

/** `poa plantilla`: a workbook with one blank action in the chosen format. */
export async function templateCommand(args: TemplateArgs, out: Out, err: Out): Promise<number> {
  const options = templateOptionsSchema(args.lang).safeParse({ family: args.family, year: args.year, secretaria: args.secretaria, activities: args.activities });
  if (!options.success) {
    err(`poa: ${options.error.issues.map((i) => i.message).join(" ")}\n`);
    return 2;
  }
  const plan = await readPlanFile(args.plan);
  const workbook = await newWorkbook();
  const { sheet } = await insertTemplate(workbook, options.data, plan);
  await writeOutput(args.output, await workbook.toPieces(), { force: args.force, inputs: args.plan ? [args.plan] : [] });
  const { family, year, activities } = options.data;
  out(
    say(
      {
        es: `Plantilla ${family} ${year} (hoja «${sheet}», ${activities} actividades) escrita en ${args.output}`,
        en: `Template ${family} ${year} (sheet “${sheet}”, ${activities} activities) written to ${args.output}`,
      },
      args.lang,
    ),
  );
  return 0;
}
