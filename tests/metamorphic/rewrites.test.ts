import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { Grid } from "../../src/domain/grid";
import { validateGrids } from "../../src/domain/validate";
import {
  abbreviations,
  colons,
  compose,
  figuresAsText,
  footnotes,
  inlineValues,
  monthNames,
  movedKey,
  offsetOrigin,
  REWRITES,
  type Rewrite,
  splitTableHeaders,
  summaryNumberInName,
  summaryOtherLayout,
  titleCaseNoAccents,
} from "../support/rewrites";

/**
 * The same content written another way must give the same errors and warnings, at the same
 * rows: zero false errors on a file nobody here wrote, and no real defect lost.
 */
const FIXTURES = join(__dirname, "../fixtures");
const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));

const COMBINATIONS: Rewrite[] = [
  compose(footnotes, inlineValues, figuresAsText),
  compose(titleCaseNoAccents, abbreviations, monthNames, colons),
  compose(summaryOtherLayout, offsetOrigin, splitTableHeaders),
  compose(summaryNumberInName, figuresAsText, titleCaseNoAccents),
  compose(...REWRITES),
];

const grids = new Map<string, Grid[]>();
beforeAll(async () => {
  for (const file of files) grids.set(file, await (await XlsxWorkbook.open(readFileSync(join(FIXTURES, file)))).readSheets());
});

const keys = (input: Grid[], move: (sheet: string, row: number, col: number) => { row: number; col: number }) =>
  validateGrids(input)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => movedKey(f, move))
    .sort();

describe.each(files)("%s rewritten", (file) => {
  it.each([...REWRITES, ...COMBINATIONS].map((r) => [r.name, r] as const))("%s: same errors and warnings", (_name, rewrite) => {
    const original = grids.get(file)!;
    const result = rewrite.apply(original);
    expect(keys(result.grids, (_s, row, col) => ({ row, col }))).toEqual(keys(original, result.move));
  });
});
