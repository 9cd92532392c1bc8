import { workbookYear } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import { buildTemplate, type TemplateOptions } from "../domain/templates";
import type { WorkbookReader } from "../workbook/types";
import type { WorkbookWriter } from "../workbook/writer";

/** «Insertar plantilla» and `poa plantilla`: a blank action in the chosen format, on a new sheet. */
export async function insertTemplate(workbook: WorkbookWriter, options: TemplateOptions): Promise<{ sheet: string }> {
  return { sheet: await workbook.addSheet(buildTemplate(options).spec) };
}

/** The year a new template takes, so it does not disagree with the rest of the workbook (year-mismatch). */
export async function templateYear(workbook: WorkbookReader): Promise<number | null> {
  return workbookYear(readWorkbook(await workbook.readSheets()));
}
