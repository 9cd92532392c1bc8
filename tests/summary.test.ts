import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../src/adapters/xlsx/XlsxWorkbook";
import { buildSummarySheet, summarize } from "../src/domain/summary";
import { validateGrids } from "../src/domain/validate";
import { cellsOf } from "./support/cells";
import { itWithLibreOffice, recalculateWithLibreOffice } from "./support/libreoffice";

jest.setTimeout(120_000);

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name));

async function summarizeFixture(name: string) {
  const workbook = await XlsxWorkbook.open(fixture(name));
  const report = validateGrids(await workbook.readSheets());
  return { workbook, entries: summarize(report) };
}

describe("the consolidated summary", () => {
  itWithLibreOffice("lists the six actions of the 2021 workbook with their investments, and the right total", async () => {
    const { workbook, entries } = await summarizeFixture("secretaria-particular-2021.xlsx");
    expect(entries.map((e) => [e.number, e.name, e.investment, e.activitiesInvestment, e.activities, e.errors])).toEqual([
      [2, "Recepción de correspondencia", 0, 0, 1, 0],
      [3, "Actividades públicas y de protocolo", 487160, 487160, 4, 0],
      [4, "Comunicación institucional", 4181100, 4157900, 6, 1],
      [6, "Planeación gubernamental con base en resultados", 0, 0, 4, 0],
      [7, "Ayudas sociales", 1285000, 1285000, 1, 0],
      [9, "Relaciones internacionales", 0, 0, 4, 0],
    ]);
    expect(entries[2]).toMatchObject({ h: 77036, m: 80884, partidas: "3622, 3661, 2151, 3611", secretaria: "Secretaría Particular" });

    const placement = await workbook.writeSummary(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    // The workbook's own hand-made "Resumen" is the user's: the add-in writes beside it.
    expect(placement).toEqual({ name: "Resumen (2)", replaced: false, renamed: true });
    const bytes = await workbook.toBuffer();
    const reread = validateGrids(await XlsxReader.open(bytes).readSheets());
    const ours = reread.model.sheets.find((s) => s.name === "Resumen (2)")!.summaries[0]!;
    expect(ours.rows.map((r) => [r.number?.raw, r.amount.raw])).toEqual(entries.map((e) => [e.number, e.investment]));
    expect(ours.total?.figure).toMatchObject({ value: 5953260 });
    // Our own summary agrees with the actions: no summary-mismatch on it.
    expect(reread.findings.filter((f) => f.sheet === "Resumen (2)")).toEqual([]);

    const recalculated = (await recalculateWithLibreOffice(bytes)).get("Resumen (2)")!;
    const total = recalculated.find((row) => row[1] === "TOTAL")!;
    expect(total.slice(4, 10)).toEqual(["5953260", "5930060", "23200", "20", "243343", "255607"]);
    const row4 = recalculated.find((row) => row[0] === "4")!;
    expect(row4[6]).toBe("23200");
  });

  it("replaces only the summary it made, and leaves every other sheet as it was", async () => {
    const { workbook, entries } = await summarizeFixture("secretaria-particular-2021.xlsx");
    await workbook.writeSummary(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    const reopened = await XlsxWorkbook.open(await workbook.toBuffer());
    const before = (await reopened.readSheets()).filter((g) => g.sheet !== "Resumen (2)").map(cellsOf);
    const again = await reopened.writeSummary(buildSummarySheet(entries.slice(0, 2), { withFile: false, sources: 1 }));
    expect(again).toEqual({ name: "Resumen (2)", replaced: true, renamed: false });
    const grids = await reopened.readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(["POA 2021", "Resumen", "Resumen (2)"]);
    expect(grids.filter((g) => g.sheet !== "Resumen (2)").map(cellsOf)).toEqual(before);
    const model = validateGrids(grids).model;
    expect(model.sheets[2]!.summaries[0]!.rows).toHaveLength(2);
  });

  itWithLibreOffice("charts investment by action, and the chart survives a real spreadsheet engine", async () => {
    const { workbook, entries } = await summarizeFixture("secretaria-planeacion-2022.xlsx");
    const { name } = await workbook.writeSummary(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(name).toBe("Resumen");
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const chart = await zip.file("xl/charts/chartPoa1.xml")!.async("string");
    expect(chart).toContain("<c:f>'Resumen'!$B$5:$B$12</c:f>");
    expect(chart).toContain("<c:f>'Resumen'!$E$5:$E$12</c:f>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("/xl/drawings/drawingPoa1.xml");
    expect((await recalculateWithLibreOffice(await workbook.toBuffer())).get("Resumen")?.[4]?.[1]).toBe("Acceso a la información");
  });
});

describe("the summary of a state institutional POA", () => {
  it("rolls the printed pages of a program, one sheet each, into one row, and agrees with itself", async () => {
    const { workbook, entries } = await summarizeFixture("estatal-sspc-2024.xlsx");
    expect(entries.map((e) => [e.sheet, e.name, e.secretaria, e.investment, e.activitiesInvestment, e.activities])).toEqual([
      ["POA 1", "DESARROLLO TECNOLÓGICO-INFORMÁTICO PARA LA INNOVACIÓN GUBERNAMENTAL", "SECRETARIA DE SEGURIDAD Y PROTECCION CIUDADANA DEL ESTADO", 921517, 921512, 14],
    ]);
    const before = validateGrids(await workbook.readSheets()).findings;
    await workbook.writeSummary(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    const report = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    // The summary it writes agrees with the pages: it adds no finding of its own.
    expect(report.findings).toEqual(before);
  });
});
