import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeCoverage } from "../src/app/alignment";
import { openWorkbook } from "../src/app/sources";
import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../src/domain/grid";
import { readPlan } from "../src/domain/plan/catalog";
import { coverage, type CoverageLine } from "../src/domain/plan/coverage";
import { actionInvestment, eachAction } from "../src/domain/queries";
import { readWorkbook } from "../src/domain/reader";
import { summarize } from "../src/domain/summary";
import { validateGrids } from "../src/domain/validate";
import { gridOf } from "./support/grid";
import { itWithLibreOffice, recalculateWithLibreOffice } from "./support/libreoffice";

const FILES = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"];
const fixture = (name: string): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "fixtures", name))).readSheets();
const sources = async () => Promise.all(FILES.map(async (file) => ({ file, model: readWorkbook(await fixture(file)) })));
const cents = (n: number) => Math.round(n * 100) / 100;
/** Every line with its descendants, flat. */
const flat = (lines: readonly CoverageLine[]): CoverageLine[] => lines.flatMap((l) => [l, ...flat(l.children)]);

describe("the coverage of the plan", () => {
  it("adds up to the summary: the same investment and the same actions (a state program once)", async () => {
    const covered = coverage(await sources());
    const entries = (await Promise.all(FILES.map(async (f) => summarize(validateGrids(await fixture(f)), f)))).flat().filter((e) => e.sheet !== "" && !e.name.startsWith("("));
    expect(covered.total.investment).toBe(cents(entries.reduce((n, e) => n + (e.investment ?? 0), 0)));
    expect(covered.total.actions).toBe(entries.length);
    expect(covered.total.files).toBe(3);
    // The ejes and the actions that name none add up to the total, as the sheet's SUMIF does.
    expect(cents(covered.lines.reduce((n, l) => n + l.investment, 0) + covered.unaligned.investment)).toBe(covered.total.investment);
  });

  it("per línea and estrategia, what the test sums by hand from the actions that name them", async () => {
    const all = await sources();
    const covered = flat(coverage(all).lines);
    const actions = all.flatMap((s) => [...eachAction(s.model)]);
    for (const code of ["3.1", "3.2", "3.2.1", "3.5.1", "3.6"]) {
      const naming = actions.filter((a) => [a.fields.linea?.value.text, a.fields.estrategia?.value.text].some((t) => t?.startsWith(`${code} `)));
      const line = covered.find((l) => l.code === code)!;
      expect([code, line.actions, line.investment, line.activities]).toEqual([code, naming.length, cents(naming.reduce((n, a) => n + (actionInvestment(a) ?? 0), 0)), naming.reduce((n, a) => n + a.activities.length, 0)]);
    }
    // The 2021 POA names its ejes by name alone: each is a line of its own, with its secretaría.
    const social = covered.find((l) => l.text === "Zacatecas Reconstruyendo el Tejido Social")!;
    expect(social).toMatchObject({ level: 0, code: null, files: 1, secretarias: ["Secretaría Particular"] });
    // The state program's money is split over its activities' claves, and adds up to its own.
    const er1 = covered.find((l) => l.code === "ER1")!;
    expect(cents(er1.children.flatMap((g) => g.children).reduce((n, e) => n + e.investment, 0))).toBe(er1.investment);
    expect(covered.filter((l) => l.code === "ER1-2.1.1" || l.code === "ER1-2.5.5").map((l) => l.level)).toEqual([2, 2]);
  });

  it("with the plan, says which of its lines no action serves", async () => {
    const plan = readPlan([gridOf("PMD", [["3.1 Planeación y evaluación para la mejora continua"], ["3.3 Gobierno digital"], ["3.3.1 Trámites en línea"], ["3.2.1 Promover el fortalecimiento"], ["3.4 Finanzas sanas"]])], "pmd.xlsx");
    const covered = coverage(await sources(), plan);
    expect(covered.unserved.map((l) => l.code)).toEqual(["3.3", "3.3.1", "3.4"]);
    // The plan's text is the one shown, not what the POAs typed.
    expect(flat(covered.lines).find((l) => l.code === "3.2.1")!.text).toBe("Promover el fortalecimiento");
  });

  itWithLibreOffice("the sheet, opened in LibreOffice, recomputes its totals to the engine's", async () => {
    const workbook = UserWorkbook.empty();
    const done = await writeCoverage(
      workbook,
      (async function* () {
        for (const file of FILES) yield { file, grids: await fixture(file) };
      })(),
      null,
    );
    const sheet = (await recalculateWithLibreOffice(await workbook.toBuffer())).get(done.placement.name)!;
    const total = sheet.find((row) => row[0] === "TOTAL")!;
    expect([Number(total[4]), Number(total[5]), Number(total[6])]).toEqual([done.coverage.total.actions, done.coverage.total.activities, done.coverage.total.investment]);
    expect(sheet.some((row) => row[0] === "EJE" && row[1] === "ER1")).toBe(true);
  }, 60_000);
});

describe("the coverage of one POA, as the README shows it", () => {
  it("the 2022 POA: its principio, línea 3.2 and estrategia 3.2.1; a secretaría spelled two ways counted once", async () => {
    const covered = coverage([{ file: "poa.xlsx", model: readWorkbook(await fixture("secretaria-planeacion-2022.xlsx")) }]);
    const row = (l: CoverageLine) => [l.code, l.text.slice(0, 30), l.files, l.actions, l.activities, l.investment, l.secretarias];
    const [principio] = covered.lines;
    expect(row(principio!)).toEqual([null, "Capital de la Nueva Gobernanza", 1, 8, 49, 430_000, ["Secretaría de Planeación"]]);
    const linea = principio!.children.find((l) => l.code === "3.2")!;
    expect([row(linea), row(linea.children[0]!)]).toEqual([
      ["3.2", "Fortalecimiento de las capacid", 1, 3, 21, 160_000, ["Secretaría de Planeación"]],
      ["3.2.1", "Promover el fortalecimiento de", 1, 3, 21, 160_000, ["Secretaría de Planeación"]],
    ]);
  });
});

describe("the coverage sheet written into a POA", () => {
  // «Alineación con el plan» in the pane writes into the open POA: its sheet must add no finding
  // (its EJE and LÍNEA rows were read as a summary table: 18 false summary-mismatch errors).
  it("is the add-in's own sheet: the POA says exactly what it said before", async () => {
    const bytes = readFileSync(join(__dirname, "fixtures/secretaria-planeacion-2022.xlsx"));
    const before = validateGrids(await UserWorkbook.open(bytes).readSheets()).findings;
    const workbook = UserWorkbook.open(bytes);
    await writeCoverage(workbook, openWorkbook(workbook, null), null);
    expect((await workbook.readSheets()).some((g) => g.sheet === "Alineación")).toBe(true);
    expect(validateGrids(await workbook.readSheets()).findings).toEqual(before);
  });
});
