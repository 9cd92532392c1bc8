import type { Locale } from "../domain/i18n/format";
import { buildSummarySheet, noteRow, summarize, type SummaryEntry } from "../domain/summary";
import { buildTemplate, templateOptionsSchema } from "../domain/templates";
import { validateGrids } from "../domain/validate";
import type { Bilingual } from "../workbook/errors";
import type { SummaryArgs, TemplateArgs } from "./args";
import { forEachWorkbook } from "./batch";
import { collectInputs } from "./files";
import { writeOutput } from "./write";
import { newWorkbook } from "./writer";

type Out = (text: string) => void;

const say = (text: Bilingual, lang: Locale) => text[lang];

export async function templateCommand(args: TemplateArgs, out: Out, err: Out): Promise<number> {
  const options = templateOptionsSchema(args.lang).safeParse({
    family: args.family,
    year: args.year,
    secretaria: args.secretaria,
    activities: args.activities,
  });
  if (!options.success) {
    err(`poa: ${options.error.issues.map((i) => i.message).join(" ")}\n`);
    return 2;
  }
  const workbook = await newWorkbook();
  const name = await workbook.addSheet(buildTemplate(options.data).spec);
  await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: [] });
  const { family, year, activities } = options.data;
  out(
    say(
      {
        es: `Plantilla ${family} ${year} (hoja «${name}», ${activities} actividades) escrita en ${args.output}\n`,
        en: `Template ${family} ${year} (sheet “${name}”, ${activities} activities) written to ${args.output}\n`,
      },
      args.lang,
    ),
  );
  return 0;
}

/** What the summary says of a workbook it could not read: a row of its own, with the reason. */
function unreadableRow(file: string, reason: string, lang: Locale): SummaryEntry {
  return noteRow(file, say({ es: `NO SE PUDO LEER: ${reason}`, en: `COULD NOT BE READ: ${reason}` }, lang));
}

/**
 * The reviewer's view: one row per action of every workbook given (folders walked), with its
 * file. A workbook that cannot be read gets a row that says why, and the batch goes on.
 */
export async function summaryCommand(args: SummaryArgs, out: Out, err: Out): Promise<number> {
  const entries: SummaryEntry[] = [];
  let read = 0;
  const inputs = await collectInputs(args.files);
  const unreadable = await forEachWorkbook(inputs, args.lang, err, {
    async read(reader, path) {
      entries.push(...summarize(validateGrids(await reader.readSheets()), path));
      read++;
    },
    unreadable: (path, reason) => entries.push(unreadableRow(path, reason, args.lang)),
  });
  const workbook = await newWorkbook();
  await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: true, sources: read }));
  await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: inputs.files });
  const actions = entries.length - unreadable;
  out(
    say(
      {
        es: `Resumen de ${actions} acción(es) de ${read} libro(s) escrito en ${args.output}${unreadable ? `; ${unreadable} libro(s) no se pudieron leer` : ""}\n`,
        en: `Summary of ${actions} action(s) from ${read} workbook(s) written to ${args.output}${unreadable ? `; ${unreadable} workbook(s) could not be read` : ""}\n`,
      },
      args.lang,
    ),
  );
  return unreadable > 0 ? 2 : 0;
}
