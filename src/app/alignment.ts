import type { PlanCatalog } from "../domain/plan/catalog";
import { coverage, type Coverage, type CoverageSource } from "../domain/plan/coverage";
import { buildCoverageSheet } from "../domain/plan/coverageSheet";
import { readWorkbook } from "../domain/reader";
import type { SummaryPlacement, WorkbookWriter } from "../workbook/writer";
import type { Sources } from "./sources";

export interface CoverageWritten {
  placement: SummaryPlacement;
  coverage: Coverage;
  workbooks: number;
  unreadable: number;
}

/**
 * «Alineación con el plan» and `poa alineacion`: which lines of the development plan the POAs
 * given serve. Each POA is only read, no rules run; one that could not be read is counted.
 */
export async function writeCoverage(target: WorkbookWriter, sources: Sources, plan: PlanCatalog | null): Promise<CoverageWritten> {
  const read: CoverageSource[] = [];
  let unreadable = 0;
  for await (const source of sources) {
    if ("unreadable" in source) unreadable++;
    // The open workbook, in Excel, has no file name to show.
    else read.push({ file: source.file ?? "Este libro", model: readWorkbook(source.grids) });
  }
  const result = coverage(read, plan);
  const placement = await target.writeAddinSheet(buildCoverageSheet(result, { sources: read.length, plan: plan?.source ?? null }));
  return { placement, coverage: result, workbooks: read.length, unreadable };
}
