import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { parseA1 } from "../../src/domain/a1";
import type { Cell, Grid } from "../../src/domain/grid";
import { readWorkbook } from "../../src/domain/reader";
import { validateGrids } from "../../src/domain/validate";
import { pageTops } from "../support/institutionalFixture";

let clean: Grid[];
beforeAll(async () => {
  clean = await (await XlsxWorkbook.open(readFileSync(join(__dirname, "../fixtures/institucional-seguridad-2024.xlsx")))).readSheets();
});

/** The fixture with some cells changed; `everyPage` repeats a header change on all three pages. */
function inject(changes: Record<string, Cell>, everyPage = false): Grid[] {
  const grid = structuredClone(clean[0]!);
  const offsets = everyPage ? pageTops().map((top) => top - 1) : [0];
  for (const [address, value] of Object.entries(changes)) {
    for (const offset of offsets) {
      const at = parseA1(address)!;
      const row = (grid.values[at.row + offset] ??= []);
      row[at.col] = value;
    }
  }
  return [grid];
}

const brief = (grids: Grid[]) => validateGrids(grids).findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`);

describe("the state institutional fixture", () => {
  it("is read page by page: three pages, two URs, eight activities, and it passes clean", () => {
    const [sheet] = readWorkbook(clean).sheets;
    expect(sheet!.actions.map((a) => [a.anchor, a.activities.length])).toEqual([
      ["A1", 4],
      ["A17", 3],
      ["A32", 1],
    ]);
    expect(sheet!.actions[0]!.institutional!.units.map((u) => [u.code.text, u.assigned.raw])).toEqual([
      ["0801", 1500000],
      ["0802", 450000],
    ]);
    expect(brief(clean)).toEqual([]);
  });

  it.each<[string, Record<string, Cell>, boolean, string[]]>([
    ["a quarter that breaks META ANUAL", { I11: 400 }, false, ["monthly-sum error H11"]],
    ["a TOTAL ACUMULADO that is not Σ REALIZADO", { Q12: 24 }, false, ["avance error Q12"]],
    ["a % DE AVANCE that is not acumulado / meta", { R13: 55 }, false, ["avance error R13"]],
    ["realized ahead of the calendar (a warning)", { M14: 3, N14: 1 }, false, ["avance warning M14"]],
    ["a classification name that is not CONAC's", { G8: "Seguridad pública" }, true, ["classification warning G8"]],
    ["a subfunción that does not exist", { K8: "1.7.9" }, true, ["classification warning K8"]],
    ["a UR assigned more than its activities", { H4: 1400000 }, true, ["ur-investment error H4"]],
    ["a UR off by cents (a warning)", { H5: 450000.4 }, true, ["ur-investment warning H5"]],
  ])("catches %s at its cell", (_, changes, everyPage, expected) => {
    expect(brief(inject(changes, everyPage))).toEqual(expected);
  });

  it("catches a page whose header disagrees with the others", () => {
    const findings = validateGrids(inject({ F24: "1.6" })).findings;
    const differs = findings.filter((f) => f.ruleId === "header-consistency");
    expect(differs.map((f) => [f.cell, f.expected, f.actual])).toEqual([["F24", "1.7", "1.6"]]);
    expect(differs[0]!.message).toBe("FUNCIÓN (clave) dice «1.6» en esta página, pero «1.7» en las demás páginas del POA.");
  });

  it("copes with the header labels in an unexpected order", () => {
    const grid: Grid = { sheet: " ", origin: { row: 0, col: 0 }, values: [["PROGRAMA PRESUPUESTAL", "INSTITUCIÓN"]], merges: [] };
    const findings = validateGrids([grid]).findings;
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([
      ["layout", "A1"],
      ["required-field", "B1"],
    ]);
  });

  it("says which row slid sideways, and checks nothing else on it", () => {
    const grid = structuredClone(clean[0]!);
    grid.values[27] = [null, ...grid.values[27]!];
    expect(brief([grid])).toEqual(["layout warning C28"]);
    expect(validateGrids([grid]).findings[0]!.message).toBe("La fila 28 parece desplazada: hay valores bajo encabezados que no les corresponden.");
  });
});
