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

/**
 * The sheet row (1-based) of an indicator's row with this CONCEPTO («ALCANZADO», «V1 ALCANZADO»),
 * the indicator known by its code, or by its level when it has none.
 */
const rowOf = (grid: Grid, indicator: string, concept: string) => {
  const at = grid.values.findIndex((row) => row?.[6] === concept && (row[1] ?? row[0]) === indicator);
  expect([indicator, concept, at >= 0]).toEqual([indicator, concept, true]);
  return at + 1;
};

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
    // A1.1 («Padrones integrados / 1») is followed by its value; A1.2 by its two variables,
    // Becas pagadas (V1) and Becas aprobadas (V2): 50 of 100 is 50 % of its meta of 100 %.
    await type(excel, "Indicadores", `H${rowOf(grid(), "A1.1", "ALCANZADO")}`, 1);
    await type(excel, "Indicadores", `H${rowOf(grid(), "A1.2", "V1 ALCANZADO")}`, 50);
    await type(excel, "Indicadores", `H${rowOf(grid(), "A1.2", "V2 ALCANZADO")}`, 100);
    expect(grid().values[rowOf(grid(), "A1.2", "ALCANZADO") - 1]![7]).toBe(50);
    expect(lights(grid()).slice(3, 5)).toEqual([
      ["A1.1", "ACEPTABLE"],
      ["A1.2", "CRÍTICO"],
    ]);
    const report = validateGrids(await workbook.readSheets());
    expect(report.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual([`indicator-justification Indicadores!O${rowOf(grid(), "A1.2", "ALCANZADO")}`]);
    expect(report.findings[0]!.message).toBe("El indicador «Porcentaje de becas pagadas» (Actividad A1.2) está en CRÍTICO al corte del trimestre 1 y no tiene JUSTIFICACIÓN. Escriba por qué.");
    // The quarterly report carries the indicators beside the activities' avance.
    const quarterly = buildQuarterlyReport([{ file: "becas.xlsx", model: readWorkbook(await workbook.readSheets()) }], 3, 2025);
    // Checked by hand: A1.1 achieved its one padrón; A1.2 paid 50 of 100 becas, 50 % of its 100 %.
    expect(quarterly.indicators.map((i) => [i.level, i.light, i.quarter, i.programmed, i.achieved, i.cumplimiento])).toEqual([
      ["Fin", "NO SE MIDE", 1, null, null, null],
      ["Propósito", "NO SE MIDE", 1, null, null, null],
      ["Componente C1", "NO SE MIDE", 1, null, null, null],
      ["Actividad A1.1", "ACEPTABLE", 1, 1, 1, 1],
      ["Actividad A1.2", "CRÍTICO", 1, 100, 50, 0.5],
      ["Componente C2", "SIN REPORTE", 1, 95, null, null],
      ["Actividad A2.1", "SIN REPORTE", 1, 12, null, null],
    ]);
    const reportSheet = buildQuarterlyReportSheet(quarterly);
    expect(reportSheet.cells.find((c) => typeof c.value === "string" && c.value.startsWith("INDICADORES DE LA MIR"))!.value).toBe("INDICADORES DE LA MIR: 7 · ACEPTABLE 1 · CRÍTICO 1 · SIN REPORTE 2 · NO SE MIDE 3");
    expect(reportSheet.cells.some((c) => c.value === "SIN JUSTIFICACIÓN")).toBe(true);
    // Inserted again at the next quarter: what was typed stays, the semáforo moves on.
    await type(excel, "Indicadores", `O${rowOf(grid(), "A1.2", "ALCANZADO")}`, "Retraso en la dispersión de los pagos");
    const again = await insertIndicatorFollowUp(workbook, { quarter: 2 });
    expect(again).toMatchObject({ kept: 4, placement: { name: "Indicadores", replaced: true } });
    const model = readWorkbook(await workbook.readSheets());
    const sheet = model.sheets.find((s) => s.indicators)!.indicators!;
    expect(sheet.quarter).toBe(2);
    expect(sheet.rows[4]!.achieved[0]!.raw).toBe(50);
    expect(sheet.rows[4]!.variables.map((v) => [v.label, v.achieved[0]!.raw])).toEqual([
      ["V1: Becas pagadas", 50],
      ["V2: Becas aprobadas", 100],
    ]);
    expect(sheet.rows[4]!.justification.text).toBe("Retraso en la dispersión de los pagos");
    expect(lights(grid())[2]).toEqual(["C1", "SIN REPORTE"]);
  });

  itWithLibreOffice("LibreOffice computes every formula of the sheet to the engine's cached result", async () => {
    const mirs = readWorkbook([mirGrid(cleanMir())]).sheets[0]!.mirs!;
    // A1.2 was followed by its value in an earlier sheet, and stays so; C2 by its variables.
    const earlier = new Map([
      [indicatorKey("Actividad", "A1.2", "Porcentaje de becas pagadas"), { programmed: [100, 100, 100, 100], achieved: [50, 98, null, null], justification: "", variables: [] }],
      [
        indicatorKey("Componente", "C2", "Porcentaje de asesorías otorgadas"),
        {
          programmed: [],
          achieved: [],
          justification: "",
          variables: [
            { programmed: [40, 40, null, null], achieved: [38, 30, null, null] },
            { programmed: [40, 50, null, null], achieved: [40, 0, null, null] },
          ],
        },
      ],
    ]);
    const { spec } = buildIndicatorSheet({ mirs, quarter: 2, year: 2025, earlier });
    const written = UserWorkbook.empty();
    await written.addSheet(spec);
    const computed = (await recalculateWithLibreOffice(await written.toBuffer())).get(spec.name)!;
    const formulas = spec.cells.filter((c) => c.formula);
    // Four formulas per indicator; eight more for each of the four computed from their variables (Fin, Propósito, C1, C2).
    expect(formulas.length).toBe(7 * 4 + 4 * 8);
    // LibreOffice's CSV gives numbers as text, a percentage with its sign.
    const value = (text: string): string | number => (/^-?[\d.]+%$/.test(text) ? Number(text.slice(0, -1)) / 100 : text !== "" && !Number.isNaN(Number(text)) ? Number(text) : text);
    const shown = (v: string | number) => (typeof v === "number" ? Number(v.toFixed(6)) : v);
    expect(formulas.map((c) => [c.row, c.col, shown(value(computed[c.row]![c.col]!))])).toEqual(formulas.map((c) => [c.row, c.col, shown(c.result!)]));
    const grid = { sheet: spec.name, origin: { row: 0, col: 0 }, values: [] as Grid["values"], merges: [] };
    for (const c of spec.cells) (grid.values[c.row] ??= [])[c.col] = c.formula ? (c.result ?? null) : (c.value ?? null);
    expect(grid.values[rowOf(grid, "A1.2", "ALCANZADO") - 1]![13]).toBe("ACEPTABLE");
    // C2 in the second quarter: 30 of 0 cannot be computed, so nothing is achieved yet; 40 of 50 were programmed (80 %); quarters with no variable typed program the meta, 95.
    expect(grid.values[rowOf(grid, "C2", "PROGRAMADO") - 1]!.slice(7, 11)).toEqual([100, 80, 95, 95]);
    expect(grid.values[rowOf(grid, "C2", "ALCANZADO") - 1]!.slice(7, 14)).toEqual([95, "", "", "", 0, "", "SIN REPORTE"]);
  }, 60_000);
});

describe("mir-meta-calendar: the quarters' program against the annual meta", () => {
  it("a percentage reaches its meta in its last quarter; a count adds up to it or reaches it accumulated", async () => {
    const { excel, workbook } = excelWithMir();
    await insertIndicatorFollowUp(workbook, { quarter: 1 });
    const calendar = async () => validateGrids(await workbook.readSheets()).findings.filter((f) => f.ruleId === "mir-meta-calendar");
    expect(await calendar()).toEqual([]);
    const grid = () => excel.book.grid("Indicadores");
    // A1.2, a percentage with a meta of 100, programs 90 of 100 becas in its last quarter; A2.1 (advisers, meta 12) two a quarter.
    await type(excel, "Indicadores", `K${rowOf(grid(), "A1.2", "V1 PROGRAMADO")}`, 90);
    await type(excel, "Indicadores", `K${rowOf(grid(), "A1.2", "V2 PROGRAMADO")}`, 100);
    const advisers = rowOf(grid(), "A2.1", "PROGRAMADO");
    for (const col of ["H", "I", "J", "K"]) await type(excel, "Indicadores", `${col}${advisers}`, 2);
    const found = await calendar();
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      [`K${rowOf(grid(), "A1.2", "PROGRAMADO")}`, "«Porcentaje de becas pagadas» es un porcentaje: lo programado en su último trimestre (90) debe ser su meta anual (100)."],
      [`K${advisers}`, "Lo programado de «Asesores capacitados» suma 8 en los trimestres y llega a 2 en el último, pero su meta anual es 12."],
    ]);
    // Three a quarter add up to the 12 advisers: a count may be spread over the quarters.
    for (const col of ["H", "I", "J", "K"]) await type(excel, "Indicadores", `${col}${advisers}`, 3);
    expect((await calendar()).map((f) => f.cell)).toEqual([`K${rowOf(grid(), "A1.2", "PROGRAMADO")}`]);
  });

  it("each variable's quarters add up to its annual value (NUMERADOR, DENOMINADOR), or reach it", async () => {
    const { excel, workbook } = excelWithMir();
    await insertIndicatorFollowUp(workbook, { quarter: 4 });
    const grid = () => excel.book.grid("Indicadores");
    const calendar = async () => validateGrids(await workbook.readSheets()).findings.filter((f) => f.ruleId === "mir-meta-calendar");
    // The Propósito's 450 becarios of 500 are programmed in its one quarter, the fourth.
    const numerator = rowOf(grid(), "Propósito", "V1 PROGRAMADO");
    expect(grid().values[numerator - 1]!.slice(5, 11)).toEqual([450, "V1 PROGRAMADO", null, null, null, 450]);
    expect(await calendar()).toEqual([]);
    // 100 in the first quarter and 300 in the fourth: neither 450 in all nor 450 at the end.
    await type(excel, "Indicadores", `H${numerator}`, 100);
    await type(excel, "Indicadores", `K${numerator}`, 300);
    expect((await calendar()).map((f) => [f.cell, f.message])).toEqual([
      [`K${rowOf(grid(), "Propósito", "PROGRAMADO")}`, "«Porcentaje de becarios que concluyen el ciclo» es un porcentaje: lo programado en su último trimestre (60) debe ser su meta anual (90)."],
      [`K${numerator}`, "Lo programado de «V1: Becarios que concluyen» en «Porcentaje de becarios que concluyen el ciclo» suma 400 en los trimestres y llega a 300 en el último, pero su valor anual es 450."],
    ]);
  });
});

describe("mir-zero-denominator in the follow-up: a variable that divides, at 0", () => {
  it("programmed at 0 is an error; achieved at 0 a warning that says what the semáforo shows", async () => {
    const { excel, workbook } = excelWithMir();
    await insertIndicatorFollowUp(workbook, { quarter: 1 });
    const grid = () => excel.book.grid("Indicadores");
    // A1.2: «(Becas pagadas / Becas aprobadas) * 100»; Becas aprobadas (V2) divides, Becas pagadas (V1) does not.
    await type(excel, "Indicadores", `H${rowOf(grid(), "A1.2", "V1 ALCANZADO")}`, 0);
    await type(excel, "Indicadores", `H${rowOf(grid(), "A1.2", "V2 ALCANZADO")}`, 0);
    await type(excel, "Indicadores", `I${rowOf(grid(), "A1.2", "V2 PROGRAMADO")}`, 0);
    const found = validateGrids(await workbook.readSheets()).findings.filter((f) => f.ruleId === "mir-zero-denominator");
    expect(found.map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["error", `I${rowOf(grid(), "A1.2", "V2 PROGRAMADO")}`, "«V2: Becas aprobadas» divide en el método de «Porcentaje de becas pagadas», y lo PROGRAMADO del trimestre 2 es 0: el indicador no se puede calcular ese trimestre."],
      ["warning", `H${rowOf(grid(), "A1.2", "V2 ALCANZADO")}`, "«V2: Becas aprobadas» divide en el método de «Porcentaje de becas pagadas», y lo ALCANZADO del trimestre 1 es 0: el indicador no se calcula ese trimestre y su semáforo dice SIN REPORTE. Si de verdad fue 0, explíquelo en JUSTIFICACIÓN."],
    ]);
    expect(lights(grid())[4]).toEqual(["A1.2", "SIN REPORTE"]);
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
    const advisers = `H${rowOf(excel.book.grid("Indicadores 2021"), "A2.1", "PROGRAMADO")}`;
    expect(found.map((f) => [f.sheet, f.cell])).toEqual([["Indicadores 2021", advisers]]);
    expect(found[0]!.message).toBe("Lo programado de «Asesores capacitados» en el trimestre 1 es 12, pero sus actividades del POA programan 6 ese trimestre (6 acumulado).");
    await type(excel, "Indicadores 2021", advisers, 6);
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

describe("variables named by letters only", () => {
  it("are labelled V1, V2 (or V1 (A), V2 (B)), not «V1: V1»", () => {
    const lines = cleanMir().map((l, i) => (i === 1 ? { ...l, metodo: "(V1/V2)*100" } : i === 2 ? { ...l, metodo: "(A / B) x 100" } : l));
    const { spec } = buildIndicatorSheet({ mirs: readWorkbook([mirGrid(lines)]).sheets[0]!.mirs!, quarter: 1, year: 2025, earlier: new Map() });
    const labels = spec.cells.filter((c) => c.col === 2 && typeof c.value === "string" && /^V\d/.test(c.value)).map((c) => c.value);
    expect([...new Set(labels)]).toEqual(expect.arrayContaining(["V1", "V2", "V1 (A)", "V2 (B)"]));
    expect(labels.some((l) => l === "V1: V1")).toBe(false);
  });
});
