import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../../src/adapters/xlsx/read/XlsxReader";
import type { Cell, Grid } from "../../../src/domain/grid";
import { type PlanCatalog, readPlan } from "../../../src/domain/plan/catalog";
import { planCode } from "../../../src/domain/plan/codes";
import { eachAction } from "../../../src/domain/queries";
import { readWorkbook } from "../../../src/domain/reader";
import { validateGrids } from "../../../src/domain/validate";
import { gridOf } from "../../support/grid";

const fixture = (name: string): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "../../fixtures", name))).readSheets();

/** The plan lines a POA types (code and text), each once, in the order met. */
async function typedLines(name: string): Promise<Array<[string, string]>> {
  const lines = new Map<string, string>();
  for (const action of eachAction(readWorkbook(await fixture(name)))) {
    const texts = [action.fields.linea?.value.text, action.fields.estrategia?.value.text, ...(action.institutional?.ped ?? []).map((p) => p.value.text)];
    for (const text of texts) {
      const code = text ? planCode(text) : null;
      if (code && !lines.has(code)) lines.set(code, text!.slice(text!.indexOf(code) + code.length).trim());
    }
  }
  return [...lines];
}

/** A plan as a list: each line's code and text in one cell, under a title. */
const asList = (lines: Array<[string, string]>) => gridOf("PMD 2021-2024", [["PLAN MUNICIPAL DE DESARROLLO 2021-2024"], [], ["Eje 3. Capital de la Nueva Gobernanza"], ...lines.map(([code, text]): Cell[] => [`${code} ${text}`])]);
/** A plan as a table: CLAVE | NIVEL | DESCRIPCIÓN, the code alone in its column. */
const asTable = (lines: Array<[string, string]>) =>
  gridOf("Catálogo", [["CLAVE", "NIVEL", "DESCRIPCIÓN"], ...lines.map(([code, text]): Cell[] => [code, code.split(".").length === 2 ? "Línea" : "Estrategia", text])]);

const planOf = (grid: Grid, name = "pmd.xlsx"): PlanCatalog => readPlan([grid], name);
const brief = (grids: Grid[], plan: PlanCatalog) => validateGrids(grids, { plan }).findings.filter((f) => f.ruleId === "alignment-plan");

describe("the development plan, loaded", () => {
  it("is read the same from a list and from a CLAVE | DESCRIPCIÓN table", async () => {
    const lines = await typedLines("secretaria-planeacion-2022.xlsx");
    expect(lines.map(([code]) => code)).toEqual(["3.5", "3.5.1", "3.1", "3.1.1", "3.2", "3.2.1", "3.6", "3.6.1"]);
    const fromList = planOf(asList(lines)).lines.map((l) => [l.code, l.text]);
    expect(fromList).toEqual(lines);
    expect(planOf(asTable(lines)).lines.map((l) => [l.code, l.text])).toEqual(fromList);
  });

  it.each([
    ["secretaria-planeacion-2022.xlsx", asList],
    ["estatal-sspc-2024.xlsx", asTable],
  ] as const)("%s against a plan with its own lines: nothing to say", async (name, layout) => {
    const lines = await typedLines(name);
    // The state form's activities link to ER1-2.1.1 and ER1-2.5.5, which its pages do not spell out.
    const extra: Array<[string, string]> = name.startsWith("estatal") ? [["ER1-2.1.1", "Profesionalizar a las instituciones de seguridad"], ["ER1-2.5.5", "Modernizar la infraestructura tecnológica"]] : [];
    expect(brief(await fixture(name), planOf(layout([...lines, ...extra])))).toEqual([]);
  });

  it("a code the plan does not have is an error at its cell; a text other than the plan's, a warning with the plan's text", async () => {
    const lines = (await typedLines("secretaria-planeacion-2022.xlsx")).filter(([code]) => code !== "3.6.1").map(([code, text]): [string, string] => (code === "3.5.1" ? [code, "Informar a la ciudadanía sobre el avance de los programas y el ejercicio del gasto"] : [code, text]));
    const findings = brief(await fixture("secretaria-planeacion-2022.xlsx"), planOf(asTable(lines), "PMD 2021-2024.xlsx"));
    const unknown = findings.filter((f) => f.messageId === "alignment-plan/unknown");
    const text = findings.filter((f) => f.messageId === "alignment-plan/text");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f) => f.severity === "error" && /^ESTRATEGIA «3\.6\.1 Fortalecer el sistema anticorrupción.*»: la clave 3\.6\.1 no está en el plan \(PMD 2021-2024\.xlsx\)\. Revise la clave o escriba una del plan\.$/.test(f.message))).toBe(true);
    expect(text.length).toBeGreaterThan(0);
    expect(text[0]!.severity).toBe("warning");
    expect(text[0]!.message).toBe("ESTRATEGIA 3.5.1 dice «Informar», pero el plan (PMD 2021-2024.xlsx) dice «Informar a la ciudadanía sobre el avance de los programas y…».");
    // One finding per sheet and line: each action's sheet says it once.
    expect(new Set(findings.map((f) => `${f.sheet}|${f.cell}`)).size).toBe(findings.length);
  });

  it("a state activity's Estrategia Vinculante not in the plan: once per page", async () => {
    const lines = await typedLines("estatal-sspc-2024.xlsx");
    const findings = brief(await fixture("estatal-sspc-2024.xlsx"), planOf(asTable([...lines, ["ER1-2.1.1", "Profesionalizar a las instituciones de seguridad"]])));
    expect(findings.map((f) => [f.sheet, f.cell, f.messageId])).toEqual([
      ["POA 3", "E33", "alignment-plan/unknown"],
      ["POA 4", "E33", "alignment-plan/unknown"],
    ]);
    expect(findings[0]!.message).toBe("Estrategia Vinculante «ER1-2.5.5»: la clave ER1-2.5.5 no está en el plan (pmd.xlsx). Revise la clave o escriba una del plan.");
  });

  it("without a plan the rule says nothing", async () => {
    expect(validateGrids(await fixture("secretaria-planeacion-2022.xlsx")).findings.filter((f) => f.ruleId === "alignment-plan")).toEqual([]);
  });
});
