import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Cell } from "../../src/domain/grid";
import type { FollowUpRow } from "../../src/domain/model";
import { readWorkbook } from "../../src/domain/reader";
import { insertFollowUp } from "../../src/app/followup";

export const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "../fixtures", name)));

/** A POA fixture with its follow-up sheet written, as `poa seguimiento` and the pane write it. */
export async function withFollowUp(bytes: Uint8Array, cutoff: number): Promise<Uint8Array> {
  const workbook = UserWorkbook.open(bytes);
  await insertFollowUp(workbook, { cutoff });
  return workbook.toBuffer();
}

/** The follow-up sheet's rows, as the reader finds them in the saved bytes. */
export async function followUpRows(bytes: Uint8Array): Promise<{ sheet: string; rows: FollowUpRow[] }> {
  const model = readWorkbook(await XlsxReader.open(bytes).readSheets());
  const sheet = model.sheets.find((s) => s.followUp)!;
  return { sheet: sheet.name, rows: sheet.followUp!.rows };
}

export interface Typed {
  realized?: Array<Cell | undefined>;
  justification?: string;
}

/** Types into the follow-up sheet what a user would: realized figures by month, a justification. */
export async function typeIntoFollowUp(bytes: Uint8Array, plan: (row: FollowUpRow, index: number) => Typed | null): Promise<Uint8Array> {
  const { sheet, rows } = await followUpRows(bytes);
  const workbook = UserWorkbook.open(bytes);
  rows.forEach((row, index) => {
    const typed = plan(row, index);
    if (!typed) return;
    typed.realized?.forEach((value, m) => {
      if (value !== undefined) workbook.setCell(sheet, row.realized[m]!.cell, typeof value === "number" || typeof value === "string" || value === null ? value : String(value));
    });
    if (typed.justification !== undefined) workbook.setCell(sheet, row.justification!.cell, typed.justification);
  });
  return workbook.toBuffer();
}

/** The PROGRAMADO row month by month, as the sheet adds it (blank and text count as 0). */
export function programmedMonths(row: FollowUpRow): number[] {
  return row.programmed.map((p) => (p.figure.kind === "number" && !p.figure.fromText ? p.figure.value : 0));
}

/** Programmed to the cut-off. */
export function programmedTo(row: FollowUpRow, cutoff: number): number {
  return programmedMonths(row)
    .slice(0, cutoff)
    .reduce((sum, p) => sum + p, 0);
}
