import { workbookYear } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import type { PlanCatalog } from "../domain/plan/catalog";
import { buildTemplate, type TemplateOptions } from "../domain/templates";
import { withPlanLists } from "../domain/templates/planLists";
import type { WorkbookReader } from "../workbook/types";
import type { WorkbookWriter } from "../workbook/writer";

/**
 * «Insertar plantilla» and `poa plantilla`: a blank action in the chosen format, on a new sheet;
 * with the development plan loaded, its líneas and estrategias as drop-downs.
 */
export async function insertTemplate(workbook: WorkbookWriter, options: TemplateOptions, plan: PlanCatalog | null = null): Promise<{ sheet: string }> {
  return { sheet: await workbook.addSheet(withPlanLists(buildTemplate(options), plan)) };
}

/** The year a new template takes, so it does not disagree with the rest of the workbook (year-mismatch). */
export async function templateYear(workbook: WorkbookReader): Promise<number | null> {
  return workbookYear(readWorkbook(await workbook.readSheets()));
}
