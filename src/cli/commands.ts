import type { Locale } from "../domain/i18n/format";
import { buildSummarySheet, noteRow, summarize, type SummaryEntry } from "../domain/summary";
import { buildTemplate, templateOptionsSchema } from "../domain/templates";
import { validateGrids } from "../domain/validate";
import type { Bilingual } from "../workbook/errors";
import type { SummaryArgs, TemplateArgs } from "./args";
import { collectInputs, isOwnWorkbook, openWorkbookFile } from "./files";
import { terminalSafe } from "./formatters/stylish";
import { readFailure } from "./validateFiles";
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
  const { files, notes } = await collectInputs(args.files);
  for (const note of notes) err(`poa: ${terminalSafe(say(note, args.lang))}\n`);
  const entries: SummaryEntry[] = [];
  let unreadable = 0;
  let read = 0;
  for (const [index, path] of files.entries()) {
    if (files.length > 1) err(`[${index + 1}/${files.length}] ${terminalSafe(path)}\n`);
    try {
      const workbook = await openWorkbookFile(path);
      if (await isOwnWorkbook(workbook)) {
        err(`poa: ${terminalSafe(path)}: ${say({ es: "es un resumen de POA Excel; no se incluye.", en: "is a POA Excel summary; it is left out." }, args.lang)}\n`);
        continue;
      }
      entries.push(...summarize(validateGrids(await workbook.readSheets()), path));
      read++;
    } catch (error) {
      const reason = readFailure(error, args.lang);
      err(`poa: ${terminalSafe(path)}: ${reason}\n`);
      entries.push(unreadableRow(path, reason, args.lang));
      unreadable++;
    }
  }
  const workbook = await newWorkbook();
  await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: true, sources: read }));
  await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: files });
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
