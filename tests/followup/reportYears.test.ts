import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { buildQuarterlyReport, buildQuarterlyReportSheet, type ReportSource } from "../../src/domain/followup";
import { readWorkbook } from "../../src/domain/reader";

const source = async (name: string): Promise<ReportSource> => ({
  file: name,
  model: readWorkbook(await XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name))).readSheets()),
});
const texts = (spec: ReturnType<typeof buildQuarterlyReportSheet>) => spec.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("the quarterly report says what its totals stand on", () => {
  it("names every year of a folder that mixes them, and the POAs its total leaves out", async () => {
    const sources = await Promise.all(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"].map(source));
    const report = buildQuarterlyReport(sources, 6, 2024);
    expect(report.years).toEqual([2021, 2022, 2024]);
    const spec = buildQuarterlyReportSheet(report);
    expect(texts(spec)[0]).toBe("INFORME TRIMESTRAL DE AVANCE DE LOS PROGRAMAS OPERATIVOS ANUALES 2021, 2022 Y 2024");
    expect(texts(spec)).toContain("Periodo: enero a junio de cada año (POA de 2021, 2022 y 2024) (corte: JUNIO). 3 POA.");
    expect(texts(spec)).toContain("Sin hoja de seguimiento: 2 de 3 POA (no cuentan en el avance)");
  });

  it("says nothing was realized instead of drawing an empty chart", async () => {
    const report = buildQuarterlyReport([await source("secretaria-particular-2021.xlsx")], 3, 2021);
    const spec = buildQuarterlyReportSheet(report);
    expect(report.total.realized).toBe(0);
    expect(spec.chart).toBeNull();
    expect(texts(spec).some((t) => t.startsWith("Aún no hay cifras realizadas al corte de MARZO"))).toBe(true);
    expect(texts(spec)[0]).toBe("INFORME TRIMESTRAL DE AVANCE DE LOS PROGRAMAS OPERATIVOS ANUALES 2021");
  });
});
