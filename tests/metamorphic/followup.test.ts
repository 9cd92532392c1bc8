import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Cell, Grid } from "../../src/domain/grid";
import { readSheet } from "../../src/domain/reader";
import { validateGrids } from "../../src/domain/validate";
import { fixture, programmedTo, typeIntoFollowUp, withFollowUp } from "../support/followup";
import { cellwise, compose, findingKeys, offsetOrigin, onSheets, REWRITES, type Rewrite } from "../support/rewrites";

jest.setTimeout(120_000);

/**
 * The follow-up against POAs written the ways other offices write them, and follow-up sheets
 * written the ways another office would: the same findings at the same rows, and never a
 * «no longer matches the POA» that is not true.
 */
const MUNICIPAL = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"];

const isFollowUp = (grid: Grid) => readSheet(grid).followUp !== undefined;

const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
const MONTHS = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];
const CAPTIONS = new Set(["ACCIÓN", "ACTIVIDAD", "UNIDAD DE MEDIDA", "PROGRAMACIÓN ANUAL", "CONCEPTO", "JUSTIFICACIÓN", "MES DE CORTE"]);

/** Follow-up sheets as another office writes them. */
const FOLLOW_UP_REWRITES: Rewrite[] = [
  cellwise("captions in title case, without accents, with colons", (value) =>
    typeof value === "string" && CAPTIONS.has(value) ? `${fold(value.charAt(0) + value.slice(1).toLowerCase())}:` : value,
  ),
  cellwise("months abbreviated", (value) => (typeof value === "string" && MONTHS.includes(value) ? `${value.charAt(0)}${value.slice(1, 3).toLowerCase()}` : value)),
  cellwise("P and R for the concept", (value): Cell => (value === "PROGRAMADO" ? "P" : value === "REALIZADO" ? "R" : value)),
  offsetOrigin,
];

const grids = new Map<string, Grid[]>();
beforeAll(async () => {
  for (const name of MUNICIPAL) {
    // Typed as a secretaría would: on track, behind without a word, a word where a figure goes.
    const bytes = await typeIntoFollowUp(await withFollowUp(fixture(name), 3), (row, i) => {
      if (programmedTo(row, 3) <= 0) return null;
      if (i % 4 === 0) return { realized: [0, 0, 0] };
      if (i % 4 === 1) return { realized: ["ocho", 0, 0], justification: "Sin dato." };
      return { realized: row.programmed.slice(0, 3).map((p) => (p.figure.kind === "number" ? p.figure.value : 0)) };
    });
    grids.set(name, await XlsxReader.open(bytes).readSheets());
  }
});


describe.each(MUNICIPAL)("%s with its follow-up", (name) => {
  it("has follow-up findings to keep (the test is not vacuous)", () => {
    const rules = new Set(validateGrids(grids.get(name)!).findings.map((f) => f.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(["red-justification", "realized-text"]));
  });

  it.each([...REWRITES, compose(...REWRITES)].map((r) => [r.name, r] as const))("POA rewritten (%s): the follow-up still matches it", (_n, rewrite) => {
    const original = grids.get(name)!;
    const result = onSheets(rewrite, (g) => !isFollowUp(g)).apply(original);
    const after = findingKeys(result.grids, (_s, row, col) => ({ row, col }));
    expect(after.filter((k) => k.startsWith("layout") && /Seguimiento/.test(k))).toEqual([]);
    expect(after).toEqual(findingKeys(original, result.move));
  });

  it.each([...FOLLOW_UP_REWRITES, compose(...FOLLOW_UP_REWRITES)].map((r) => [r.name, r] as const))("follow-up rewritten (%s): same findings", (_n, rewrite) => {
    const original = grids.get(name)!;
    const result = onSheets(rewrite, isFollowUp).apply(original);
    expect(JSON.stringify(result.grids)).not.toBe(JSON.stringify(original));
    expect(findingKeys(result.grids, (_s, row, col) => ({ row, col }))).toEqual(findingKeys(original, result.move));
  });
});

it("the rewritten follow-up is read with its cut-off and every row", () => {
  const original = grids.get(MUNICIPAL[0]!)!;
  const rewritten = onSheets(compose(...FOLLOW_UP_REWRITES), isFollowUp).apply(original).grids;
  const sheet = rewritten.find(isFollowUp)!;
  const followUp = readSheet(sheet).followUp!;
  expect(followUp.cutoff?.month).toBe(3);
  expect(followUp.rows).toHaveLength(readSheet(original.find(isFollowUp)!).followUp!.rows.length);
});
