import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseA1 } from "../../src/domain/a1";
import type { Cell, Grid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { validateGrids } from "../../src/domain/validate";
import { filledInstitutional, PAGES, UNITS } from "../support/institutionalTemplate";

const brief = (grids: Grid[]) => validateGrids(grids).findings.map((f) => `${f.ruleId} ${f.severity} ${f.sheet}!${f.cell}`);

describe("the state security secretariat's 2024 POA, as filed", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/estatal-sspc-2024.xlsx"))).readSheets();
  });

  it("is read page by page, with its captions numbered and its values beside, below or inside them", () => {
    const pages = readWorkbook(grids).sheets.flatMap((s) => s.actions);
    expect(pages.map((p) => [p.sheet, p.family, p.title?.year, p.activities.length])).toEqual([
      ["POA 1", "institucional", 2024, 5],
      ["POA 2", "institucional", 2024, 5],
      ["POA 3", "institucional", 2024, 3],
      ["POA 4", "institucional", 2024, 1],
    ]);
    const [first, second] = pages;
    // Page 1: the institution two rows under its caption, the program and units in their caption's cell.
    expect(first!.institutional!.institucion?.cell).toBe("A8");
    expect(first!.institutional!.programa?.text).toBe("DESARROLLO TECNOLÓGICO-INFORMÁTICO PARA LA INNOVACIÓN GUBERNAMENTAL");
    expect(first!.institutional!.units.map((u) => [u.label.text, u.code.text, u.name.text, u.assigned.raw, u.spent.map((s) => s.raw)])).toEqual([
      ["UR PRINCIPAL", "06", "UNIDAD DE ANALISIS DE INFORMACION TECNOLOGICA", 697403, [174351, 174351, 174351, 174351]],
      ["UR DERIVADA", "63", "DEPARTAMENTO DE INFORMATICA", 224114, [56028, 56028, 56028, 56028]],
    ]);
    expect(first!.institutional!.classification.map((c) => [c.label.text, c.code.text, c.name.text])).toEqual([
      ["Finalidad", "1", "GOBIERNO"],
      ["Función", "5", "ASUNTOS FINANCIEROS Y HACENDARIOS"],
      ["Subfunción", "2", "ASUNTOS HACENDARIOS"],
      ["Modalidad", "M", "APOYO AL PROCESO PRESUPUESTARIO Y PARA MEJORAR LA EFICIENCIA INSTITUCIONAL"],
    ]);
    // Realized sits in M:P even where the captions drifted (page 1 prints 3o./4o. TRIM over S:T).
    expect(first!.activities[0]!.followUp!.realized.map((r) => r.cell)).toEqual(["M35", "N35", "O35", "P35"]);
    expect(first!.activities[0]!.followUp!.total?.cell).toBe("Q35");
    // Activity 6.6 slid eight columns: still known as UR 6's, with its amount, but not summed.
    const slid = second!.activities[0]!;
    expect([slid.shifted, slid.followUp?.ur?.text, slid.inversion?.raw, slid.actividad.cell]).toEqual([true, "6", 69740, "K32"]);
  });

  it("finds its real defects and no false error", () => {
    const report = validateGrids(grids);
    const byRule = (severity: string) =>
      report.findings
        .filter((f) => f.severity === severity)
        .map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
    // Pages 3 and 4 keep page 1's EJE GENERAL (ER1-2.1) over activities linked to ER1-2.5.5.
    expect(byRule("error")).toEqual(["header-consistency POA 2!B22", "monthly-sum POA 2!H36", "alignment-nesting POA 3!E33", "alignment-nesting POA 4!E33"]);
    expect(report.findings.find((f) => f.ruleId === "monthly-sum")).toMatchObject({ expected: 62, actual: 52 });
    expect(byRule("warning")).toEqual([
      "ur-investment POA 1!B11",
      "ur-investment POA 1!B12",
      "avance POA 1!M39",
      "classification POA 2!C22",
      "classification POA 2!C23",
      "layout POA 2!K32",
      "layout POA 2!S33",
      "layout POA 2!S34",
      "layout POA 2!S35",
      "layout POA 2!S36",
      "layout POA 4!D8",
    ]);
    // Evenly split amounts: 10 × 69,740 for 697,403 and 4 × 56,028 for 224,114 are rounding.
    expect(report.findings.filter((f) => f.ruleId === "ur-investment").map((f) => [f.expected, f.actual])).toEqual([
      [697403, 697400],
      [224114, 224112],
    ]);
  });
});

describe("the state template, filled in", () => {
  let clean: Grid[];
  let sheets: string[];
  beforeAll(async () => {
    const filled = await filledInstitutional();
    sheets = filled.sheets;
    clean = await XlsxReader.open(filled.bytes).readSheets();
  });

  /** The filled template with some cells changed, on the first page or on every page. */
  function inject(changes: Record<string, Cell>, everyPage = false): Grid[] {
    return clean.map((grid, i) => {
      if (i > 0 && !everyPage) return grid;
      const copy = structuredClone(grid);
      for (const [address, value] of Object.entries(changes)) {
        const at = parseA1(address)!;
        (copy.values[at.row] ??= [])[at.col] = value;
      }
      return copy;
    });
  }

  it("reads back as typed and passes clean", () => {
    const pages = readWorkbook(clean).sheets.flatMap((s) => s.actions);
    expect(pages.map((p) => [p.sheet, p.activities.length])).toEqual(sheets.map((s, i) => [s, PAGES[i]!.length]));
    expect(pages[0]!.institutional!.units.map((u) => [u.code.text, u.assigned.raw])).toEqual(UNITS.map(([unit, assigned]) => [unit.slice(0, 4), assigned]));
    expect(brief(clean)).toEqual([]);
  });

  const first = () => sheets[0];
  it.each<[string, Record<string, Cell>, boolean, string[]]>([
    ["a quarter that breaks META ANUAL", { I28: 400 }, false, ["monthly-sum error @H28"]],
    ["a TOTAL ACUMULADO that is not Σ REALIZADO", { Q29: 24 }, false, ["avance error @Q29"]],
    ["a % DE AVANCE that is not acumulado / meta", { R28: 0.55 }, false, ["avance error @R28"]],
    ["realized ahead of the calendar (a warning)", { M29: 4, N29: 1 }, false, ["avance warning @M29"]],
    ["realized typed as words", { M28: "doscientos" }, false, ["realized-text error @M28"]],
    ["realized far above the calendar: one warning, not two", { M29: 30 }, false, ["realized-above-programmed warning @N29", "avance error @Q29", "avance error @R29"]],
    ["a classification name that is not CONAC's", { C18: "Seguridad pública" }, true, ["classification warning @C18"]],
    ["a subfunción that does not exist", { B19: 9 }, true, ["classification warning @B19"]],
    ["a UR assigned more than its activities", { C7: 1_400_000 }, true, ["ur-investment error @C7"]],
    ["a UR off by cents (a warning)", { C8: 300_000.4 }, true, ["ur-investment warning @C8"]],
  ])("catches %s at its cell", (_, changes, everyPage, expected) => {
    expect(brief(inject(changes, everyPage))).toEqual(expected.map((e) => e.replace("@", `${first()}!`)));
  });

  it("catches a page whose header disagrees with the others", () => {
    const grids = clean.map((g, i) => (i === 1 ? inject({ B18: 6 }, true)[1]! : g));
    const differs = validateGrids(grids).findings.filter((f) => f.ruleId === "header-consistency");
    expect(differs.map((f) => [f.sheet, f.cell, f.expected, f.actual])).toEqual([[sheets[1], "B18", "7", "6"]]);
    expect(differs[0]!.message).toBe("Función (clave) dice «6» en esta página, pero «7» en las demás páginas del POA.");
  });

  it("says which row slid sideways, and checks nothing else on it", () => {
    const grids = structuredClone(clean);
    grids[0]!.values[28] = [null, ...grids[0]!.values[28]!];
    expect(brief(grids)).toEqual([`layout warning ${sheets[0]}!D29`]);
    expect(validateGrids(grids).findings[0]!.message).toBe("La fila 29 parece desplazada: hay valores bajo encabezados que no les corresponden.");
  });
});
