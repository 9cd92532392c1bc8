import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { buildSummarySheet, summarize, type SummaryEntry } from "../src/domain/summary";
import { validateGrids } from "../src/domain/validate";
import { cellsOf } from "./support/cells";
import { itWithLibreOffice, printWithLibreOffice, recalculateWithLibreOffice } from "./support/libreoffice";

jest.setTimeout(120_000);

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name));

async function summarizeFixture(name: string) {
  const workbook = UserWorkbook.open(fixture(name));
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
      // The hand-made Resumen's three mismatches belong to no action: their own row, so totals match validate.
      [null, "(sin acción) hallazgos fuera de las acciones (resumen hecho a mano, filas sueltas, hoja de seguimiento)", null, null, 0, 3],
    ]);
    expect(entries.reduce((n, e) => n + e.errors, 0)).toBe(4);
    expect(entries[2]).toMatchObject({ h: 77036, m: 80884, partidas: "3622, 3661, 2151, 3611", secretaria: "Secretaría Particular" });

    const placement = await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    // The workbook's own hand-made "Resumen" is the user's: the add-in writes beside it.
    expect(placement).toEqual({ name: "Resumen (2)", replaced: false, renamed: true });
    const bytes = await workbook.toBuffer();
    const reread = validateGrids(await XlsxReader.open(bytes).readSheets());
    const ours = reread.model.sheets.find((s) => s.name === "Resumen (2)")!.summaries[0]!;
    expect(ours.rows.map((r) => [r.number?.raw ?? null, r.amount.raw])).toEqual(entries.map((e) => [e.number, e.investment]));
    expect(ours.total?.figure).toMatchObject({ value: 5953260 });
    // Our own summary agrees with the actions: no summary-mismatch on it.
    expect(reread.findings.filter((f) => f.sheet === "Resumen (2)")).toEqual([]);

    const recalculated = (await recalculateWithLibreOffice(bytes)).get("Resumen (2)")!;
    const total = recalculated.find((row) => row[1] === "TOTAL")!;
    // Beneficiaries are not added up (actions count the same population); the difference has the messages' sign.
    expect(total.slice(4, 12)).toEqual(["5953260", "5930060", "-23200", "20", "", "", "", "4"]);
    const row4 = recalculated.find((row) => row[0] === "4")!;
    expect(row4[6]).toBe("-23200");
  });

  it("replaces only the summary it made, and leaves every other sheet as it was", async () => {
    const { workbook, entries } = await summarizeFixture("secretaria-particular-2021.xlsx");
    await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    const reopened = UserWorkbook.open(await workbook.toBuffer());
    const before = (await reopened.readSheets()).filter((g) => g.sheet !== "Resumen (2)").map(cellsOf);
    const again = await reopened.writeAddinSheet(buildSummarySheet(entries.slice(0, 2), { withFile: false, sources: 1 }));
    expect(again).toEqual({ name: "Resumen (2)", replaced: true, renamed: false });
    const grids = await reopened.readSheets();
    expect(grids.map((g) => g.sheet)).toEqual(["POA 2021", "Resumen", "Resumen (2)"]);
    expect(grids.filter((g) => g.sheet !== "Resumen (2)").map(cellsOf)).toEqual(before);
    const model = validateGrids(grids).model;
    expect(model.sheets[2]!.summaries[0]!.rows).toHaveLength(2);
  });

  itWithLibreOffice("charts investment by action, and the chart survives a real spreadsheet engine", async () => {
    const { workbook, entries } = await summarizeFixture("secretaria-planeacion-2022.xlsx");
    const { name } = await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    expect(name).toBe("Resumen");
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const chart = await zip.file(/^xl\/charts\/chart\d+\.xml$/)[0]!.async("string");
    expect(chart).toContain("<c:f>'Resumen'!$B$5:$B$12</c:f>");
    expect(chart).toContain("<c:f>'Resumen'!$E$5:$E$12</c:f>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toMatch(/PartName="\/xl\/drawings\/drawing\d+\.xml" ContentType="application\/vnd.openxmlformats-officedocument.drawing\+xml"/);
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
    await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: false, sources: 1 }));
    const report = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    // The summary it writes agrees with the pages: it adds no finding of its own.
    expect(report.findings).toEqual(before);
  });
});

describe("the summary on paper", () => {
  itWithLibreOffice("prints legibly: file names not paths, formatted totals, page numbers, errors that add up to validate's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-print-"));
    const files = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"].map((f) => {
      copyFileSync(join(__dirname, "fixtures", f), join(dir, f));
      return join(dir, f);
    });
    const entries: SummaryEntry[] = [];
    let errors = 0;
    for (const file of files) {
      const report = validateGrids(await XlsxReader.open(readFileSync(file)).readSheets());
      errors += report.errorCount;
      entries.push(...summarize(report, file));
    }
    expect(entries.reduce((n, e) => n + e.errors, 0)).toBe(errors);
    const workbook = UserWorkbook.empty();
    await workbook.writeAddinSheet(buildSummarySheet(entries, { withFile: true, sources: files.length }));
    const { text, pages } = await printWithLibreOffice(await workbook.toBuffer());
    expect(text).toContain("RESUMEN DE ACCIONES DEL POA");
    expect(text).toContain("secretaria-particular-2021.xlsx");
    expect(text).not.toContain(dir);
    // Totals as money and counts, never a raw 5953260.
    expect(text).toMatch(/TOTAL[\s\S]*\$\s?\d{1,3}(,\d{3})+\.\d\d/);
    expect(text).not.toMatch(/\b\d{7}\b/);
    expect(pages).toBeGreaterThanOrEqual(1);
    // Each sheet numbers its own pages, named by the sheet.
    expect(text).toContain(`Resumen · Página 1`);
    expect(text).toContain(`Resumen · Página ${pages}`);
  });
});
