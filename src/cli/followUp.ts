import { readFile } from "node:fs/promises";
import { buildQuarterlyReport, buildQuarterlyReportSheet, monthName, type ReportSource } from "../domain/followup";
import { mostCommon } from "../domain/mostCommon";
import { readWorkbook } from "../domain/reader";
import { workbookYear } from "../domain/queries";
import { writeFollowUp } from "../workbook/followUp";
import type { FollowUpArgs, ReportArgs } from "./args";
import { forEachWorkbook } from "./batch";
import { collectInputs, openWorkbookFile } from "./files";
import { terminalSafe } from "./formatters/stylish";
import { writeOutput } from "./write";
import { copyOfWorkbook, newWorkbook } from "./writer";

type Out = (text: string) => void;

/**
 * `poa seguimiento`: a copy of the POA with its follow-up sheet, written next to it; run again
 * on that copy, it keeps every realized figure and justification already typed.
 */
export async function followUpCommand(args: FollowUpArgs, out: Out, err: Out): Promise<number> {
  const input = args.files[0]!;
  // Opened as every input is (a regular file, within the size limit); the copy reads it again, bounded.
  await openWorkbookFile(input);
  const workbook = await copyOfWorkbook(new Uint8Array(await readFile(input)));
  const done = await writeFollowUp(workbook, { cutoff: args.hasta });
  if (!done) {
    err(
      `poa: ${terminalSafe(input)}: ${
        args.lang === "en"
          ? "no activity with a monthly program (municipal POA) was found: there is nothing to follow."
          : "no se encontró ninguna actividad con programación mensual (POA municipal): no hay nada que seguir."
      }\n`,
    );
    return 2;
  }
  await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: [input] });
  const { placement, activities, kept, orphans, cutoff } = done;
  const month = monthName(cutoff);
  out(
    args.lang === "en"
      ? `Follow-up “${placement.name}” (${activities} activities, cut-off ${month}${kept ? `, ${kept} typed value(s) kept` : ""}${orphans ? `, ${orphans} row(s) no longer in the POA kept at the end` : ""}) written to ${args.output}\n`
      : `Seguimiento «${placement.name}» (${activities} actividades, corte ${month}${kept ? `, se conservaron ${kept} dato(s) escritos` : ""}${orphans ? `, ${orphans} fila(s) que ya no están en el POA conservadas al final` : ""}) escrito en ${args.output}\n`,
  );
  return 0;
}

/**
 * `poa informe`: the quarterly report over files and folders. Each POA is only read (no rules),
 * so a folder of dozens takes seconds; an unreadable file gets its row, and the batch goes on.
 */
export async function reportCommand(args: ReportArgs, out: Out, err: Out): Promise<number> {
  const inputs = await collectInputs(args.files);
  const sources: ReportSource[] = [];
  const years: number[] = [];
  const unreadable = await forEachWorkbook(inputs, args.lang, err, {
    async read(reader, path) {
      const model = readWorkbook(await reader.readSheets());
      const year = workbookYear(model);
      if (year) years.push(year);
      sources.push({ file: path, model });
    },
    unreadable: (path, reason) => sources.push({ file: path, unreadable: reason }),
  });
  const report = buildQuarterlyReport(sources, args.hasta, mostCommon(years));
  const workbook = await newWorkbook();
  await workbook.writeAddinSheet(buildQuarterlyReportSheet(report));
  await writeOutput(args.output, await workbook.toBuffer(), { force: args.force, inputs: inputs.files });
  const count = sources.length - unreadable;
  const month = monthName(args.hasta);
  out(
    args.lang === "en"
      ? `Quarterly report to ${month} of ${count} POA(s) (${report.red.length} activities in red) written to ${args.output}${unreadable ? `; ${unreadable} could not be read` : ""}\n`
      : `Informe al corte de ${month} de ${count} POA (${report.red.length} actividades en rojo) escrito en ${args.output}${unreadable ? `; ${unreadable} no se pudieron leer` : ""}\n`,
  );
  return unreadable > 0 ? 2 : 0;
}
