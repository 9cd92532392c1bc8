import fc from "fast-check";
import { parseA1 } from "../../src/domain/a1";
import type { Cell, Grid } from "../../src/domain/grid";
import { readSheet } from "../../src/domain/reader";
import { validateGrids } from "../../src/domain/validate";
import { actionRows } from "../support/grid";

// Words the reader reacts to, so random grids often look like (broken) POAs.
const LABELS = [
  "PROGRAMA OPERATIVO ANUAL 2021",
  "SECRETARÍA",
  "NOMBRE DE LA ACCIÓN",
  "BENEFICIARIOS",
  "EJE",
  "PRINCIPIO RECTOR",
  "NÚMERO DE ACCIÓN",
  "META",
  "INVERSIÓN APROXIMADA",
  "PARTIDA PRESUPUESTAL 2111, 26x1",
  "<b>PARTIDA PRESUPUESTAL</b>",
  "ESTRATEGIA",
  "PROPOSITO",
  "ACTIVIDAD",
  "PROGRAMACIÓN ANUAL",
  "UNIDAD DE MEDIDA",
  "INDICADOR",
  "ENE",
  "FEB",
  "MAR",
  "ABR",
  "DIC",
  "ACCIÓN",
  "INVERSIÓN",
  "TOTAL",
  "ELABORÓ",
  "H 10 M",
  "1950 H / 2250 M",
  "-",
  "$ -",
  "$1,000.00",
  "4,400",
  "INSTITUCIÓN",
  "PROGRAMA PRESUPUESTAL",
  "MONTO ASIGNADO",
  "UR PRINCIPAL",
  "FUNCIÓN",
  "1.7",
  "META ANUAL",
  "CALENDARIO",
  "REALIZADO",
  "1ER. TRIM",
  "TOTAL ACUMULADO",
  "% DE AVANCE VS META",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }) },
);

const area = fc
  .record({ top: fc.nat(30), left: fc.nat(20), height: fc.nat(3), width: fc.nat(8) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 10 }),
  origin: fc.record({ row: fc.nat(5), col: fc.nat(3) }),
  values: fc.array(fc.option(fc.array(cell, { maxLength: 20 }), { nil: undefined, freq: 8 }), { maxLength: 40 }),
  merges: fc.array(area, { maxLength: 6 }),
});

/** A real block with random cells overwritten: near-misses are where readers break. */
const damagedBlock: fc.Arbitrary<Grid> = fc
  .array(fc.record({ row: fc.nat(15), col: fc.nat(18), value: cell }), { maxLength: 25 })
  .map((edits) => {
    const rows = actionRows().map((r) => [...r]);
    for (const { row, col, value } of edits) {
      const target = (rows[row] ??= []);
      target[col] = value;
    }
    return { sheet: "POA", origin: { row: 0, col: 0 }, values: rows.map((r) => Array.from(r, (v) => v ?? null)), merges: [] };
  });

describe("the reader and the rules on random grids", () => {
  it("never throw, and every finding points at a real cell", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(randomGrid, damagedBlock), { minLength: 1, maxLength: 3 }), (grids) => {
        const report = validateGrids(grids);
        for (const finding of report.findings) {
          expect(parseA1(finding.cell)).not.toBeNull();
          expect(finding.message.length).toBeGreaterThan(0);
          // Every placeholder was filled (sheet names and cell text may hold braces of their own).
          for (const key of Object.keys(finding.data)) expect(finding.message).not.toMatch(new RegExp(`\\{${key}(\\|\\w+)?\\}`));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the same block wherever it sits on the sheet", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(10), (down, right) => {
        const values = actionRows().map((r) => [...Array(right).fill(null), ...r.map((v) => v ?? null)]);
        const shifted = readSheet({ sheet: "POA", origin: { row: down, col: 0 }, values, merges: [] });
        const [action] = shifted.actions;
        expect(action?.activities).toHaveLength(2);
        expect(action?.fields.inversion?.figure).toEqual({ kind: "number", value: 1000, fromText: false });
      }),
      { numRuns: 200 },
    );
  });
});
