import { validateGrids } from "../../src/domain/validate";
import { gridOf, stackedGrid } from "../support/grid";

const brief = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId} ${f.severity} ${f.sheet}!${f.cell}`);

describe("recognition that explains itself", () => {
  it("a POA-like block that matches no family gets one layout finding naming the closest family, not an error per field", () => {
    const sheet = gridOf("Borrador", [["PROGRAMA OPERATIVO ANUAL 2021"], [], ["SECRETARÍA", null, "NOMBRE DE LA ACCIÓN"], ["Secretaría Particular", null, "Audiencias"]]);
    const report = validateGrids([sheet]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["layout warning A1"]);
    expect(report.findings[0]!.message).toMatch(/^Esta hoja parece un POA, pero no coincide con ningún formato conocido\. El más parecido es el municipal 20\d\d/);
    expect(report.findings[0]!.message).toContain("NÚMERO DE ACCIÓN");
    expect(report.stats.actions).toBe(0);
  });

  it("a state page without its PROGRAMA PRESUPUESTAL is named as the state form, with what it lacks", () => {
    const sheet = gridOf("POA 1", [
      ["INSTITUCIÓN (1):", "SECRETARÍA DE SEGURIDAD"],
      ["UR PRINCIPAL (3):", "06 UNIDAD DE ANÁLISIS", 697403],
      ["Finalidad", 1, "GOBIERNO"],
      ["Función", 5, "ASUNTOS FINANCIEROS Y HACENDARIOS"],
    ]);
    const [finding] = validateGrids([sheet]).findings;
    expect(finding).toMatchObject({ ruleId: "layout", severity: "warning", cell: "A1" });
    expect(finding!.message).toContain("estatal institucional");
    expect(finding!.message).toContain("PROGRAMA PRESUPUESTAL");
  });

  it("a sheet with no POA caption at all (an inventory) gets nothing beside a real POA", () => {
    const inventory = gridOf("Inventario", [["Clave", "Descripción", "Cantidad"], ["A-1", "Sillas", 12], ["A-2", "Mesas", 3]]);
    expect(brief([stackedGrid([{}]), inventory])).toEqual([]);
  });

  it("a block missing a few labels is still its family's, and each missing label is reported", () => {
    const grid = stackedGrid([{}]);
    grid.values[4]![8] = null; // META
    expect(brief([grid])).toEqual(["required-field error POA!A1"]);
  });
});
