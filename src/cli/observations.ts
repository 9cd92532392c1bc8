import { basename } from "node:path";
import { buildObservationsSheet, buildStatusSheet, OBSERVATIONS_TABLE_NAME, reviewDate, type StatusRow } from "../domain/observations";
import { secretariaOf } from "../domain/queries";
import { uniqueSheetName } from "../domain/sheets/spec";
import { summarize } from "../domain/summary";
import { validateGrids } from "../domain/validate";
import type { ObservationsArgs } from "./args";
import { forEachWorkbook } from "./batch";
import { collectInputs } from "./files";
import { writeOutput } from "./write";
import { newWorkbook } from "./writer";

type Out = (text: string) => void;

/**
 * `poa observaciones`: the observations to send back. One POA gives one «Observaciones» sheet;
 * several give an «Estado» sheet (file, secretaría, errors, warnings, actions, investment)
 * followed by one observations sheet per POA. Unreadable files get their row in «Estado».
 */
export async function observationsCommand(args: ObservationsArgs, out: Out, err: Out): Promise<number> {
  const workbook = await newWorkbook();
  const status: StatusRow[] = [];
  const inputs = await collectInputs(args.files);
  const batch = inputs.files.length > 1;
  const taken: string[] = batch ? ["Estado"] : [];
  const unreadable = await forEachWorkbook(inputs, args.lang, err, {
    async read(reader, path) {
      const file = basename(path);
      const report = validateGrids(await reader.readSheets());
      const secretaria = secretariaOf(report.model);
      const name = batch ? uniqueSheetName(`Obs ${file.replace(/\.xlsx$/i, "")}`, taken) : "Observaciones";
      taken.push(name);
      const header = { secretaria, poa: file, fecha: reviewDate(), reviso: args.reviso };
      await workbook.addSheet(buildObservationsSheet(report.findings, header, { name, table: `${OBSERVATIONS_TABLE_NAME}${batch ? status.length + 1 : ""}` }));
      const investment = summarize(report).reduce<number | null>((sum, e) => (sum === null || e.investment === null ? sum : sum + e.investment), 0);
      status.push({ file, secretaria, errors: report.errorCount, warnings: report.warningCount, actions: report.stats.actions, investment, sheet: name });
    },
    unreadable(path, reason) {
      status.push({ file: basename(path), secretaria: "", errors: 0, warnings: 0, actions: 0, investment: null, sheet: `${args.lang === "en" ? "COULD NOT BE READ" : "NO SE PUDO LEER"}: ${reason}` });
    },
  });
  if (batch) await workbook.addSheet(buildStatusSheet(status), { first: true });
  const bytes = await workbook.toBuffer();
  await writeOutput(args.output, bytes, { force: args.force, inputs: inputs.files });
  const done = status.length - unreadable;
  out(args.lang === "en" ? `Observations for ${done} POA(s) written to ${args.output}\n` : `Observaciones de ${done} POA escritas en ${args.output}\n`);
  return unreadable > 0 ? 2 : 0;
}
