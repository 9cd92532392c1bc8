import { buildSummarySheet, summarize, type SummaryEntry } from "../domain/summary";
import { buildTemplate, TemplateOptionsSchema } from "../domain/templates";
import { validateGrids } from "../domain/validate";
import { WorkbookReadError } from "../workbook/errors";
import type { SummaryArgs, TemplateArgs } from "./args";
import { openWorkbookFile } from "./files";
import { writeOutput } from "./write";

type Out = (text: string) => void;

/** ExcelJS, and all that writing needs, loads only for the commands that write. */
async function newWorkbook() {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "writer" */ "../adapters/xlsx/XlsxWorkbook");
  return XlsxWorkbook.empty();
}

export async function templateCommand(args: TemplateArgs, out: Out, err: Out): Promise<number> {
  const options = TemplateOptionsSchema.safeParse({
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
  await writeOutput(args.output, await workbook.toBuffer(), args.force);
  out(`Plantilla ${options.data.family} ${options.data.year} (hoja «${name}», ${options.data.activities} actividades) escrita en ${args.output}\n`);
  return 0;
}

/** The reviewer's view: one row per action of every workbook given, with its file. */
export async function summaryCommand(args: SummaryArgs, out: Out, err: Out): Promise<number> {
  const entries: SummaryEntry[] = [];
  let unreadable = 0;
  for (const [index, path] of args.files.entries()) {
    if (args.files.length > 1) err(`[${index + 1}/${args.files.length}] ${path}\n`);
    try {
      const workbook = await openWorkbookFile(path);
      entries.push(...summarize(validateGrids(await workbook.readSheets()), path));
    } catch (error) {
      if (!(error instanceof WorkbookReadError)) throw error;
      err(`poa: ${path}: ${error.message}\n`);
      unreadable++;
    }
  }
  const workbook = await newWorkbook();
  await workbook.writeSummary(buildSummarySheet(entries, { withFile: true, sources: args.files.length - unreadable }));
  await writeOutput(args.output, await workbook.toBuffer(), args.force);
  out(`Resumen de ${entries.length} acción(es) de ${args.files.length - unreadable} libro(s) escrito en ${args.output}\n`);
  return unreadable > 0 ? 2 : 0;
}
