import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { parseA1 } from "../src/domain/a1";
import { compareReports, previousObservations } from "../src/domain/compare";
import { buildObservationsSheet } from "../src/domain/observations";
import type { Cell, Grid } from "../src/domain/grid";
import { validateGrids } from "../src/domain/validate";
import { filledInstitutional } from "./support/institutionalTemplate";
import { compose, figuresAsText, footnotes, inlineValues, monthNames, offsetOrigin, titleCaseNoAccents } from "./support/rewrites";
import { runPoa } from "./support/cli";

const fixtures: Record<string, Grid[]> = {};
beforeAll(async () => {
  for (const name of ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"]) {
    fixtures[name] = await XlsxReader.open(readFileSync(join(__dirname, "fixtures", name))).readSheets();
  }
  fixtures["plantilla estatal llenada"] = await XlsxReader.open((await filledInstitutional()).bytes).readSheets();
});

/** The workbook with some cells changed: `{ "POA 2021!D50": 1000 }`. */
function edited(grids: Grid[], changes: Record<string, Cell>): Grid[] {
  const copy = structuredClone(grids);
  for (const [where, value] of Object.entries(changes)) {
    const [sheet, cell] = where.split("!");
    const grid = copy.find((g) => g.sheet === sheet)!;
    const at = parseA1(cell!)!;
    (grid.values[at.row - grid.origin.row] ??= [])[at.col - grid.origin.col] = value;
  }
  return copy;
}

const compare = (before: Grid[], after: Grid[]) => compareReports(validateGrids(before), validateGrids(after));
const brief = (c: ReturnType<typeof compare>) => c.changes.map((x) => `${x.kind} ${x.action ?? "-"} ${x.field ?? ""} ${x.before ?? ""}→${x.after ?? ""} ${x.cell ?? ""}`.trim());

describe("comparing two versions of a POA", () => {
  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx", "plantilla estatal llenada"])(
    "%s: the same content written another way shows no change, and every finding stays open",
    (name) => {
      const rewrite = compose(footnotes, inlineValues, figuresAsText, offsetOrigin, titleCaseNoAccents, monthNames);
      const result = compare(fixtures[name]!, rewrite.apply(fixtures[name]!).grids);
      expect(brief(result)).toEqual([]);
      // Money typed as text adds notes (info); no error or warning comes or goes.
      expect(result.findings.filter((f) => f.finding.severity !== "info" && f.fate !== "open")).toEqual([]);
    },
  );

  it("2021: fixing action 4's sum shows the figure that moved and the finding fixed", () => {
    const before = fixtures["secretaria-particular-2021.xlsx"]!;
    const after = edited(before, { "POA 2021!D54": 3_750_000 + 23_200 });
    const result = compare(before, after);
    expect(brief(result)).toEqual(["value 4 INVERSIÓN POR ACTIVIDAD 3750000→3773200 D54"]);
    expect(result.findings.filter((f) => f.fate === "fixed").map((f) => `${f.finding.ruleId} ${f.finding.action}`)).toEqual(["investment-sum 4"]);
    expect(result.totals.find((t) => t.action === 4)).toMatchObject({ before: 4_181_100, after: 4_181_100 });
  });

  it("2022: an action renumbered is one change, and its findings stay open under the new number", () => {
    const before = fixtures["secretaria-planeacion-2022.xlsx"]!;
    const after = edited(before, { "Acción 8!F6": 18 });
    const result = compare(before, after);
    expect(brief(result)).toEqual(["action-renumbered 18 NÚMERO DE ACCIÓN 8→18 F6"]);
    expect(result.findings.filter((f) => f.fate !== "open")).toEqual([]);
  });

  it("an amount moved between activities, a month changed, a partida changed", () => {
    const before = fixtures["secretaria-particular-2021.xlsx"]!;
    const after = edited(before, { "POA 2021!D33": 171_000, "POA 2021!D34": 316_160, "POA 2021!I33": 990, "POA 2021!I27": "PARTIDA PRESUPUESTAL 3191, 3691, 3821, 3853, 3581, 3471, 2711, 2211, 3231, 3292" });
    const result = compare(before, after);
    expect(brief(result)).toEqual([
      "value 3 PARTIDA PRESUPUESTAL 2211, 2711, 3191, 3231, 3291, 3471, 3581, 3691, 3821, 3853→2211, 2711, 3191, 3231, 3292, 3471, 3581, 3691, 3821, 3853 I27",
      "value 3 INVERSIÓN POR ACTIVIDAD 181000→171000 D33",
      "value 3 MAR 980→990 I33",
      "value 3 INVERSIÓN POR ACTIVIDAD 306160→316160 D34",
    ]);
    // The total did not move, and the new month makes a finding that was not there.
    expect(result.totals.find((t) => t.action === 3)).toMatchObject({ before: 487_160, after: 487_160 });
    expect(result.findings.filter((f) => f.fate === "new").map((f) => f.finding.ruleId)).toEqual(["monthly-sum"]);
  });

  it("an activity added under the last one of its action", () => {
    const before = fixtures["secretaria-planeacion-2022.xlsx"]!;
    const after = structuredClone(before);
    const sheet = after.find((g) => g.sheet === "Acción 4")!;
    sheet.values[17] = ["Atender auditorías", "Dpto. Seguimiento", "Auditoría", 0, "Auditorías atendidas", 2, "-", "-", "-", "-", "-", 1, "-", "-", "-", "-", "-", 1];
    const result = compare(before, after);
    expect(brief(result)).toEqual(["activity-added 4  →Atender auditorías A18"]);
    expect(result.findings.filter((f) => f.fate !== "open")).toEqual([]);
  });

  it("an activity renamed reads as one added and one removed", () => {
    const before = fixtures["secretaria-particular-2021.xlsx"]!;
    const after = edited(before, { "POA 2021!A35": "Diseño de imagen para eventos" });
    const result = compare(before, after);
    expect(result.changes.map((c) => [c.kind, c.action, c.activity, c.cell])).toEqual([
      ["activity-added", 3, "Diseño de imagen para eventos", "A35"],
      ["activity-removed", 3, (before[0]!.values[34]![0] as string).trim(), null],
    ]);
  });

  it("the state form with its pages in another order shows no change; a quarter changed shows with its cell", () => {
    const before = fixtures["estatal-sspc-2024.xlsx"]!;
    expect(brief(compare(before, [...before].reverse()))).toEqual([]);
    const after = edited(before, { "POA 2!I36": 23 });
    const result = compare(before, after);
    expect(brief(result)).toEqual(["value - 1er. TRIM 13→23 I36"]);
    expect(result.findings.filter((f) => f.fate === "fixed").map((f) => f.finding.ruleId)).toEqual(["monthly-sum"]);
  });
});

describe("poa comparar", () => {
  const run = runPoa;

  it("reports by action, writes the Cambios workbook with links into the new file, and validate skips that workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-cmp-"));
    const earlier = join(__dirname, "fixtures", "secretaria-particular-2021.xlsx");
    const newer = join(dir, "nuevo.xlsx");
    const workbook = UserWorkbook.open(readFileSync(earlier));
    workbook.setCell("POA 2021", "D54", 3_773_200);
    writeFileSync(newer, await workbook.toBuffer());
    const output = join(dir, "cambios.xlsx");
    const { code, stdout } = await run("comparar", earlier, newer, "-o", output);
    expect(code).toBe(0);
    expect(stdout).toContain("Acción 4 «Comunicación institucional» · inversión 4,181,100 → 4,181,100");
    expect(stdout).toMatch(/D54 +Cifra o dato cambiado +INVERSIÓN POR ACTIVIDAD «Contratación de publicidad[^»]*»: 3,750,000 → 3,773,200/);
    expect(stdout).toMatch(/Corregido: 1\n {4}POA 2021!G47 Las actividades no suman la inversión/);
    const [sheet] = await XlsxReader.open(readFileSync(output)).readSheets();
    expect(sheet!.sheet).toBe("Cambios");
    expect(sheet!.values[4]!.slice(0, 7)).toEqual([4, "Comunicación institucional", expect.stringMatching(/^Contratación/), "Cifra o dato cambiado: INVERSIÓN POR ACTIVIDAD", 3_750_000, 3_773_200, "D54"]);
    expect((await run("validate", output)).code).toBe(0);
    const json = JSON.parse((await run("comparar", "--format", "json", earlier, earlier)).stdout);
    expect(json.changes).toEqual([]);

    // The earlier version carried our observations: the report says which were attended to.
    const observed = join(dir, "observado.xlsx");
    expect((await run("observaciones", earlier, "-o", observed)).code).toBe(0);
    const withObservations = UserWorkbook.open(readFileSync(earlier));
    const base = await XlsxReader.open(readFileSync(observed)).readSheets();
    expect(base[0]!.sheet).toBe("Observaciones");
    await withObservations.writeAddinSheet(buildObservationsSheet(validateGrids(await withObservations.readSheets()).findings, { secretaria: "", poa: "", fecha: "", reviso: "" }));
    const earlierWithObs = join(dir, "anterior-con-observaciones.xlsx");
    writeFileSync(earlierWithObs, await withObservations.toBuffer());
    const report = (await run("comparar", earlierWithObs, newer)).stdout;
    expect(report).toMatch(/Observaciones anteriores:\n {2}atendida +POA 2021!G47 /);
    expect(report).toMatch(/pendiente +Resumen!A3 /);

    // In English, every word of the report is English; the findings speak it too.
    const english = (await run("comparar", "--lang", "en", earlierWithObs, newer)).stdout;
    expect(english).toMatch(/D54 +Figure or value changed +INVERSIÓN POR ACTIVIDAD/);
    expect(english).toMatch(/Fixed: 1\n {4}POA 2021!G47 Activities do not add up to the investment: Action 4 has an INVERSIÓN APROXIMADA/);
    expect(english).toContain("Still there: 3");
    expect(english).toMatch(/Earlier observations:\n {2}attended to +POA 2021!G47 /);
    expect(english).toMatch(/pending +Resumen!A3 /);
    expect(english).not.toMatch(/Corregido|Sigue|Nuevo|atendida|pendiente|Cifra/);
  });
});

describe("observations of the earlier version", () => {
  it("are marked atendida or pendiente from the fate of their finding, and the new observations sheet says so", async () => {
    const earlierBook = UserWorkbook.open(readFileSync(join(__dirname, "fixtures", "secretaria-particular-2021.xlsx")));
    const header = { secretaria: "Secretaría Particular", poa: "POA 2021", fecha: "01/03/2021", reviso: "" };
    await earlierBook.writeAddinSheet(buildObservationsSheet(validateGrids(await earlierBook.readSheets()).findings, header));
    const earlier = await XlsxReader.open(await earlierBook.toBuffer()).readSheets();
    const fixedGrids = edited(fixtures["secretaria-particular-2021.xlsx"]!, { "POA 2021!D54": 3_773_200 });
    const comparison = compare(earlier, fixedGrids);
    const previous = previousObservations(earlier, comparison);
    expect(previous.map((o) => `${o.sheet}!${o.cell} ${o.state}`)).toEqual(["POA 2021!G47 Atendida", "Resumen!A3 Pendiente", "Resumen!A7 Pendiente", "Resumen!A10 Pendiente"]);
    const spec = buildObservationsSheet(validateGrids(fixedGrids).findings, header, { earlier: previous });
    const texts = spec.cells.map((c) => c.value);
    expect(texts.filter((t) => t === "Atendida")).toHaveLength(1);
    expect(texts.filter((t) => typeof t === "string" && t.startsWith("Ya se observó en la revisión anterior."))).toHaveLength(3);
  });
});
