import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../../src/adapters/xlsx/read/XlsxReader";
import { withFindingsAcrossFiles } from "../../../src/app/validate";
import { validateGrids } from "../../../src/domain/validate";
import { stackedGrid } from "../../support/grid";
import { cleanMir, mirGrid } from "../../support/mir";

/** The POA of the becas program, in a file of its own: its activities carry out the MIR's Actividades by the same names. */
const becasPoa = () =>
  stackedGrid([
    { numero: 1, activities: [{ name: "Integración del padrón de beneficiarios de becas", unidad: "Padrón", anual: 1, months: [1, ...Array(11).fill(null)] }, { name: "Entrega de becas a los estudiantes", unidad: "Beca", anual: 500, months: Array(12).fill(null).map((_, m) => (m === 2 || m === 8 ? 250 : null)) }] },
    { numero: 2, activities: [{ name: "Capacitación de asesores académicos", unidad: "Asesor", anual: 12, months: [12, ...Array(11).fill(null)] }, { name: "Mantenimiento de las aulas", unidad: "Aula", anual: 4, months: [1, null, null, 1, null, null, 1, null, null, 1, null, null] }] },
  ]);

describe("mir-poa-link across the files of one run (MIRs and POAs in files of their own)", () => {
  it("ties the MIR file's Actividades to the POA files' activities; notes what no MIR took only in the POA files a MIR took from", async () => {
    const other = await XlsxReader.open(readFileSync(join(__dirname, "../../fixtures/secretaria-planeacion-2022.xlsx"))).readSheets();
    const results = [
      { filePath: "mir/becas-mir.xlsx", report: validateGrids([mirGrid(cleanMir())]) },
      { filePath: "poa/becas-poa.xlsx", report: validateGrids([becasPoa()]) },
      { filePath: "poa/planeacion.xlsx", report: validateGrids(other) },
    ];
    // Each file alone: the MIR has no POA beside it, and says nothing of ties.
    expect(results[0]!.report.findings.filter((f) => f.ruleId === "mir-poa-link")).toEqual([]);
    const { results: merged, across } = withFindingsAcrossFiles(results, "es");
    expect(across.map((a) => [a.file, a.finding.cell, a.finding.severity])).toEqual([
      ["mir/becas-mir.xlsx", "B9", "info"],
      ["mir/becas-mir.xlsx", "B10", "info"],
      ["mir/becas-mir.xlsx", "B12", "info"],
      ["poa/becas-poa.xlsx", "A31", "info"],
    ]);
    expect(across[0]!.finding.message).toBe("Actividad A1.1 «Integración del padrón de beneficiarios» se liga por su nombre con 1 actividad(es) del POA: «Integración del padrón de beneficiarios de becas» (becas-poa.xlsx · POA!A13).");
    expect(across[3]!.finding.message).toBe("1 actividad(es) de la acción 2 no están en ninguna MIR de los libros revisados: «Mantenimiento de las aulas».");
    expect((merged[0] as (typeof results)[number]).report.infoCount).toBe(results[0]!.report.infoCount + 3);
    expect(merged[2]).toBe(results[2]);
  });

  it("an Actividad that no POA of the run carries out is said in the MIR's file; a run without POAs says nothing", () => {
    const lines = cleanMir().map((l, i) => (i === 6 ? { ...l, resumen: "Depuración del archivo escolar" } : l));
    const mir = { filePath: "becas-mir.xlsx", report: validateGrids([mirGrid(lines)]) };
    const { across } = withFindingsAcrossFiles([mir, { filePath: "becas-poa.xlsx", report: validateGrids([becasPoa()]) }], "es");
    expect(across.filter((a) => a.finding.severity === "warning").map((a) => [a.file, a.finding.cell, a.finding.messageId])).toEqual([["becas-mir.xlsx", "B12", "mir-poa-link/no-poa-files"]]);
    expect(withFindingsAcrossFiles([mir, mir], "es").across).toEqual([]);
  });
});
