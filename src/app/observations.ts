import { buildObservationsSheet, buildStatusSheet, OBSERVATIONS_TABLE_NAME, type PreviousObservation, reviewDate, type StatusRow } from "../domain/observations";
import { secretariaOf, workbookYear } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import { uniqueSheetName } from "../domain/sheets/spec";
import { summarize } from "../domain/summary";
import { validateModel } from "../domain/validate";
import type { WorkbookWriter } from "../workbook/writer";
import { fileLabel, type Sources } from "./sources";

export interface ObservationsOptions {
  reviso?: string;
  /** The date printed on the sheet; today by default. */
  date?: Date;
  /** What an earlier version's observations came to, once compared: the new sheet says so. */
  earlier?: readonly PreviousObservation[];
  /**
   * How a finding's link reaches the POA from the sheet: "" when the sheet goes into the POA
   * itself; for a workbook of its own, the POA's path from it (`link(file)`).
   */
  link?: (file: string) => string;
}

export interface ObservationsWritten {
  sheets: string[];
  /** The observations sheet that replaced the add-in's earlier one, or took another name beside a user's. */
  replaced: boolean;
  renamed: boolean;
  findings: number;
  reviewed: number;
  unreadable: number;
}

/**
 * «Escribir observaciones» and `poa observaciones`: the observations to send back. One POA gives
 * one «Observaciones» sheet; several give an «Estado» sheet (file, secretaría, errors, warnings,
 * actions, investment) first, then one observations sheet per POA; one that could not be read
 * gets its row in «Estado». The sheets are in Spanish: they go to the secretaría.
 */
export async function writeObservations(target: WorkbookWriter, sources: Sources, options: ObservationsOptions = {}): Promise<ObservationsWritten> {
  const fecha = reviewDate(options.date);
  const status: StatusRow[] = [];
  const specs: Array<ReturnType<typeof buildObservationsSheet>> = [];
  let findings = 0;
  let unreadable = 0;
  for await (const source of sources) {
    const file = fileLabel(source.file);
    if ("unreadable" in source) {
      status.push({ file: file ?? "", secretaria: "", errors: 0, warnings: 0, actions: 0, investment: null, sheet: `NO SE PUDO LEER: ${source.unreadable.es}` });
      unreadable++;
      continue;
    }
    const model = readWorkbook(source.grids);
    const report = validateModel(model);
    const year = workbookYear(model);
    const secretaria = secretariaOf(model);
    const header = { secretaria, poa: file ?? (year ? `POA ${year}` : "POA"), fecha, reviso: options.reviso ?? "" };
    const link = source.file !== null && options.link ? options.link(source.file) : "";
    specs.push(buildObservationsSheet(report.findings, header, { earlier: options.earlier, link }));
    findings += report.findings.length;
    const investment = summarize(report).reduce<number | null>((sum, e) => (sum === null || e.investment === null ? sum : sum + e.investment), 0);
    status.push({ file: file ?? "", secretaria, errors: report.errorCount, warnings: report.warningCount, actions: report.stats.actions, investment, sheet: "" });
  }
  if (status.length === 1 && specs.length === 1) {
    const placement = await target.writeAddinSheet(specs[0]!);
    return { sheets: [placement.name], replaced: placement.replaced, renamed: placement.renamed, findings, reviewed: 1, unreadable };
  }
  // A batch: «Estado» first, pointing to each POA's sheet.
  const taken = ["Estado"];
  const sheets: string[] = [];
  let next = 0;
  for (const row of status) {
    if (row.sheet !== "") continue;
    const spec = specs[next]!;
    const name = uniqueSheetName(`Obs ${row.file.replace(/\.xlsx$/i, "")}`, taken);
    taken.push(name);
    row.sheet = name;
    next++;
    sheets.push(await target.addSheet({ ...spec, name, table: spec.table && { ...spec.table, name: `${OBSERVATIONS_TABLE_NAME}${next}` } }));
  }
  sheets.unshift(await target.addSheet(buildStatusSheet(status), { first: true }));
  return { sheets, replaced: false, renamed: false, findings, reviewed: specs.length, unreadable };
}
