import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { buildSummarySheet, summarize } from "../../src/domain/summary";
import { buildTemplate } from "../../src/domain/templates";
import { validateGrids } from "../../src/domain/validate";
import { insertFollowUp, writeReport } from "../../src/app/followup";
import { openWorkbook } from "../../src/app/sources";
import { ExcelMock } from "../support/excelMock";
import { FakeWorkbook } from "../support/fakeWorkbook";
import { stackedGrid } from "../support/grid";

const everything = () => true;

async function fixture2021() {
  const workbook = UserWorkbook.open(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));
  const grids = await workbook.readSheets();
  return { grids, entries: summarize(validateGrids(grids)) };
}

describe("OfficeWorkbook writing sheets", () => {
  it("inserts a template under a new name in one write round trip, whatever the number of sheets", async () => {
    for (const count of [1, 30]) {
      const grids = Array.from({ length: count }, (_, i) => stackedGrid([{ numero: i + 1 }], i === 0 ? "POA 2025 municipal" : `Hoja ${i}`));
      const excel = new ExcelMock(grids);
      const name = await new OfficeWorkbook(excel.run, everything).addSheet(buildTemplate({ family: "municipal-2022", year: 2025 }).spec);
      expect(name).toBe("POA 2025 municipal (2)");
      expect(excel.syncs).toBe(2);
      expect(excel.deleted).toEqual([]);
      expect(excel.writes[0]).toBe('add("POA 2025 municipal (2)")');
    }
  });

  it("writes the template's values and formulas in one matrix, with validations, print setup and the live check", async () => {
    const excel = new ExcelMock([]);
    await new OfficeWorkbook(excel.run, everything).addSheet(buildTemplate({ family: "municipal-2022", year: 2025, activities: 2 }).spec);
    const formulas = excel.writes.find((w) => /^\[POA 2025 municipal\]\.getRangeByIndexes\(0, 0, 21, 19\)\.formulas = /.test(w))!;
    const matrix = JSON.parse(formulas.slice(formulas.indexOf("= ") + 2)) as string[][];
    expect(matrix[0]![0]).toBe("PROGRAMA OPERATIVO ANUAL 2025");
    expect(matrix[4]![0]).toBe("PRINCIPIO RECTOR");
    expect(matrix[12]![18]).toBe('=IF(COUNT(F13:R13)=0,"",SUM(G13:R13)-N(F13))');
    expect(excel.writes).toContain('[POA 2025 municipal].getRangeByIndexes(12, 5, 2, 13).dataValidation.rule = {"wholeNumber":{"formula1":0,"operator":"GreaterThanOrEqualTo"}}');
    expect(excel.writes).toContain('[POA 2025 municipal].pageLayout.setPrintTitleRows("$11:$12")');
    expect(excel.writes).toContain('[POA 2025 municipal].getRangeByIndexes(12, 18, 2, 1).conditionalFormats.add("Custom").custom.rule.formula = "=AND(ISNUMBER($S13),$S13<>0)"');
  });

  it("leaves out what an older Excel lacks instead of failing", async () => {
    const excel = new ExcelMock([]);
    await new OfficeWorkbook(excel.run, (v) => v === "1.7").addSheet(buildTemplate({ family: "municipal-2021", year: 2025 }).spec);
    expect(excel.writes.some((w) => w.includes("dataValidation") || w.includes("pageLayout"))).toBe(false);
  });

  it("writes the summary beside a user's own «Resumen», as a table with a chart, in one write round trip", async () => {
    const { grids, entries } = await fixture2021();
    const excel = new ExcelMock(grids);
    const placement = await new OfficeWorkbook(excel.run, everything).writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(placement).toEqual({ name: "Resumen (2)", replaced: false, renamed: true });
    expect(excel.syncs).toBe(2);
    expect(excel.deleted).toEqual([]);
    expect(excel.writes).toContain('[Resumen (2)].tables.add([Resumen (2)].getRangeByIndexes(3, 0, 8, 13), true).name = "PoaResumen"');
    expect(excel.writes.some((w) => w.startsWith('[Resumen (2)].charts.add("BarClustered"'))).toBe(true);
  });

  it("replaces the summary it made before, in its place, and nothing else", async () => {
    const { grids, entries } = await fixture2021();
    const excel = new ExcelMock([...grids, { sheet: "Resumen POA", origin: { row: 0, col: 0 }, values: [], merges: [] }], { addinSummary: "Resumen POA" });
    const placement = await new OfficeWorkbook(excel.run, everything).writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(placement).toEqual({ name: "Resumen POA", replaced: true, renamed: false });
    expect(excel.deleted).toEqual(["Resumen POA"]);
    // Written whole under a passing name, then swapped in: the old sheet goes only once the new one is there.
    const swap = excel.writes.filter((w) => !w.includes("getRange") && !w.includes("pageLayout") && !w.includes("freezePanes"));
    expect(swap).toEqual([
      'add("Resumen POA (nueva)")',
      '[Resumen POA (nueva)].name = "Resumen POA"',
      "[Resumen POA (nueva)].position = 2",
      '[Resumen POA (nueva)].tables.getItem("PoaResumen_nueva")',
      '[Resumen POA (nueva)].tables.getItem("PoaResumen_nueva").name = "PoaResumen"',
      "[Resumen POA (nueva)].activate()",
    ]);
    expect(excel.syncs).toBe(4);
  });

  it("leaves the sheet it made before as it was when writing the new one fails", async () => {
    const { grids, entries } = await fixture2021();
    const excel = new ExcelMock([...grids, { sheet: "Resumen POA", origin: { row: 0, col: 0 }, values: [], merges: [] }], { addinSummary: "Resumen POA", failSync: 3 });
    await expect(new OfficeWorkbook(excel.run, everything).writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.deleted).toEqual([]);
    expect(excel.writes).toContain("[Resumen POA (nueva)].delete()");
    expect(excel.writes.some((w) => w.includes('.name = "Resumen POA"'))).toBe(false);
  });

  it("writes a big sheet in several requests, each under Excel on the web's 5 MB", async () => {
    const { grids } = await fixture2021();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...structuredClone(grids[0]!), sheet: `POA ${i + 1}` }));
    const excel = new ExcelMock(many);
    const sizes: number[] = [];
    let mark = 0;
    const run: typeof excel.run = (batch) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          sizes.push(excel.writes.slice(mark).reduce((n, w) => n + w.length, 0));
          mark = excel.writes.length;
          return sync();
        };
        return batch(context);
      });
    const done = await insertFollowUp(new OfficeWorkbook(run, everything), { cutoff: 3 });
    expect(done!.activities).toBe(1_200);
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(3_000_000);
  });
});

describe("OfficeWorkbook writing the follow-up and the quarterly report", () => {
  it("writes PROGRAMADO as formulas to the POA's cells, REALIZADO as validated inputs, the semáforo as conditional formats", async () => {
    const { grids } = await fixture2021();
    const excel = new ExcelMock(grids);
    const done = await insertFollowUp(new OfficeWorkbook(excel.run, everything), { cutoff: 3 });
    expect(done!.placement).toEqual({ name: "Seguimiento 2021", replaced: false, renamed: false });
    const formulas = excel.writes.find((w) => /^\[Seguimiento 2021\]\.getRangeByIndexes\(0, 0, \d+, 26\)\.formulas = /.test(w))!;
    const matrix = JSON.parse(formulas.slice(formulas.indexOf("= ") + 2)) as string[][];
    const poa = grids[0]!;
    const activity = validateGrids(grids).model.sheets[0]!.actions[0]!.activities[0]!;
    expect(poa.sheet).toBe("POA 2021");
    expect(matrix[5]!.slice(3, 8)).toEqual([`='POA 2021'!${activity.anual!.cell}`, "PROGRAMADO", ...activity.periods.slice(0, 3).map((p) => `='POA 2021'!${p.cell}`)]);
    expect(matrix[6]![24]).toBe('=IF(V6<=0,"",IF(W7="","SIN REPORTE",IF(W7>=0.9,"VERDE",IF(W7>=0.7,"AMARILLO","ROJO"))))');
    expect(excel.writes).toContain('[Seguimiento 2021].getRangeByIndexes(6, 5, 1, 12).dataValidation.rule = {"wholeNumber":{"formula1":0,"operator":"GreaterThanOrEqualTo"}}');
    expect(excel.writes).toContain('[Seguimiento 2021].getRangeByIndexes(2, 2, 1, 1).dataValidation.rule = {"list":{"inCellDropDown":true,"source":"ENERO,FEBRERO,MARZO,ABRIL,MAYO,JUNIO,JULIO,AGOSTO,SEPTIEMBRE,OCTUBRE,NOVIEMBRE,DICIEMBRE"}}');
    expect(excel.writes.filter((w) => w.includes('conditionalFormats.add("Custom").custom.rule.formula = "=$Y6=\\"ROJO\\""'))).toHaveLength(1);
    expect(excel.writes.some((w) => /^\[Seguimiento 2021\]\.tables\.add\(.*\)\.name = "PoaSeguimiento"$/.test(w))).toBe(true);
    expect(excel.deleted).toEqual([]);
  });

  it.each(["=sin dato del proveedor", "+52 492 123 4567", "-", "- pendiente de pago"])("keeps a typed justification «%s» as text, never a formula", async (typed) => {
    const { grids } = await fixture2021();
    const withFollowUp = new FakeWorkbook(grids.map((g) => structuredClone(g)));
    await insertFollowUp(withFollowUp, { cutoff: 3 });
    const sheet = withFollowUp.grids.find((g) => g.sheet === "Seguimiento 2021")!;
    sheet.values[6]![25] = typed;
    const excel = new ExcelMock(withFollowUp.grids, { addinSummary: "Seguimiento 2021" });
    await insertFollowUp(new OfficeWorkbook(excel.run, everything));
    // Replacing its own sheet, the add-in writes the new one under a passing name first.
    const formulas = excel.writes.find((w) => /^\[Seguimiento 2021 \(nueva\)\]\.getRangeByIndexes\(0, 0, \d+, 26\)\.formulas = /.test(w))!;
    const matrix = JSON.parse(formulas.slice(formulas.indexOf("= ") + 2)) as string[][];
    expect(matrix[6]![25]).toBe(`'${typed}`);
  });

  it("charts the report's % de avance on a 0–100 % axis", async () => {
    const { grids } = await fixture2021();
    const followed = new FakeWorkbook(grids.map((g) => structuredClone(g)));
    await insertFollowUp(followed, { cutoff: 3 });
    // The first activity's January, typed: one activity with an avance, one bar.
    followed.grids.find((g) => g.sheet === "Seguimiento 2021")!.values[6]![5] = 1150;
    const excel = new ExcelMock(followed.grids);
    const target = new OfficeWorkbook(excel.run, everything);
    const { placement } = await writeReport(target, openWorkbook(target, "poa.xlsx"), { cutoff: 3 });
    expect(placement.name).toBe("Informe trimestral");
    expect(excel.writes.some((w) => w.startsWith('[Informe trimestral].charts.add("BarClustered"'))).toBe(true);
    expect(excel.writes.some((w) => w.endsWith('.axes.valueAxis.numberFormat = "0%"'))).toBe(true);
    expect(excel.writes.some((w) => w.endsWith(".axes.valueAxis.maximum = 1"))).toBe(true);

    // On a host at the manifest's floor (ExcelApi 1.7) the axis keeps Excel's format: no call above 1.7.
    const older = new ExcelMock(followed.grids);
    const at17 = new OfficeWorkbook(older.run, (version) => Number(version.split(".")[1]) <= 7);
    await writeReport(at17, openWorkbook(at17, "poa.xlsx"), { cutoff: 3 });
    expect(older.writes.some((w) => w.includes(".axes.valueAxis.numberFormat"))).toBe(false);
    expect(older.writes.some((w) => w.endsWith(".axes.valueAxis.maximum = 1"))).toBe(true);
  });
});
