import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import { UserWorkbook } from "../../../src/adapters/xlsx/UserWorkbook";
import { writeCoverage } from "../../../src/app/alignment";
import { insertIndicatorFollowUp } from "../../../src/app/indicators";
import { openWorkbook } from "../../../src/app/sources";
import { dueQuarters } from "../../../src/domain/mir/indicatorSemaforo";
import { buildIndicatorSheet, indicatorKey } from "../../../src/domain/mir/indicatorSheet";
import { buildQuarterlyReport, buildQuarterlyReportSheet } from "../../../src/domain/followup";
import type { Grid } from "../../../src/domain/grid";
import { readWorkbook } from "../../../src/domain/reader";
import { validateGrids } from "../../../src/domain/validate";
import { SimulatedExcel } from "../../../src/simulator";
import { itWithLibreOffice, recalculateWithLibreOffice } from "../../support/libreoffice";
import { stackedGrid } from "../../support/grid";
import { cleanMir, mirGrid } from "../../support/mir";

/** The MIR of the tests in a simulated Excel, and the add-in's view of it. */
function excelWithMir() {
  const excel = SimulatedExcel.of([mirGrid(cleanMir())]);
  return { excel, workbook: new OfficeWorkbook(excel.run, excel.supports) };
}

/** Typed into the indicator sheet as a user would, in Excel. */
async function type(excel: SimulatedExcel, sheet: string, address: string, value: string | number): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

const lights = (grid: Grid) => grid.values.flatMap((row) => (row?.[6] === "ALCANZADO" ? [[row[1], row[13]]] : []));

describe("the indicator follow-up (Seguimiento de indicadores)", () => {
  it("is measured in the quarters its frequency says", () => {
    expect([dueQuarters("Anual"), dueQuarters("Semestral"), dueQuarters("Trimestral"), dueQuarters("Mensual")]).toEqual([[4], [2, 4], [1, 2, 3, 4], [1, 2, 3, 4]]);
  });

  it("writes each indicator's PROGRAMADO and ALCANZADO; Excel's semáforo follows what is typed; a CRÍTICO one needs its justification", async () => {
    const { excel, workbook } = excelWithMir();
    const done = await insertIndicatorFollowUp(workbook, { quarter: 1 });
    expect(done).toMatchObject({ indicators: 7, kept: 0, quarter: 1, placement: { name: "Indicadores", replaced: false } });
    const grid = () => excel.book.grid("Indicadores");
    // In the first quarter only the quarterly indicators are measured; nothing typed yet.
    expect(lights(grid())).toEqual([
      [null, "NO SE MIDE"],
      [null, "NO SE MIDE"],
      ["C1", "NO SE MIDE"],
      ["A1.1", "SIN REPORTE"],
      ["A1.2", "SIN REPORTE"],
      ["C2", "SIN REPORTE"],
      ["A2.1", "SIN REPORTE"],
    ]);
    // Rows 6–19: A1.1 is the 4th indicator (ALCANZADO on row 13), A1.2 the 5th (row 15).
    await type(excel, "Indicadores", "H13", 1);
    await type(excel, "Indicadores", "H15", 50);
    expect(lights(grid()).slice(3, 5)).toEqual([
      ["A1.1", "ACEPTABLE"],
      ["A1.2", "CRÍTICO"],
    ]);
    const report = validateGrids(await workbook.readSheets());
    expect(report.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual(["indicator-justification Indicadores!O15"]);
    expect(report.findings[0]!.message).toBe("El indicador «Porcentaje de becas pagadas» (Actividad A1.2) está en CRÍTICO al corte del trimestre 1 y no tiene JUSTIFICACIÓN. Escriba por qué.");
    // The quarterly report carries the indicators beside the activities' avance.
    const quarterly = buildQuarterlyReport([{ file: "becas.xlsx", model: readWorkbook(await workbook.readSheets()) }], 3, 2025);
    expect(quarterly.indicators.map((i) => [i.level, i.light, i.quarter])).toEqual([
      ["Fin", "NO SE MIDE", 1],
      ["Propósito", "NO SE MIDE", 1],
      ["Componente C1", "NO SE MIDE", 1],
      ["Actividad A1.1", "ACEPTABLE", 1],
      ["Actividad A1.2", "CRÍTICO", 1],
      ["Componente C2", "SIN REPORTE", 1],
      ["Actividad A2.1", "SIN REPORTE", 1],
    ]);
    const reportSheet = buildQuarterlyReportSheet(quarterly);
    expect(reportSheet.cells.find((c) => typeof c.value === "string" && c.value.startsWith("INDICADORES DE LA MIR"))!.value).toBe("INDICADORES DE LA MIR: 7 · ACEPTABLE 1 · CRÍTICO 1 · SIN REPORTE 2 · NO SE MIDE 3");
    expect(reportSheet.cells.some((c) => c.value === "SIN JUSTIFICACIÓN")).toBe(true);
    // Inserted again at the next quarter: what was typed stays, the semáforo moves on.
    await type(excel, "Indicadores", "O15", "Retraso en la dispersión de los pagos");
    const again = await insertIndicatorFollowUp(workbook, { quarter: 2 });
    expect(again).toMatchObject({ kept: 3, placement: { name: "Indicadores", replaced: true } });
    const model = readWorkbook(await workbook.readSheets());
    const sheet = model.sheets.find((s) => s.indicators)!.indicators!;
    expect(sheet.quarter).toBe(2);
    expect(sheet.rows[4]!.achieved[0]!.raw).toBe(50);
    expect(sheet.rows[4]!.justification.text).toBe("Retraso en la dispersión de los pagos");
    expect(lights(grid())[2]).toEqual(["C1", "SIN REPORTE"]);
  });

  itWithLibreOffice("LibreOffice computes every formula of the sheet to the engine's cached result", async () => {
    const mirs = readWorkbook([mirGrid(cleanMir())]).sheets[0]!.mirs!;
    const earlier = new Map([[indicatorKey("Actividad", "A1.2", "Porcentaje de becas pagadas"), { programmed: [100, 100, 100, 100], achieved: [50, 98, null, null], justification: "" }]]);
    const { spec } = buildIndicatorSheet({ mirs, quarter: 2, year: 2025, earlier });
    const written = UserWorkbook.empty();
    await written.addSheet(spec);
    const computed = (await recalculateWithLibreOffice(await written.toBuffer())).get(spec.name)!;
    const formulas = spec.cells.filter((c) => c.formula);
    expect(formulas.length).toBe(7 * 4);
    // LibreOffice's CSV gives numbers as text, a percentage with its sign.
    const value = (text: string): string | number => (/^-?[\d.]+%$/.test(text) ? Number(text.slice(0, -1)) / 100 : text !== "" && !Number.isNaN(Number(text)) ? Number(text) : text);
    const shown = (v: string | number) => (typeof v === "number" ? Number(v.toFixed(6)) : v);
    expect(formulas.map((c) => [c.row, c.col, shown(value(computed[c.row]![c.col]!))])).toEqual(formulas.map((c) => [c.row, c.col, shown(c.result!)]));
    expect(spec.cells.find((c) => c.row === 14 && c.col === 13)!.result).toBe("ACEPTABLE");
  }, 60_000);
});

describe("mir-meta-calendar: the quarters' program against the annual meta", () => {
  it("a percentage reaches its meta in its last quarter; a count adds up to it or reaches it accumulated", async () => {
    const { excel, workbook } = excelWithMir();
    await insertIndicatorFollowUp(workbook, { quarter: 1 });
    const calendar = async () => validateGrids(await workbook.readSheets()).findings.filter((f) => f.ruleId === "mir-meta-calendar");
    expect(await calendar()).toEqual([]);
    // A1.2 (a percentage, meta 100): PROGRAMADO on row 14; A2.1 (advisers, meta 12) on row 18.
    await type(excel, "Indicadores", "K14", 90);
    for (const cell of ["H18", "I18", "J18", "K18"]) await type(excel, "Indicadores", cell, 2);
    const found = await calendar();
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      ["K14", "«Porcentaje de becas pagadas» es un porcentaje: lo programado en su último trimestre (90) debe ser su meta anual (100)."],
      ["K18", "Lo programado de «Asesores capacitados» suma 8 en los trimestres y llega a 2 en el último, pero su meta anual es 12."],
    ]);
    // Three a quarter add up to the 12 advisers: a count may be spread over the quarters.
    for (const cell of ["H18", "I18", "J18", "K18"]) await type(excel, "Indicadores", cell, 3);
    expect((await calendar()).map((f) => f.cell)).toEqual(["K14"]);
  });
});

describe("mir-poa-link: the POA's months rolled up against the indicator's quarters", () => {
  it("a counted indicator's quarter agrees with its POA activities' months, that quarter or accumulated", async () => {
    const poa = stackedGrid([{ numero: 2, activities: [{ name: "Capacitación de asesores académicos", unidad: "Asesor", anual: 12, months: [6, null, null, 6, null, null, null, null, null, null, null, null] }] }]);
    const excel = SimulatedExcel.of([poa, mirGrid(cleanMir())]);
    const workbook = new OfficeWorkbook(excel.run, excel.supports);
    await insertIndicatorFollowUp(workbook, { quarter: 1 });
    const quarters = async () => validateGrids(await workbook.readSheets()).findings.filter((f) => f.messageId === "mir-poa-link/quarter");
    // Programmed 12 each quarter: the first is 6 in the POA (12 only accumulated by the second).
    const found = await quarters();
    // The POA is of 2021: the sheet takes its year.
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([["Indicadores 2021", "H18"]]);
    expect(found[0]!.message).toBe("Lo programado de «Asesores capacitados» en el trimestre 1 es 12, pero sus actividades del POA programan 6 ese trimestre (6 acumulado).");
    await type(excel, "Indicadores 2021", "H18", 6);
    expect(await quarters()).toEqual([]);
  });
});

describe("on Excel 2019 (ExcelApi 1.7, the manifest's floor)", () => {
  it("the indicator sheet and the coverage sheet are written, without what 1.7 lacks", async () => {
    const excel = SimulatedExcel.of([stackedGrid([{ numero: 1 }]), mirGrid(cleanMir())], { apiLevel: "1.7" });
    const workbook = new OfficeWorkbook(excel.run, excel.supports);
    const indicators = await insertIndicatorFollowUp(workbook, { quarter: 2 });
    expect(indicators.indicators).toBe(7);
    const coverage = await writeCoverage(workbook, openWorkbook(workbook, null), null);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["POA", "MIR", indicators.placement.name, coverage.placement.name]);
    expect(excel.book.sheet(indicators.placement.name)!.validations).toEqual([]);
    expect(lights(excel.book.grid(indicators.placement.name)).map(([, light]) => light)).toEqual(["NO SE MIDE", "NO SE MIDE", "SIN REPORTE", "SIN REPORTE", "SIN REPORTE", "SIN REPORTE", "SIN REPORTE"]);
  });
});
