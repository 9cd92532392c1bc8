import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MARK_FORMULA, OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../../src/domain/grid";
import { buildTemplate } from "../../src/domain/templates";
import { validateGrids } from "../../src/domain/validate";
import { type ApiLevel, SimulatedExcel } from "../../src/simulator";
import { ProtectedSheetError } from "../../src/workbook/errors";
import { cellsOf, mergesOf } from "../support/cells";
import { stackedGrid } from "../support/grid";

async function fixtureGrids(name: string): Promise<Grid[]> {
  return XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name))).readSheets();
}

function simulated(grids: Grid[], options: Parameters<typeof SimulatedExcel.of>[1] = {}, maxCellsPerRequest?: number) {
  const excel = SimulatedExcel.of(grids, options);
  return { excel, workbook: new OfficeWorkbook(excel.run, excel.supports, { maxCellsPerRequest }) };
}

const marks = (excel: SimulatedExcel) => excel.book.sheets.flatMap((s) => s.conditionalFormats.map((f) => ({ sheet: s.name, at: `${f.area.top},${f.area.left}`, formula: f.formula, fill: f.fill })));

describe("OfficeWorkbook reading a simulated Excel seeded from the real fixtures", () => {
  it("reads every sheet in two round trips and finds the same defects", async () => {
    const grids = await fixtureGrids("secretaria-planeacion-2022.xlsx");
    const { excel, workbook } = simulated(grids);
    const read = await workbook.readSheets();
    expect(excel.requests.syncs).toBe(2);
    expect(read.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    const report = validateGrids(read);
    expect(report.stats).toEqual({ sheets: 8, actions: 8, activities: 49 });
    expect(report.errorCount).toBe(4);
  });

  it("costs the same two round trips for 1, 10 and 50 sheets", async () => {
    const syncsFor = async (sheets: number) => {
      const { excel, workbook } = simulated(Array.from({ length: sheets }, (_, i) => stackedGrid([{ numero: i + 1 }], `Acción ${i + 1}`)));
      await workbook.readSheets();
      return excel.requests.syncs;
    };
    expect([await syncsFor(1), await syncsFor(10), await syncsFor(50)]).toEqual([2, 2, 2]);
  });

  it("on the web, a workbook too big for one request is read in chunks, smaller ones for long texts", async () => {
    const text = "Descripción larga de la actividad ".repeat(8);
    const big: Grid = { sheet: "Larga", origin: { row: 0, col: 0 }, values: Array.from({ length: 2_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}-${c} ${text}`)), merges: [] };
    const { excel, workbook } = simulated([big], { platform: "web" });
    const [read] = await workbook.readSheets();
    expect(cellsOf(read!)).toEqual(cellsOf(big));
    expect(excel.requests.syncs).toBeGreaterThan(3);
  });

  it("reads only the named sheets, and leaves merges out where Excel is older than 1.13", async () => {
    const { workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { apiLevel: "1.9" });
    const [summary, ...rest] = await workbook.readSheets(["Resumen"]);
    expect(rest).toEqual([]);
    expect(summary!.sheet).toBe("Resumen");
    expect(summary!.merges).toEqual([]);
  });

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
    const [read] = await simulated([long]).workbook.readSheets();
    expect(mergesOf(read!)).toEqual(mergesOf(long));
  });

  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"])("gives the file reader's grids and findings: %s", async (name) => {
    const fromFile = await fixtureGrids(name);
    const fromExcel = await simulated(fromFile).workbook.readSheets();
    expect(fromExcel.map(cellsOf)).toEqual(fromFile.map(cellsOf));
    expect(fromExcel.map(mergesOf)).toEqual(fromFile.map(mergesOf));
    const findings = (grids: Grid[]) => validateGrids(grids).findings.map((f) => [f.ruleId, f.sheet, f.cell, f.message]);
    expect(findings(fromExcel)).toEqual(findings(fromFile));
  });
});

describe("OfficeWorkbook going to findings and marking them", () => {
  it("selects a finding's cell on its sheet, activating it", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"));
    await workbook.selectCell("Resumen", "C5");
    expect(excel.book.activeSheet!.name).toBe("Resumen");
    expect(excel.book.selection).toEqual({ sheet: "Resumen", address: "C5" });
  });

  it("writes marks only when asked, one per cell with the most severe colour, and removes exactly those", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"));
    excel.book.sheet("POA 2021")!.conditionalFormats.push({ area: { top: 0, left: 0, bottom: 0, right: 0 }, formula: "=A1>0", fill: "#FF0000", fontColor: null });
    const written = await workbook.markFindings([
      { sheet: "POA 2021", cell: "G47", severity: "error" },
      { sheet: "POA 2021", cell: "G47", severity: "warning" },
      { sheet: "Resumen", cell: "A3", severity: "warning" },
    ]);
    expect(written).toBe(2);
    expect(marks(excel).filter((m) => m.formula === MARK_FORMULA)).toEqual([
      { sheet: "POA 2021", at: "46,6", formula: MARK_FORMULA, fill: "#FDE7E9" },
      { sheet: "Resumen", at: "2,0", formula: MARK_FORMULA, fill: "#FFF4CE" },
    ]);
    expect(await workbook.clearMarks()).toBe(2);
    expect(marks(excel)).toEqual([{ sheet: "POA 2021", at: "0,0", formula: "=A1>0", fill: "#FF0000" }]);
  });

  it("marking again replaces the marks of before: one rule per cell", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"));
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }]);
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }, { sheet: "POA 2021", cell: "D54", severity: "warning" }]);
    expect(marks(excel).map((m) => m.at)).toEqual(["46,6", "53,3"]);
  });

  it("clears the marks it can and leaves a protected sheet's alone, without failing midway", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { protected: ["Resumen"] });
    excel.book.sheet("Resumen")!.conditionalFormats.push({ area: { top: 2, left: 0, bottom: 2, right: 0 }, formula: MARK_FORMULA, fill: "#FFF4CE", fontColor: null });
    await workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }]);
    expect(await workbook.clearMarks()).toBe(1);
    expect(marks(excel).map((m) => `${m.sheet}!${m.at}`)).toEqual(["Resumen!2,0"]);
  });

  it("says a finding's sheet is hidden instead of activating it", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { hidden: ["Resumen"] });
    await expect(workbook.selectCell("Resumen", "A3")).rejects.toThrow("La hoja «Resumen» está oculta: muéstrela");
    expect(excel.book.selection).toBeNull();
  });

  it("refuses to mark a protected sheet, in Spanish, and marks nothing", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { protected: ["POA 2021"] });
    await expect(workbook.markFindings([{ sheet: "POA 2021", cell: "G47", severity: "error" }])).rejects.toThrow(ProtectedSheetError);
    expect(marks(excel)).toEqual([]);
    expect((await workbook.listSheets()).map((s) => s.protected)).toEqual([true, false]);
  });
});

describe.each<ApiLevel>(["1.7", "1.9"])("OfficeWorkbook following a user's edits at ExcelApi %s", (level) => {
  it("calls back with the name of the sheet edited, until stopped", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { apiLevel: level });
    const edited: string[] = [];
    const stop = await workbook.onSheetChanged((sheet) => edited.push(sheet));
    const active = excel.book.activeSheet!.name;
    await excel.type(active, "C5", 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await stop();
    await excel.type(active, "C6", 2);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(edited).toEqual([active]);
  });

  it("does not take the add-in's own writes for a user's edit", async () => {
    const { excel, workbook } = simulated(await fixtureGrids("secretaria-particular-2021.xlsx"), { apiLevel: level });
    const edited: string[] = [];
    const active = excel.book.activeSheet!.name;
    const stop = await workbook.onSheetChanged((sheet) => edited.push(sheet));
    await workbook.addSheet(buildTemplate({ family: "municipal-2021", year: 2021 }).spec);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(edited).toEqual([]);
    await excel.type(active, "C5", 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await stop();
    expect(edited).toEqual([active]);
  });
});
