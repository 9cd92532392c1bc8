import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../../src/adapters/xlsx/read/XlsxReader";
import { toA1 } from "../../../src/domain/a1";
import type { Grid } from "../../../src/domain/grid";
import { isUnderCode, planCode } from "../../../src/domain/plan/codes";
import { validateGrids } from "../../../src/domain/validate";

const fixture = (name: string): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "../../fixtures", name))).readSheets();
const nesting = (grids: Grid[]) => validateGrids(grids).findings.filter((f) => f.ruleId === "alignment-nesting");

/** Every cell whose text starts with `from`, rewritten to start with `to`. */
function retype(grids: Grid[], sheet: string, from: string, to: string): Grid[] {
  return grids.map((g) => (g.sheet !== sheet ? g : { ...g, values: g.values.map((row) => row?.map((v) => (typeof v === "string" && v.startsWith(from) ? to + v.slice(from.length) : v))) }));
}

describe("alignment-nesting", () => {
  it("reads the plan's codes as offices type them", () => {
    expect(["3.2.1 Promover", "ER1-2.1 Fortalecimiento", "ER1 Gobernanza", "E2 Seguridad", "Capital de la Nueva Gobernanza", "«3.2 Fortalecimiento»"].map(planCode)).toEqual(["3.2.1", "ER1-2.1", "ER1", "E2", null, "3.2"]);
    expect([isUnderCode("3.2.1", "3.2"), isUnderCode("3.2.1", "3.1"), isUnderCode("ER1-2.1", "ER1"), isUnderCode("ER12-1", "ER1"), isUnderCode("3.21", "3.2")]).toEqual([true, false, true, false, false]);
  });

  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"])("%s, as filed, is nested as its plan", async (name) => {
    expect(nesting(await fixture(name))).toEqual([]);
  });

  // As filed, the state form's pages 3 and 4 (UR 63, informática) keep the first page's EJE
  // GENERAL, ER1-2.1, over activities linked to ER1-2.5.5: a real slip, said once a page.
  it("the state form as filed: the one clave outside its page's EJE GENERAL, once per page", async () => {
    const findings = nesting(await fixture("estatal-sspc-2024.xlsx"));
    expect(findings.map((f) => [f.sheet, f.cell, f.messageId])).toEqual([
      ["POA 3", "E33", "alignment-nesting/claves"],
      ["POA 4", "E33", "alignment-nesting/clave"],
    ]);
    expect(findings[0]!.message).toMatch(/^La Estrategia Vinculante ER1-2\.5\.5 de la actividad «Mantenimiento preventivo a equipos de computo\.» y de 2 más en esta página no pertenece al EJE GENERAL de la página, «ER1-2\.1 Fortalecimiento/);
  });

  it("an estrategia under another línea is said at the estrategia", async () => {
    // Acción 11's línea retyped as 3.1 while its estrategia stays 3.2.1.
    const grids = retype(await fixture("secretaria-planeacion-2022.xlsx"), "Acción 11", "3.2 ", "3.1 ");
    const [finding, ...rest] = nesting(grids);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ sheet: "Acción 11", action: 11 });
    expect(finding!.message).toMatch(/^La ESTRATEGIA «3\.2\.1 Promover.*» no pertenece a la LÍNEA ESTRATÉGICA «3\.1 .*»: su clave 3\.2\.1 no empieza con 3\.1\.$/);
  });

  it("a state page's EJE GENERAL under another EJE RECTOR is said on that page", async () => {
    const grids = await fixture("estatal-sspc-2024.xlsx");
    const retyped = retype(grids, grids[0]!.sheet, "ER1-2.1", "ER2-2.1");
    const findings = nesting(retyped).filter((f) => f.sheet === grids[0]!.sheet);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.messageId === "alignment-nesting/eje-general" && f.message.includes("ER2-2.1 no empieza con ER1"))).toBe(true);
  });

  it("an activity's Estrategia Vinculante outside its page's EJE GENERAL is said at that activity", async () => {
    const grids = await fixture("estatal-sspc-2024.xlsx");
    const sheet = grids[0]!;
    const row = sheet.values.findIndex((r) => r?.some((v) => v === "ER1-2.1.1"));
    const col = sheet.values[row]!.indexOf("ER1-2.1.1");
    const values = sheet.values.map((r, i) => (i === row ? r!.map((v, j) => (j === col ? "ER1-3.1.1" : v)) : r));
    const findings = nesting([{ ...sheet, values }, ...grids.slice(1)]).filter((f) => f.sheet === sheet.sheet);
    expect(findings.map((f) => [f.messageId, f.cell])).toEqual([["alignment-nesting/clave", toA1(sheet.origin.row + row, sheet.origin.col + col)]]);
    expect(findings[0]!.message).toMatch(/^La Estrategia Vinculante ER1-3\.1\.1 de la actividad «.+» no pertenece al EJE GENERAL de la página, «ER1-2\.1 .+»: no empieza con ER1-2\.1\.$/);
  });
});

const consistency = (grids: Grid[]) => validateGrids(grids).findings.filter((f) => f.ruleId === "alignment-consistency");

describe("alignment-consistency", () => {
  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"])("%s, as filed, types each line of its plan one way", async (name) => {
    expect(consistency(await fixture(name))).toEqual([]);
  });

  it("a shortened text is said with the text the other actions use", async () => {
    const grids = retype(await fixture("secretaria-planeacion-2022.xlsx"), "Acción 12", "3.2 Fortalecimiento de las capacidades", "3.2 Fortalecimiento de capacidades");
    const findings = consistency(grids);
    expect(findings.map((f) => [f.sheet, f.messageId])).toEqual([["Acción 12", "alignment-consistency/text"]]);
    expect(findings[0]!.message).toMatch(/^La clave 3\.2 dice «Fortalecimiento de capacidades.*» aquí, pero «Fortalecimiento de las capacidades.*» en 2 acción\(es\) más\.$/);
  });

  it("a code typed with a slip is said with the code the other actions use", async () => {
    const grids = retype(await fixture("secretaria-planeacion-2022.xlsx"), "Acción 9", "3.1 Planeación", "3.7 Planeación");
    const findings = consistency(grids);
    expect(findings.map((f) => [f.sheet, f.messageId])).toEqual([["Acción 9", "alignment-consistency/code"]]);
    expect(findings[0]!.message).toMatch(/lleva la clave 3\.7 aquí, pero 3\.1 en 2 acción\(es\) más\.$/);
  });
});

describe("alignment-consistency under one principio rector", () => {
  it("a línea whose first digit is not the one the principio's other líneas share is said at the línea", async () => {
    // Acción 4's línea and estrategia renumbered 2.5 / 2.5.1: nested, but not under «Capital de la Nueva Gobernanza» (3).
    const grids = retype(retype(await fixture("secretaria-planeacion-2022.xlsx"), "Acción 4", "3.5 ", "2.5 "), "Acción 4", "3.5.1 ", "2.5.1 ");
    const findings = consistency(grids).filter((f) => f.messageId === "alignment-consistency/principio");
    expect(findings.map((f) => f.sheet)).toEqual(["Acción 4"]);
    expect(findings[0]!.message).toBe("Bajo «Capital de la Nueva Gobernanza» la LÍNEA ESTRATÉGICA es 2.5 aquí, pero en 7 acción(es) más sus líneas empiezan con 3.");
  });
});
