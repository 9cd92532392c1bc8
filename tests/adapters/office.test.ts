import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MARK_FORMULA, OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { ProtectedSheetError } from "../../src/workbook/errors";
import type { Grid } from "../../src/domain/grid";
import { validateGrids } from "../../src/domain/validate";
import { cellsOf, mergesOf } from "../support/cells";
import { ExcelMock } from "../support/excelMock";
import { stackedGrid } from "../support/grid";

async function fixtureGrids(name: string): Promise<Grid[]> {
  return XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name))).readSheets();
}

const everything = () => true;

describe("OfficeWorkbook on office-addin-mock objects seeded from the real fixtures", () => {
  it("reads every sheet in three round trips and finds the same defects", async () => {
    const grids = await fixtureGrids("secretaria-planeacion-2022.xlsx");
    const excel = new ExcelMock(grids);
    const read = await new OfficeWorkbook(excel.run, everything).readSheets();
    expect(excel.syncs).toBe(3);
    expect(read.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    const report = validateGrids(read);
    expect(report.stats).toEqual({ sheets: 8, actions: 8, activities: 49 });
    expect(report.errorCount).toBe(4);
  });

  it("costs the same round trips for 1, 10 and 50 sheets", async () => {
    const syncsFor = async (sheets: number) => {
      const grids = Array.from({ length: sheets }, (_, i) => stackedGrid([{ numero: i + 1 }], `Acción ${i + 1}`));
      const excel = new ExcelMock(grids);
      await new OfficeWorkbook(excel.run, everything).readSheets();
      return excel.syncs;
    };
    expect([await syncsFor(1), await syncsFor(10), await syncsFor(50)]).toEqual([3, 3, 3]);
  });

  it("reads a large sheet in chunks that each stay under the request limit", async () => {
    const [grid] = await fixtureGrids("secretaria-particular-2021.xlsx");
    const excel = new ExcelMock([grid!]);
    const chunked = await new OfficeWorkbook(excel.run, everything, { maxCellsPerRequest: 19 * 10 }).readSheets();
    expect(excel.syncs).toBe(2 + Math.ceil(108 / 10));
    expect(cellsOf(chunked[0]!)).toEqual(cellsOf(grid!));
  });

  it("reads only the named sheets, and leaves merges out where Excel is older than 1.13", async () => {
    const grids = await fixtureGrids("secretaria-particular-2021.xlsx");
    const excel = new ExcelMock(grids);
    const [summary, ...rest] = await new OfficeWorkbook(excel.run, (v) => v !== "1.13").readSheets(["Resumen"]);
    expect(rest).toEqual([]);
    expect(summary!.sheet).toBe("Resumen");
    expect(summary!.merges).toEqual([]);
  });

  it("selects a finding's cell on its sheet", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"));
    await new OfficeWorkbook(excel.run, everything).selectCell("POA 2021", "G47");
    expect(excel.selections).toEqual(["POA 2021!G47"]);
  });

  it("writes marks only when asked, and removes exactly those", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"));
    excel.conditionalFormats.push({ sheet: "POA 2021", cell: "A1", formula: "=A1>0", color: "#FF0000", deleted: false });
    const workbook = new OfficeWorkbook(excel.run, everything);
    const written = await workbook.markFindings([
      { sheet: "POA 2021", cell: "G47", severity: "error" },
      { sheet: "POA 2021", cell: "G47", severity: "warning" },
      { sheet: "Resumen", cell: "A3", severity: "warning" },
    ]);
    expect(written).toBe(2);
    expect(excel.conditionalFormats.filter((f) => f.formula === MARK_FORMULA).map((f) => [f.cell, f.color])).toEqual([
      ["G47", "#FDE7E9"],
      ["A3", "#FFF4CE"],
    ]);
    expect(await workbook.clearMarks()).toBe(2);
    expect(excel.conditionalFormats.filter((f) => !f.deleted)).toEqual([
      { sheet: "POA 2021", cell: "A1", formula: "=A1>0", color: "#FF0000", deleted: false },
    ]);
  });

  it("marking again replaces the marks of before: one rule per cell", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"));
    const workbook = new OfficeWorkbook(excel.run, everything);
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }]);
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }, { sheet: "POA 2021", cell: "D54", severity: "warning" }]);
    expect(excel.conditionalFormats.filter((f) => !f.deleted).map((f) => f.cell)).toEqual(["G47", "D54"]);
  });

  it("clears the marks it can and leaves a protected sheet's alone, without failing midway", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"), { protectedSheets: ["Resumen"] });
    excel.conditionalFormats.push({ sheet: "Resumen", cell: "A3", formula: MARK_FORMULA, color: "#FFF4CE", deleted: false });
    const workbook = new OfficeWorkbook(excel.run, everything);
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }]);
    expect(await workbook.clearMarks()).toBe(1);
    expect(excel.conditionalFormats.filter((f) => !f.deleted).map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Resumen!A3"]);
  });

  it("says a finding's sheet is hidden instead of activating it", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"), { hiddenSheets: ["Resumen"] });
    const workbook = new OfficeWorkbook(excel.run, everything);
    await expect(workbook.selectCell("Resumen", "A3")).rejects.toThrow("La hoja «Resumen» está oculta: muéstrela");
    expect(excel.selections).toEqual([]);
  });

  it("refuses to mark a protected sheet, in Spanish", async () => {
    const grids = await fixtureGrids("secretaria-particular-2021.xlsx");
    const excel = new ExcelMock(grids, { protectedSheets: ["POA 2021"] });
    const workbook = new OfficeWorkbook(excel.run, everything);
    await expect(workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }])).rejects.toThrow(ProtectedSheetError);
    expect(excel.conditionalFormats).toEqual([]);
    expect((await workbook.listSheets()).map((s) => s.protected)).toEqual([true, false]);
  });

  it("calls back with the name of the sheet a user edits", async () => {
    const excel = new ExcelMock(await fixtureGrids("secretaria-particular-2021.xlsx"));
    const edited: string[] = [];
    const stop = await new OfficeWorkbook(excel.run, everything).onSheetChanged((sheet) => edited.push(sheet));
    await excel.edit("Resumen", "C5");
    await stop();
    await excel.edit("Resumen", "C6");
    expect(edited).toEqual(["Resumen"]);
  });
});

describe("reading a long sheet in Excel", () => {
  it("reads every merged area of a sheet with more than Excel's 512 per request", async () => {
    const [poa] = await fixtureGrids("secretaria-particular-2021.xlsx");
    // The POA's actions, copied below one another until the sheet holds over 1,000 merged areas.
    const copies = Math.ceil(1_100 / poa!.merges.length);
    const height = poa!.values.length + 3;
    const long: Grid = {
      ...poa!,
      values: Array.from({ length: copies }, () => [...poa!.values, [], [], []]).flat(),
      numberFormats: Array.from({ length: copies }, () => [...poa!.numberFormats!, [], [], []]).flat(),
      merges: Array.from({ length: copies }, (_, k) => poa!.merges.map((m) => ({ ...m, top: m.top + k * height, bottom: m.bottom + k * height }))).flat(),
    };
    expect(long.merges.length).toBeGreaterThan(1_000);
    const [read] = await new OfficeWorkbook(new ExcelMock([long]).run, everything).readSheets();
    expect(mergesOf(read!)).toEqual(mergesOf(long));
  });
});

describe("the workbook contract: both adapters give the same grids and the same findings", () => {
  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"])("%s", async (name) => {
    const fromFile = await fixtureGrids(name);
    const fromExcel = await new OfficeWorkbook(new ExcelMock(fromFile).run, everything).readSheets();
    expect(fromExcel.map(cellsOf)).toEqual(fromFile.map(cellsOf));
    expect(fromExcel.map(mergesOf)).toEqual(fromFile.map(mergesOf));
    const findings = (grids: Grid[]) => validateGrids(grids).findings.map((f) => [f.ruleId, f.sheet, f.cell, f.message]);
    expect(findings(fromExcel)).toEqual(findings(fromFile));
  });
});
