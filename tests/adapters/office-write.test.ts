import { readPlan } from "../../src/domain/plan/catalog";
import { withPlanLists } from "../../src/domain/templates/planLists";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { insertFollowUp, writeReport } from "../../src/app/followup";
import { openWorkbook } from "../../src/app/sources";
import type { Grid } from "../../src/domain/grid";
import { buildSummarySheet, summarize } from "../../src/domain/summary";
import { buildTemplate } from "../../src/domain/templates";
import { validateGrids } from "../../src/domain/validate";
import { type ApiLevel, SimulatedExcel } from "../../src/simulator";
import { FakeWorkbook } from "../support/fakeWorkbook";
import { gridOf, stackedGrid } from "../support/grid";

async function fixture2021() {
  const workbook = UserWorkbook.open(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));
  const grids = await workbook.readSheets();
  return { grids, entries: summarize(validateGrids(grids)) };
}

function simulated(grids: Grid[], options: { apiLevel?: ApiLevel; platform?: "web"; failSync?: number } = {}) {
  const excel = SimulatedExcel.of(grids, options);
  // Excel fails a request now and then (a lost connection, a request too big): this one will.
  const run: typeof excel.run = options.failSync
    ? (batch) =>
        excel.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            if (excel.requests.syncs + 1 === options.failSync) {
              excel.requests.syncs++;
              throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
            }
            return sync();
          };
          return batch(context);
        })
    : excel.run;
  return { excel, workbook: new OfficeWorkbook(run, excel.supports) };
}

/** Our sheet as a summary of its own: the add-in's table on it, as Excel keeps it. */
function withAddinSheet(excel: SimulatedExcel, sheet: string, table: string): void {
  excel.book.tables.push({ name: table, sheet: excel.book.sheet(sheet)!, area: { top: 0, left: 0, bottom: 1, right: 1 } });
}

const cell = (excel: SimulatedExcel, sheet: string, row: number, col: number) => excel.book.sheet(sheet)!.cell(row, col);
const formats = (excel: SimulatedExcel, sheet: string) => excel.book.sheet(sheet)!.formats.map((f) => `${f.property} = ${JSON.stringify(f.value)}`);

describe("OfficeWorkbook writing sheets into a simulated Excel", () => {
  it("inserts a template under a new name in two round trips, whatever the number of sheets, and shows it", async () => {
    for (const count of [1, 30]) {
      const grids = Array.from({ length: count }, (_, i) => stackedGrid([{ numero: i + 1 }], i === 0 ? "POA 2025 municipal" : `Hoja ${i}`));
      const { excel, workbook } = simulated(grids);
      const name = await workbook.addSheet(buildTemplate({ family: "municipal-2022", year: 2025 }).spec);
      expect(name).toBe("POA 2025 municipal (2)");
      expect(excel.requests.syncs).toBe(2);
      expect(excel.book.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.sheet), name]);
      expect(excel.book.activeSheet!.name).toBe(name);
    }
  });

  it("writes the template's values and formulas, with validations, print setup and the live check", async () => {
    const { excel, workbook } = simulated([]);
    const name = await workbook.addSheet(buildTemplate({ family: "municipal-2022", year: 2025, activities: 2 }).spec);
    expect(cell(excel, name, 0, 0)!.value).toBe("PROGRAMA OPERATIVO ANUAL 2025");
    expect(cell(excel, name, 4, 0)!.value).toBe("PRINCIPIO RECTOR");
    expect(cell(excel, name, 12, 18)!.formula).toBe('=IF(COUNT(F13:R13)=0,"",SUM(G13:R13)-N(F13))');
    const sheet = excel.book.sheet(name)!;
    expect(sheet.validations).toContainEqual({ area: { top: 12, left: 5, bottom: 13, right: 17 }, rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } } });
    expect(formats(excel, name)).toContain('pageLayout.setPrintTitleRows() = ["$11:$12"]');
    expect(sheet.conditionalFormats).toContainEqual(expect.objectContaining({ area: { top: 12, left: 18, bottom: 13, right: 18 }, formula: "=AND(ISNUMBER($S13),$S13<>0)" }));
  });

  it("a template with the plan: its lists in hidden columns, the drop-downs pointing at them", async () => {
    const { excel, workbook } = simulated([]);
    const plan = readPlan([gridOf("PMD", [["3.5 Rendición de cuentas"], ["3.5.1 Informar"], ["3.5.2 Abrir los datos"]])], "PMD.xlsx");
    const built = buildTemplate({ family: "municipal-2022", year: 2025, activities: 2 });
    const name = await workbook.addSheet(withPlanLists(built, plan));
    const sheet = excel.book.sheet(name)!;
    expect([...sheet.hiddenColumns]).toEqual([19, 20, 21]);
    const { estrategia } = built.layout!.fields;
    expect(sheet.validations).toContainEqual({ area: { top: estrategia!.row, left: estrategia!.col, bottom: estrategia!.row, right: estrategia!.col }, rule: { list: { inCellDropDown: true, source: "=$V$2:$V$3" } } });
    expect(cell(excel, name, 2, 21)!.value).toBe("3.5.2 Abrir los datos");
  });

  it("leaves out what an older Excel lacks instead of failing", async () => {
    const { excel, workbook } = simulated([], { apiLevel: "1.7" });
    const name = await workbook.addSheet(buildTemplate({ family: "municipal-2021", year: 2025 }).spec);
    expect(excel.book.sheet(name)!.validations).toEqual([]);
    expect(formats(excel, name).some((f) => f.startsWith("pageLayout"))).toBe(false);
    expect(excel.book.sheet(name)!.cells.size).toBeGreaterThan(50);
  });

  it("writes the summary beside a user's own «Resumen», as a table with a chart, in two round trips", async () => {
    const { grids, entries } = await fixture2021();
    const { excel, workbook } = simulated(grids);
    const placement = await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(placement).toEqual({ name: "Resumen (2)", replaced: false, renamed: true });
    expect(excel.requests.syncs).toBe(2);
    expect(excel.book.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.sheet), "Resumen (2)"]);
    expect(excel.book.tables.map((t) => [t.name, t.sheet.name, t.area])).toEqual([["PoaResumen", "Resumen (2)", { top: 3, left: 0, bottom: 10, right: 12 }]]);
    expect(excel.book.sheet("Resumen (2)")!.charts).toBe(1);
  });

  it("replaces the summary it made before, in its place, and nothing else, in three round trips (placement, write, swap)", async () => {
    const { grids, entries } = await fixture2021();
    const { excel, workbook } = simulated([...grids, { sheet: "Resumen POA", origin: { row: 0, col: 0 }, values: [["viejo"]], merges: [] }, { sheet: "Notas", origin: { row: 0, col: 0 }, values: [["mías"]], merges: [] }]);
    withAddinSheet(excel, "Resumen POA", "PoaResumen");
    const placement = await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(placement).toEqual({ name: "Resumen POA", replaced: true, renamed: false });
    expect(excel.book.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.sheet), "Resumen POA", "Notas"]);
    expect(cell(excel, "Resumen POA", 0, 0)!.value).not.toBe("viejo");
    expect(excel.book.grid("Notas").values).toEqual([["mías"]]);
    expect(excel.book.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PoaResumen", "Resumen POA"]]);
    expect(excel.book.activeSheet!.name).toBe("Resumen POA");
    expect(excel.requests.syncs).toBe(3);
  });

  it("leaves the sheet it made before as it was when writing the new one fails", async () => {
    const { grids, entries } = await fixture2021();
    const { excel, workbook } = simulated([...grids, { sheet: "Resumen POA", origin: { row: 0, col: 0 }, values: [["viejo"]], merges: [] }], { failSync: 2 });
    withAddinSheet(excel, "Resumen POA", "PoaResumen");
    await expect(workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.book.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.sheet), "Resumen POA"]);
    expect(excel.book.grid("Resumen POA").values).toEqual([["viejo"]]);
    expect(excel.book.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PoaResumen", "Resumen POA"]]);
  });

  it("writes a big sheet in several requests, each under Excel on the web's 5 MB", async () => {
    const { grids } = await fixture2021();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...structuredClone(grids[0]!), sheet: `POA ${i + 1}` }));
    const { excel, workbook } = simulated(many, { platform: "web" });
    const done = await insertFollowUp(workbook, { cutoff: 3 });
    expect(done.activities).toBe(1_200);
    expect(excel.requests.syncs).toBeGreaterThan(4);
    expect(excel.book.sheet(done.placement.name)!.cells.size).toBeGreaterThan(1_200 * 2 * 20);
  });
});

describe("OfficeWorkbook writing the follow-up and the quarterly report into a simulated Excel", () => {
  it("writes PROGRAMADO as formulas to the POA's cells, REALIZADO as validated inputs, the semáforo as conditional formats", async () => {
    const { grids } = await fixture2021();
    const { excel, workbook } = simulated(grids);
    const done = await insertFollowUp(workbook, { cutoff: 3 });
    expect(done.placement).toEqual({ name: "Seguimiento 2021", replaced: false, renamed: false });
    const activity = validateGrids(grids).model.sheets[0]!.actions[0]!.activities[0]!;
    const row = (r: number, from: number, to: number) => Array.from({ length: to - from }, (_, i) => cell(excel, "Seguimiento 2021", r, from + i)?.formula ?? cell(excel, "Seguimiento 2021", r, from + i)?.value);
    expect(row(5, 3, 8)).toEqual([`='POA 2021'!${activity.anual!.cell}`, "PROGRAMADO", ...activity.periods.slice(0, 3).map((p) => `='POA 2021'!${p.cell}`)]);
    expect(cell(excel, "Seguimiento 2021", 6, 24)!.formula).toBe('=IF(V6<=0,"",IF(W7="","SIN REPORTE",IF(W7>=0.9,"VERDE",IF(W7>=0.7,"AMARILLO","ROJO"))))');
    // The PROGRAMADO cells show the POA's figures: the formulas reach the POA sheet.
    expect(excel.book.grid("Seguimiento 2021").values[5]![5]).toBe(excel.book.grid("POA 2021").values[activity.periods[0]!.row]![activity.periods[0]!.col]);
    const sheet = excel.book.sheet("Seguimiento 2021")!;
    expect(sheet.validations).toContainEqual({ area: { top: 6, left: 5, bottom: 6, right: 16 }, rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } } });
    expect(sheet.validations).toContainEqual({ area: { top: 2, left: 2, bottom: 2, right: 2 }, rule: { list: { inCellDropDown: true, source: "ENERO,FEBRERO,MARZO,ABRIL,MAYO,JUNIO,JULIO,AGOSTO,SEPTIEMBRE,OCTUBRE,NOVIEMBRE,DICIEMBRE" } } });
    expect(sheet.conditionalFormats.filter((f) => f.formula === '=$Y6="ROJO"')).toHaveLength(1);
    expect(excel.book.tables.map((t) => [t.name, t.sheet.name])).toEqual([["PoaSeguimiento", "Seguimiento 2021"]]);
  });

  it.each(["=sin dato del proveedor", "+52 492 123 4567", "-", "- pendiente de pago"])("keeps a typed justification «%s» as text, never a formula", async (typed) => {
    const { grids } = await fixture2021();
    const withFollowUp = new FakeWorkbook(grids.map((g) => structuredClone(g)));
    await insertFollowUp(withFollowUp, { cutoff: 3 });
    const earlier = withFollowUp.grids.find((g) => g.sheet === "Seguimiento 2021")!;
    earlier.values[6]![25] = typed;
    const { excel, workbook } = simulated(withFollowUp.grids);
    withAddinSheet(excel, "Seguimiento 2021", "PoaSeguimiento");
    await insertFollowUp(workbook);
    expect(excel.book.grid("Seguimiento 2021").values[6]![25]).toBe(typed);
    expect(cell(excel, "Seguimiento 2021", 6, 25)!.formula).toBeNull();
  });

  it("charts the report's % de avance on a 0–100 % axis; at ExcelApi 1.7 the axis keeps Excel's format", async () => {
    const { grids } = await fixture2021();
    const followed = new FakeWorkbook(grids.map((g) => structuredClone(g)));
    await insertFollowUp(followed, { cutoff: 3 });
    // The first activity's January, typed: one activity with an avance, one bar.
    followed.grids.find((g) => g.sheet === "Seguimiento 2021")!.values[6]![5] = 1150;
    for (const level of ["1.13", "1.7"] as const) {
      const { excel, workbook } = simulated(followed.grids.map((g) => structuredClone(g)), { apiLevel: level });
      const { placement } = await writeReport(workbook, openWorkbook(workbook, "poa.xlsx"), { cutoff: 3 });
      expect(placement.name).toBe("Informe trimestral");
      expect(excel.book.sheet(placement.name)!.charts).toBe(1);
      expect(formats(excel, placement.name)).toContain("chart.valueAxis.maximum = 1");
      expect(formats(excel, placement.name).includes('chart.valueAxis.numberFormat = "0%"')).toBe(level === "1.13");
    }
  });
});
