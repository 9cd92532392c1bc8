import type { Cell } from "../../../src/domain/grid";
import { findingsOf, where } from "../../support/findings";
import { gridOf, stackedGrid } from "../../support/grid";

const actions = stackedGrid([
  { numero: 1, nombre: "Atención ciudadana", inversion: 1000 },
  { numero: 2, nombre: "Agenda", inversion: 500, activities: [{ inversion: 500 }] },
]);

function summary(rows: Cell[][]) {
  return gridOf("Resumen", [["DESPACHO"], [null, "ACCIÓN", "INVERSIÓN"], ...rows]);
}

describe("summary-mismatch", () => {
  it("passes a summary that agrees with the actions", () => {
    const table = summary([[1, "Atención ciudadana", 1000], [2, "Agenda", "$500.00"], [null, "Total", 1500]]);
    expect(findingsOf("summary-mismatch", [actions, table])).toEqual([]);
  });

  it("flags an amount that differs from the action's investment", () => {
    const table = summary([[1, "Atención ciudadana", 1000], [2, "Agenda", 700], [null, "Total", 1700]]);
    const [finding] = findingsOf("summary-mismatch", [actions, table]);
    expect(finding).toMatchObject({ sheet: "Resumen", cell: "C4", action: 2, expected: 500, actual: 700 });
  });

  it("flags actions absent from the workbook, missing from the summary, and a wrong total", () => {
    const table = summary([[1, "Atención ciudadana", 1000], [9, "Audiencias", "$ -"], [null, "Total", 999]]);
    const findings = findingsOf("summary-mismatch", [actions, table]);
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([
      ["B2", "summary-mismatch/missing-from-summary"],
      ["A4", "summary-mismatch/absent-from-workbook"],
      ["C5", "summary-mismatch/total"],
    ]);
  });

  it("only checks totals and listed amounts when one sheet is validated alone", () => {
    const table = summary([[9, "Audiencias", 10], [null, "Total", 10]]);
    expect(where(findingsOf("summary-mismatch", [table], { scope: "sheet" }))).toEqual([]);
  });

  // A real secretariat's summary numbered «Programa de asesoría jurídica» (action 27) as 26 and left 26 out.
  it("says, at the row, that its name is another action's, and names the action left out", () => {
    const workbook = stackedGrid([
      { numero: 26, nombre: "Certificaciones médicas", inversion: 1000 },
      { numero: 27, nombre: "Programa de asesoría jurídica", inversion: 500, activities: [{ inversion: 500 }] },
    ]);
    const table = summary([[26, "Programa de asesoría jurídica", 500], [null, "Total", 500]]);
    const findings = findingsOf("summary-mismatch", [workbook, table]);
    expect(findings.map((f) => [f.cell, f.messageId, f.action])).toEqual([
      ["B2", "summary-mismatch/missing-from-summary", 26],
      ["B3", "summary-mismatch/name-of-another", 26],
    ]);
    expect(findings[1]!.message).toBe("La fila dice acción 26, pero «Programa de asesoría jurídica» es el nombre de la acción 27; la acción 26 es «Certificaciones médicas».");
    expect(findings[0]!.message).toContain("«Certificaciones médicas»");
  });
});
