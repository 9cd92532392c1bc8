import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import ExcelJS from "exceljs";
import { toA1 } from "../src/domain/a1";
import { readWorkbook } from "../src/domain/reader";
import { readPlan } from "../src/domain/plan/catalog";
import { buildTemplate, type TemplateLayout } from "../src/domain/templates";
import { withPlanLists } from "../src/domain/templates/planLists";
import { validateGrids } from "../src/domain/validate";
import { cellsOf } from "./support/cells";
import { gridOf } from "./support/grid";
import { loadWithExcelJS } from "./support/exceljsGrid";
import { filledInstitutional, PAGES, UNITS } from "./support/institutionalTemplate";
import { INSTITUTIONAL_CELLS } from "../src/domain/templates/institutional";
import { itWithLibreOffice, recalculateWithLibreOffice } from "./support/libreoffice";

jest.setTimeout(120_000);

async function templateWorkbook(family: "municipal-2021" | "municipal-2022", activities = 3) {
  const workbook = UserWorkbook.empty();
  const { spec, layout } = buildTemplate({ family, year: 2025, secretaria: "Secretaría de Planeación", activities });
  const name = await workbook.addSheet(spec);
  return { workbook, layout: layout!, name };
}

/** The template typed into as a user would, in a spreadsheet program: ExcelJS stands in for it. */
async function typedInto(workbook: UserWorkbook, name: string, type: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const excel = await loadWithExcelJS(await workbook.toBuffer());
  type(excel.getWorksheet(name)!);
  return new Uint8Array(await excel.xlsx.writeBuffer());
}

/** What a user types into the blanks of a template. */
const TYPED = {
  nombre: "Acceso a la información",
  beneficiarios: "M 74,535 H 71,612",
  eje: "Capital de la Nueva Gobernanza",
  numero: 4,
  meta: "Subir 9 tablas a la Plataforma Nacional de Transparencia",
  objetivo: "Transparentar la gestión",
  linea: "3.5 Rendición de cuentas",
  inversion: 10000,
  partida: "2111, 2611",
  estrategia: "3.5.1 Informar",
  proposito: "Proveer la información necesaria",
};
const ACTIVITIES = [
  ["Dar contestación a solicitudes", "Dpto. Seguimiento", "Solicitud", 0, "Solicitudes atendidas", 5, [null, null, 1, null, 1, null, 1, null, 1, null, 1, null]],
  ["Asistir a capacitaciones", "Dpto. Seguimiento", "Capacitación", 10000, "Capacitaciones asistidas", 3, [null, null, null, 1, null, null, 1, null, null, 1, null, null]],
  ["Subir tablas", "Dpto. Seguimiento", "Registro", 0, "Registros realizados", 36, [9, null, null, 9, null, null, 9, null, null, 9, null, 12]],
] as const;

function fill(ws: ExcelJS.Worksheet, layout: TemplateLayout): void {
  for (const [field, at] of Object.entries(layout.fields)) {
    const value = TYPED[field as keyof typeof TYPED];
    if (value !== undefined && field !== "secretaria") ws.getCell(at.row + 1, at.col + 1).value = value;
  }
  ACTIVITIES.forEach(([actividad, area, unidad, inversion, indicador, anual, months], i) => {
    const row = ws.getRow(layout.firstActivityRow + i + 1);
    const c = layout.columns;
    row.getCell(c.actividad + 1).value = actividad;
    row.getCell(c.area + 1).value = area;
    row.getCell(c.unidad + 1).value = unidad;
    row.getCell(c.inversion + 1).value = inversion;
    row.getCell(c.indicador + 1).value = indicador;
    row.getCell(c.anual + 1).value = anual;
    months.forEach((m, k) => (row.getCell(c.periods[k]! + 1).value = m));
  });
}

describe("POA templates", () => {
  it.each(["municipal-2021", "municipal-2022"] as const)("%s: a template not filled in yet is one note, not an error per empty field", async (family) => {
    const { workbook, layout, name } = await templateWorkbook(family);
    const report = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    expect(report.stats).toEqual({ sheets: 1, actions: 0, activities: 0 });
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["layout info A1"]);
    expect(report.findings[0]!.message).toMatch(/^Plantilla sin llenar/);
    // One typed value and it is an action like any other, with its empty required fields.
    workbook.setCell(name, toA1(layout.fields.nombre!.row, layout.fields.nombre!.col), "Audiencias");
    const typed = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    expect(typed.stats.actions).toBe(1);
    expect(new Set(typed.findings.map((f) => f.ruleId))).toEqual(new Set(["required-field"]));
    expect(typed.model.sheets[0]!.actions[0]!.family).toBe(family);
  });

  it.each(["municipal-2021", "municipal-2022"] as const)("%s: a filled template reads back exactly as typed", async (family) => {
    const { workbook, layout, name } = await templateWorkbook(family);
    const reread = UserWorkbook.open(await typedInto(workbook, name, (ws) => fill(ws, layout)));
    const model = readWorkbook(await reread.readSheets());
    const [action] = model.sheets[0]!.actions;
    const texts = Object.fromEntries(Object.entries(action!.fields).map(([k, f]) => [k, f!.value.raw]));
    const expected: Record<string, unknown> = { ...TYPED, secretaria: "Secretaría de Planeación" };
    delete expected[family === "municipal-2022" ? "objetivo" : "linea"];
    expect(texts).toEqual(expected);
    expect(action!.activities.map((a) => [a.actividad.text, a.area?.text, a.unidad?.text, a.inversion?.raw, a.indicador?.text, a.anual?.raw, a.periods.map((p) => p.raw)])).toEqual(
      ACTIVITIES.map((a) => [...a.slice(0, 6), [...a[6]]]),
    );
    const report = validateGrids(await reread.readSheets());
    expect(report.findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["monthly-sum F15"]);
  });

  it("writes number formats, validations, print setup and the signature block", async () => {
    const { workbook, name, layout } = await templateWorkbook("municipal-2021", 5);
    const ws = (await loadWithExcelJS(await workbook.toBuffer())).getWorksheet(name)!;
    const first = layout.firstActivityRow + 1;
    expect(ws.getCell(`D${first}`).numFmt).toBe('"$"#,##0.00');
    expect(ws.getCell(`G${first}`).numFmt).toBe("#,##0");
    expect(ws.getCell(`H${first}`).dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "11:12" });
    expect(ws.getCell(`B${first + 5 + 2}`).value).toBe("ELABORÓ");
    expect(ws.getCell(`N${first + 5 + 2}`).value).toBe("AUTORIZÓ");
  });

  itWithLibreOffice("computes the live check in a real spreadsheet engine: ✓ (0) when the months add up, the difference otherwise", async () => {
    const { workbook, layout, name } = await templateWorkbook("municipal-2022", 4);
    const bytes = await typedInto(workbook, name, (ws) => fill(ws, layout));
    const [finding] = validateGrids(await XlsxReader.open(bytes).readSheets()).findings.filter((f) => f.ruleId === "monthly-sum");
    const sheets = await recalculateWithLibreOffice(bytes);
    const rows = sheets.get(name)!;
    const check = (i: number) => rows[layout.firstActivityRow + i]![layout.columns.check];
    expect([check(0), check(1), check(2), check(3)]).toEqual(["0", "0", String(Number(finding!.actual) - Number(finding!.expected)), ""]);
    expect(finding!.cell).toBe(toA1(layout.firstActivityRow + 2, layout.columns.anual));
  });

  it("never writes over another sheet: a second template gets its own name and the first is untouched", async () => {
    const { workbook, name } = await templateWorkbook("municipal-2021");
    const before = (await workbook.readSheets()).map(cellsOf);
    const second = await workbook.addSheet(buildTemplate({ family: "municipal-2021", year: 2025 }).spec);
    expect([name, second]).toEqual(["POA 2025 municipal (EJE)", "POA 2025 municipal (EJE) (2)"]);
    // The 2022 headings get a name of their own.
    expect(buildTemplate({ family: "municipal-2022", year: 2025 }).spec.name).toBe("POA 2025 municipal");
    const after = await workbook.readSheets();
    expect(after.slice(0, 1).map(cellsOf)).toEqual(before);
  });

  it("rejects impossible options with Spanish messages", () => {
    expect(() => buildTemplate({ family: "municipal-2021", year: 1850 })).toThrow(/El año debe estar entre 2000 y 2100/);
    expect(() => buildTemplate({ family: "municipal-2021", year: 2025, activities: 0 })).toThrow(/al menos 1 actividad/);
  });
});

describe("the state institutional (quarterly) template", () => {
  it("is laid out as the filed form: its captions, numbered, in its order", () => {
    const { spec } = buildTemplate({ family: "institucional", year: 2024, secretaria: "Secretaría de Seguridad Pública" });
    const text = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col)?.value;
    expect([text(0, 0), text(1, 0), text(3, 0), text(5, 0), text(6, 0), text(7, 0)]).toEqual([
      "PROGRAMA OPERATIVO ANUAL (POA)",
      "Institucional 2024",
      "INSTITUCIÓN (1):",
      "Programa Presupuestal (2):",
      "UR PRINCIPAL (3):",
      "UR DERIVADA (3):",
    ]);
    expect([text(24, 0), text(24, 1), text(24, 2), text(25, 7), text(26, 8), text(24, 19)]).toEqual([
      "UR (específica) (13)",
      "No. ACT (14)",
      "ACTIVIDAD (DESCRIPCIÓN) (15)",
      "META ANUAL (19)",
      "1er. TRIM (20)",
      "JUSTIFICACIÓN DE RESULTADOS (23)",
    ]);
    expect(spec.name).toBe("POA 2024 estatal");
  });

  it("a template not filled in yet is one note", async () => {
    const workbook = UserWorkbook.empty();
    await workbook.addSheet(buildTemplate({ family: "institucional", year: 2024, secretaria: "Secretaría de Seguridad Pública" }).spec);
    const report = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["layout info A1"]);
  });

  it("a filled template reads back as typed, with 0 findings", async () => {
    const { bytes } = await filledInstitutional();
    const grids = await XlsxReader.open(bytes).readSheets();
    const [action] = readWorkbook(grids).sheets[0]!.actions;
    expect(action!.family).toBe("institucional");
    expect(action!.periodKind).toBe("quarterly");
    const header = action!.institutional!;
    expect([header.institucion?.text, header.programa?.text]).toEqual(["Secretaría de Seguridad Pública", "E015 Seguridad pública"]);
    expect(header.units.map((u) => [u.label.text, `${u.code.text} ${u.name.text}`, u.assigned.raw, u.spent.map((s) => s.raw)])).toEqual(
      UNITS.map(([name, assigned, spent], i) => [i === 0 ? "UR PRINCIPAL" : "UR DERIVADA", name, assigned, [...spent]]),
    );
    expect(header.ped[0]?.value.text).toBe("Eje 1 Seguridad humana");
    expect(header.classification.slice(0, 2).map((c) => [c.label.text, c.code.text, c.name.text])).toEqual([
      ["Finalidad", "1", "Gobierno"],
      ["Función", "7", "Asuntos de Orden Público y de Seguridad Interior"],
    ]);
    expect(
      action!.activities.map((a) => [a.followUp?.ur?.text, a.followUp?.number?.text, a.actividad.text, a.inversion?.raw, a.unidad?.text, a.anual?.raw, a.periods.map((p) => p.raw), a.followUp?.realized.map((p) => p.raw)]),
    ).toEqual(PAGES[0]!.map((r) => [r[0], String(r[1]), r[2], r[3], r[4], r[5], [...r[6]], [...r[7]]]));
    expect(validateGrids(grids).findings).toEqual([]);
  });

  itWithLibreOffice("computes TOTAL ACUMULADO, % DE AVANCE and each UR's progress in a real spreadsheet engine", async () => {
    const { bytes, sheets } = await filledInstitutional();
    const rows = (await recalculateWithLibreOffice(bytes)).get(sheets[0]!)!;
    const first = INSTITUTIONAL_CELLS.firstActivityRow;
    // LibreOffice writes percentages as it shows them: "49.1666666666667%".
    const percent = (text: string | undefined) => Number(String(text).replace("%", "")) / 100;
    expect(rows.slice(first, first + 2).map((r) => [r[16], percent(r[17]).toFixed(4)])).toEqual([
      ["590", (590 / 1200).toFixed(4)],
      ["5", (5 / 12).toFixed(4)],
    ]);
    expect(percent(rows[INSTITUTIONAL_CELLS.units[0]]![7])).toBeCloseTo(550_000 / 1_200_000, 10);
  });
});

describe("a template with the development plan loaded", () => {
  const PLAN = readPlan(
    [gridOf("PMD", [["3.1 Planeación y evaluación para la mejora continua"], ["3.1.1 Transitar a la nueva gobernanza"], ["3.5 Rendición de cuentas"], ["3.5.1 Informar"], ["3.5.2 Abrir los datos del municipio"]])],
    "PMD.xlsx",
  );

  it("offers the plan's líneas and estrategias as drop-downs, its lists hidden and off paper; filled, it reads back with no new finding", async () => {
    const workbook = UserWorkbook.empty();
    const built = buildTemplate({ family: "municipal-2022", year: 2025, secretaria: "Secretaría de Planeación", activities: 3 });
    const name = await workbook.addSheet(withPlanLists(built, PLAN));
    const excel = await loadWithExcelJS(await workbook.toBuffer());
    const ws = excel.getWorksheet(name)!;
    const { linea, estrategia } = built.layout!.fields;
    expect(ws.getCell(linea!.row + 1, linea!.col + 1).dataValidation).toMatchObject({ type: "list", formulae: ["$U$2:$U$3"] });
    expect(ws.getCell(estrategia!.row + 1, estrategia!.col + 1).dataValidation).toMatchObject({ type: "list", formulae: ["$V$2:$V$4"] });
    expect([ws.getCell("U3").value, ws.getCell("V4").value]).toEqual(["3.5 Rendición de cuentas", "3.5.2 Abrir los datos del municipio"]);
    expect([20, 21, 22].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, true]);
    // Filled as a user would, choosing from the lists: the same findings as without them.
    const reread = await typedInto(workbook, name, (sheet) => fill(sheet, built.layout!));
    const report = validateGrids(await XlsxReader.open(reread).readSheets(), { plan: PLAN });
    expect(report.findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["monthly-sum F15"]);
  });

  it("the state form: each activity's Estrategia Vinculante from the plan's estrategias", () => {
    const state = readPlan([gridOf("PED", [["CLAVE", "DESCRIPCIÓN"], ["ER1-2.1", "Fortalecimiento de las instituciones de seguridad"], ["ER1-2.1.1", "Profesionalizar a las instituciones"], ["ER1-2.1.2", "Equipar a las corporaciones"]])], "PED.xlsx");
    const built = buildTemplate({ family: "institucional", year: 2025, activities: 4 });
    const spec = withPlanLists(built, state);
    const validation = spec.validations.find((v) => v.kind === "range-list")!;
    const clave = built.spec.cells.find((c) => c.value === "Estrategia Vinculante (clave) (17)")!;
    expect(validation.area).toEqual({ top: built.layout!.firstActivityRow, left: clave.col, bottom: built.layout!.firstActivityRow + 3, right: clave.col });
    expect(spec.cells.filter((c) => validation.kind === "range-list" && c.col === validation.source.left && c.row >= 1).map((c) => c.value)).toEqual([
      "ER1-2.1.1 Profesionalizar a las instituciones",
      "ER1-2.1.2 Equipar a las corporaciones",
    ]);
  });
});
