import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { writeCoverage } from "../src/app/alignment";
import { writeChanges } from "../src/app/compare";
import { insertFollowUp, writeReport } from "../src/app/followup";
import { writeObservations } from "../src/app/observations";
import { openWorkbook, type Source } from "../src/app/sources";
import { writeSummary } from "../src/app/summary";
import { insertTemplate } from "../src/app/template";
import type { Grid } from "../src/domain/grid";
import { buildIndicatorSheet } from "../src/domain/mir/indicatorSheet";
import { readPlan } from "../src/domain/plan/catalog";
import { buildFollowUpSheet } from "../src/domain/followup";
import { TemplateOptionsSchema } from "../src/domain/templates";
import { secretariaOf, workbookYear } from "../src/domain/queries";
import { readWorkbook } from "../src/domain/reader";
import { gridOf } from "./support/grid";
import { cleanMir, mirGrid } from "./support/mir";
import { itWithLibreOffice, measurePrint } from "./support/libreoffice";

const FIXTURES = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"];
const grids = (name: string): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "fixtures", name))).readSheets();

async function* sources(names: readonly string[]): AsyncGenerator<Source> {
  for (const file of names) yield { file, grids: await grids(file) };
}

/** Each sheet we write, alone in a workbook: what is measured is ours, not the user's POA around it. */
const OUTPUTS: Array<[string, () => Promise<UserWorkbook>]> = [
  ["resumen de dos POA", async () => {
    const w = UserWorkbook.empty();
    await writeSummary(w, sources(FIXTURES.slice(0, 2)));
    return w;
  }],
  ["observaciones de tres POA", async () => {
    const w = UserWorkbook.empty();
    await writeObservations(w, sources(FIXTURES), { reviso: "Dirección de Planeación" });
    return w;
  }],
  ["seguimiento", async () => {
    const model = readWorkbook(await grids(FIXTURES[0]!));
    const w = UserWorkbook.empty();
    await w.addSheet(buildFollowUpSheet({ model, year: workbookYear(model), cutoff: 3, secretaria: secretariaOf(model) }).spec);
    return w;
  }],
  ["informe trimestral", async () => {
    const poa = UserWorkbook.open(readFileSync(join(__dirname, "fixtures", FIXTURES[0]!)));
    await insertFollowUp(poa, { cutoff: 3 });
    const w = UserWorkbook.empty();
    await writeReport(w, openWorkbook(poa, "poa.xlsx"), { cutoff: 3 });
    return w;
  }],
  ["informe trimestral con indicadores de una MIR", async () => {
    const followed = UserWorkbook.empty();
    await followed.addSheet(buildIndicatorSheet({ mirs: readWorkbook([mirGrid(cleanMir())]).sheets[0]!.mirs!, quarter: 1, year: 2025, earlier: new Map() }).spec);
    const w = UserWorkbook.empty();
    const { report } = await writeReport(w, openWorkbook(followed, "becas.xlsx"), { cutoff: 3 });
    expect(report.indicators).toHaveLength(7);
    return w;
  }],
  ["cambios", async () => {
    const earlier = await grids(FIXTURES[0]!);
    const newer = structuredClone(earlier);
    newer[0]!.values[53]![3] = 3_773_200;
    const w = UserWorkbook.empty();
    await writeChanges(w, earlier, newer, { before: "anterior.xlsx", after: "nuevo.xlsx", link: "nuevo.xlsx#" });
    return w;
  }],
  ["seguimiento de indicadores de una MIR", async () => {
    const w = UserWorkbook.empty();
    await w.addSheet(buildIndicatorSheet({ mirs: readWorkbook([mirGrid(cleanMir())]).sheets[0]!.mirs!, quarter: 3, year: 2025, earlier: new Map() }).spec);
    return w;
  }],
  ["alineación con el plan de tres POA", async () => {
    const w = UserWorkbook.empty();
    await writeCoverage(w, sources(FIXTURES), readPlan([gridOf("PMD", [["3.3 Gobierno digital"], ["3.3.1 Trámites y servicios en línea para la ciudadanía"]])], "pmd.xlsx"));
    return w;
  }],
  ["plantilla municipal-2022 con el plan en listas (columnas ocultas, fuera del papel)", async () => {
    const w = UserWorkbook.empty();
    const plan = readPlan([gridOf("PMD", [["3.5 Rendición de cuentas y acceso a la información pública municipal"], ["3.5.1 Informar a la ciudadanía sobre el avance de los programas y el ejercicio del gasto"]])], "pmd.xlsx");
    await insertTemplate(w, TemplateOptionsSchema.parse({ family: "municipal-2022", year: 2025, activities: 6 }), plan);
    return w;
  }],
  ...(["municipal-2021", "municipal-2022", "institucional", "mir"] as const).map((family): [string, () => Promise<UserWorkbook>] => [
    `plantilla ${family}`,
    async () => {
      const w = UserWorkbook.empty();
      await insertTemplate(w, TemplateOptionsSchema.parse({ family, year: 2025, activities: 6 }));
      return w;
    },
  ]),
];

jest.setTimeout(120_000);

describe("every sheet we write, printed by LibreOffice on letter paper", () => {
  // 95 % of words 7 pt or more (a word's box, as the shared check-print.py measures it), no text over text.
  itWithLibreOffice.each(OUTPUTS)("%s: legible, no text over text", async (_, write) => {
    const printed = await measurePrint(await (await write()).toBuffer());
    expect(printed.overlaps).toEqual([]);
    expect(printed.p5).toBeGreaterThanOrEqual(7);
  });
});
