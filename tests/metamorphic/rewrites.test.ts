import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../src/domain/grid";
import {
  abbreviations,
  colons,
  compose,
  figuresAsText,
  footnotes,
  inlineValues,
  investmentUncaptionedAsText,
  monthNames,
  findingKeys,
  offsetOrigin,
  REWRITES,
  type Rewrite,
  splitTableHeaders,
  summaryNumberInName,
  summaryOtherLayout,
  titleCaseNoAccents,
} from "../support/rewrites";
import { filledInstitutional } from "../support/institutionalTemplate";

/**
 * The same content written another way must give the same errors and warnings, at the same
 * rows: zero false errors on a file nobody here wrote, and no real defect lost.
 */
const FIXTURES = join(__dirname, "../fixtures");
const FILLED_TEMPLATE = "plantilla estatal llenada";
const files = [...readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")), FILLED_TEMPLATE];

const COMBINATIONS: Rewrite[] = [
  compose(footnotes, inlineValues, figuresAsText),
  compose(titleCaseNoAccents, abbreviations, monthNames, colons),
  compose(summaryOtherLayout, offsetOrigin, splitTableHeaders),
  compose(summaryNumberInName, figuresAsText, titleCaseNoAccents),
  compose(...REWRITES),
];

/** Three rewrites at a time, in an order drawn from a fixed seed: the same draws every run. */
function drawn(count: number, seed: number): Rewrite[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) % REWRITES.length;
  return Array.from({ length: count }, () => compose(REWRITES[next()]!, REWRITES[next()]!, REWRITES[next()]!));
}
COMBINATIONS.push(...drawn(8, 2024));

const grids = new Map<string, Grid[]>();
beforeAll(async () => {
  for (const file of files) {
    const bytes = file === FILLED_TEMPLATE ? (await filledInstitutional()).bytes : readFileSync(join(FIXTURES, file));
    grids.set(file, await XlsxReader.open(bytes).readSheets());
  }
});


describe.each(files)("%s rewritten", (file) => {
  it.each([...REWRITES, ...COMBINATIONS].map((r) => [r.name, r] as const))("%s: same errors and warnings", (_name, rewrite) => {
    const original = grids.get(file)!;
    const result = rewrite.apply(original);
    expect(findingKeys(result.grids, (_s, row, col) => ({ row, col }))).toEqual(findingKeys(original, result.move));
  });
});

describe("every rewrite", () => {
  const cells = (input: Grid[]) => JSON.stringify(input.map((g) => [g.origin, g.values]));
  it.each(REWRITES.map((r) => [r.name, r] as const))("%s changes what it is given (none is vacuous)", (_name, rewrite) => {
    const changed = files.filter((file) => cells(rewrite.apply(grids.get(file)!).grids) !== cells(grids.get(file)!));
    expect(changed.length).toBeGreaterThan(0);
  });

  it("the state form's captions and values are rewritten too", () => {
    const original = grids.get("estatal-sspc-2024.xlsx")!;
    const rewritten = compose(inlineValues, monthNames, titleCaseNoAccents).apply(original).grids;
    expect(rewritten[1]!.values[5]![0]).toBe("INSTITUCIÓN (1): SECRETARIA DE SEGURIDAD Y PROTECCION CIUDADANA DEL ESTADO");
    expect(rewritten[1]!.values[30]![8]).toBe("1er. Trimestre (20)");
  });
});

describe("an amount whose caption was deleted", () => {
  // The investment-sum error stays, now with a note that the caption was inferred.
  it.each(["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"])("%s: the same errors when INVERSIÓN APROXIMADA loses its caption and is typed as text", (file) => {
    const original = grids.get(file)!;
    const result = investmentUncaptionedAsText.apply(original);
    const errors = (keys: string[]) => keys.filter((k) => / error /.test(k));
    expect(errors(findingKeys(result.grids, (_s, row, col) => ({ row, col })))).toEqual(errors(findingKeys(original, result.move)));
    expect(findingKeys(result.grids, (_s, row, col) => ({ row, col })).some((k) => k.startsWith("layout warning"))).toBe(true);
  });
});
