import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/adapters/office/OfficeWorkbook";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { toA1 } from "../../src/domain/a1";
import { buildFollowUpSheet } from "../../src/domain/followup";
import type { Grid } from "../../src/domain/grid";
import { secretariaOf, workbookYear } from "../../src/domain/queries";
import { readWorkbook } from "../../src/domain/reader";
import { type SheetSpec, sheetCells } from "../../src/domain/sheets/spec";
import { buildSummarySheet, summarize } from "../../src/domain/summary";
import { validateGrids } from "../../src/domain/validate";
import { SimulatedExcel } from "../../src/simulator";
import { evaluate, NOT_COMPUTED } from "../../src/simulator/formula";

const fixture = (name: string): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name))).readSheets();

/** Every formula of a sheet we write, computed by the simulator, against what the engine says it is. */
async function disagreements(grids: Grid[], spec: SheetSpec): Promise<string[]> {
  const excel = SimulatedExcel.of(grids);
  const name = await new OfficeWorkbook(excel.run, excel.supports).addSheet(spec);
  const values = excel.book.grid(name).values;
  const out: string[] = [];
  for (const cell of sheetCells(spec).cells) {
    if (!cell.formula || cell.result === undefined) continue;
    const got = values[cell.row]?.[cell.col] ?? "";
    const shown = typeof got === "object" && got !== null ? ("error" in got ? got.error : String(got)) : got;
    const same = typeof cell.result === "number" && typeof shown === "number" ? Math.abs(cell.result - shown) < 1e-9 : (shown ?? "") === cell.result;
    if (!same) out.push(`${toA1(cell.row, cell.col)} ${cell.formula} → ${JSON.stringify(shown)}, engine ${JSON.stringify(cell.result)}`);
  }
  return out;
}

describe("the simulator's formulas agree with the engine's cached results", () => {
  it("on the follow-up sheet (SUMIF, SUMPRODUCT, MATCH, IF, AND, N and references to the POA)", async () => {
    const grids = await fixture("secretaria-particular-2021.xlsx");
    const model = readWorkbook(grids);
    const { spec } = buildFollowUpSheet({ model, year: workbookYear(model), cutoff: 3, secretaria: secretariaOf(model) });
    expect(sheetCells(spec).cells.filter((c) => c.formula).length).toBeGreaterThan(500);
    expect(await disagreements(grids, spec)).toEqual([]);
  });

  it("on the summary sheet (SUM, IF, OR)", async () => {
    const grids = await fixture("secretaria-planeacion-2022.xlsx");
    const spec = buildSummarySheet(summarize(validateGrids(grids)), { withFile: false, sources: 1 });
    expect(await disagreements(grids, spec)).toEqual([]);
  });

  it("says what it does not compute, instead of guessing", () => {
    expect(evaluate("=VLOOKUP(1,A1:B2,2,0)", () => "")).toBe(NOT_COMPUTED);
    expect(evaluate("=1/0", () => "")).toBe("#DIV/0!");
    expect(evaluate('=SUMPRODUCT((A1:C1<=2)*(A2:C2<>""))', (_, r, c) => (r === 0 ? c + 1 : c === 1 ? "" : 5))).toBe(1);
    expect(evaluate('=SUMIF(A1:C1,"<="&2,A2:C2)', (_, r, c) => (r === 0 ? c + 1 : 10 * (c + 1)))).toBe(30);
    expect(evaluate('=MATCH("marzo",A1:C1,0)', (_, __, c) => ["ENERO", "FEBRERO", "MARZO"][c]!)).toBe(3);
    // An empty cell is 0 to a number and "" to a text; the text "" is not 0.
    expect(evaluate('=IF(A1>0,"sí","no")', () => null)).toBe("no");
    expect(evaluate('=A1=""', () => null)).toBe(true);
    expect(evaluate('=A1=""', () => 0)).toBe(false);
    expect(evaluate("=A1", () => null)).toBe(0);
    // IFERROR gives its alternative for an error only, and computes it only then.
    expect(evaluate('=IFERROR((A1/B1)*100,"")', (_, __, c) => (c === 0 ? 30 : 0))).toBe("");
    expect(evaluate('=IFERROR((A1/B1)*100,"")', (_, __, c) => (c === 0 ? 30 : 40))).toBe(75);
    expect(evaluate("=IFERROR(A1,1/0)", () => 7)).toBe(7);
    expect(evaluate('=IFERROR(MATCH("x",A1:B1,0),-1)', () => "y")).toBe(-1);
    expect(evaluate('=IF(COUNT(A1,B1)<2,90,IFERROR((A1/B1)*100,""))', (_, __, c) => (c === 0 ? 45 : null))).toBe(90);
  });

  it("on the indicator sheet computed from its variables (IFERROR, COUNT)", async () => {
    const { cleanMir, mirGrid } = await import("../support/mir");
    const { buildIndicatorSheet, indicatorKey } = await import("../../src/domain/mir/indicatorSheet");
    const grids = [mirGrid(cleanMir())];
    const mirs = readWorkbook(grids).sheets[0]!.mirs!;
    const earlier = new Map([[indicatorKey("Componente", "C2", "Porcentaje de asesorías otorgadas"), { programmed: [], achieved: [], justification: "", variables: [{ programmed: [40, 40, null, null], achieved: [38, 30, null, null] }, { programmed: [40, 50, null, null], achieved: [40, 0, null, null] }] }]]);
    const { spec } = buildIndicatorSheet({ mirs, quarter: 2, year: 2025, earlier });
    // Fin, Propósito, C1, A1.2 and C2 are computed from two variables each: eight formulas apiece.
    expect(spec.cells.filter((c) => c.formula?.includes("IFERROR")).length).toBe(5 * 8);
    expect(await disagreements(grids, spec)).toEqual([]);
  });
});
