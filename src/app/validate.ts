import type { Locale } from "../domain/i18n/format";
import { mirLinksAcrossFiles } from "../domain/mir/acrossFiles";
import { alignmentAcrossFiles, type FileFinding } from "../domain/plan/acrossFiles";
import type { PlanCatalog } from "../domain/plan/catalog";
import { type ValidationReport, validateGrids } from "../domain/validate";
import type { WorkbookReader } from "../workbook/types";
import type { Sources } from "./sources";

/**
 * «Validar hoja» and «Validar libro», and `poa validar` on each file: the named sheet alone
 * (rules that need the whole book hold back) or every sheet.
 */
export async function validateWorkbook(workbook: WorkbookReader, options: { locale: Locale; sheet?: string; plan?: PlanCatalog | null }): Promise<ValidationReport> {
  const grids = await workbook.readSheets(options.sheet === undefined ? undefined : [options.sheet]);
  return validateGrids(grids, { locale: options.locale, scope: options.sheet === undefined ? "workbook" : "sheet", plan: options.plan });
}

export type FileResult =
  | { filePath: string; report: ValidationReport }
  | { filePath: string; readError: string }
  /** Read, but not a POA to check: a workbook POA Excel wrote. */
  | { filePath: string; skipped: string };

/** `poa validar`: each workbook checked on its own, as soon as it is read; one unreadable file never stops the others. */
export async function* validateSources(sources: Sources, locale: Locale, plan: PlanCatalog | null = null): AsyncGenerator<FileResult> {
  for await (const source of sources) {
    const filePath = source.file ?? "";
    if ("unreadable" in source) yield { filePath, readError: source.unreadable[locale] };
    else yield { filePath, report: validateGrids(source.grids, { locale, plan }) };
  }
}

/**
 * After a run over several files, what only the files together show, added to each file's
 * report: the alignment typed differently across them (a code with another text than most files
 * give it), and the MIRs of files without a POA tied to the POAs of the others.
 */
export function withFindingsAcrossFiles(results: readonly FileResult[], locale: Locale): { results: FileResult[]; across: FileFinding[] } {
  const read = results.flatMap((r) => ("report" in r ? [{ file: r.filePath, model: r.report.model }] : []));
  const across = [...alignmentAcrossFiles(read, locale), ...mirLinksAcrossFiles(read, locale)];
  if (across.length === 0) return { results: [...results], across };
  return {
    across,
    results: results.map((r) => {
      if (!("report" in r)) return r;
      const added = across.filter((a) => a.file === r.filePath).map((a) => a.finding);
      if (added.length === 0) return r;
      const report = { ...r.report, findings: [...r.report.findings, ...added] };
      for (const f of added) report[f.severity === "error" ? "errorCount" : f.severity === "warning" ? "warningCount" : "infoCount"]++;
      return { ...r, report };
    }),
  };
}
