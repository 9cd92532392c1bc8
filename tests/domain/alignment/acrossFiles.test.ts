import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withFindingsAcrossFiles } from "../../../src/app/validate";
import { XlsxReader } from "../../../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../../../src/domain/grid";
import { alignmentAcrossFiles } from "../../../src/domain/plan/acrossFiles";
import { readWorkbook } from "../../../src/domain/reader";
import { validateGrids } from "../../../src/domain/validate";

const fixture = (): Promise<Grid[]> => XlsxReader.open(readFileSync(join(__dirname, "../../fixtures/secretaria-planeacion-2022.xlsx"))).readSheets();
/** Every cell starting with `from` rewritten to start with `to`, in every sheet. */
const retyped = (grids: Grid[], from: string, to: string): Grid[] =>
  grids.map((g) => ({ ...g, values: g.values.map((row) => row?.map((v) => (typeof v === "string" && v.startsWith(from) ? to + v.slice(from.length) : v))) }));

describe("alignment-consistency across the files of one run", () => {
  it("a file that types a line otherwise than the others is said in that file, with what they type", async () => {
    const same = await fixture();
    const odd = retyped(same, "3.2.1 Promover el fortalecimiento de las capacidades institucionales municipales", "3.2.1 Fortalecer las capacidades del municipio");
    const slipped = retyped(same, "3.6 Combate", "3.7 Combate");
    const across = alignmentAcrossFiles(
      [
        { file: "a.xlsx", model: readWorkbook(same) },
        { file: "b.xlsx", model: readWorkbook(same) },
        { file: "c.xlsx", model: readWorkbook(odd) },
        { file: "d.xlsx", model: readWorkbook(slipped) },
      ],
      "es",
    );
    expect(across.map((a) => [a.file, a.finding.messageId])).toEqual([
      ["c.xlsx", "alignment-consistency/text-files"],
      ["d.xlsx", "alignment-consistency/code-files"],
    ]);
    expect(across[0]!.finding.message).toMatch(/^La clave 3\.2\.1 dice «Fortalecer las capacidades del municipio.*» en este libro, pero «Promover el fortalecimiento de las capacidades instituciona…» en 3 libro\(s\) más de los que se revisaron\.$/);
    expect(across[1]!.finding.message).toBe("«Combate a la corrupción y a la impunidad» lleva la clave 3.7 en este libro, pero 3.6 en 3 libro(s) más de los que se revisaron.");
  });

  it("added to the odd file's report as a warning; files that agree, or a single file, get nothing", async () => {
    const same = await fixture();
    const odd = retyped(same, "3.5 Rendición", "3.5 Rendir cuentas");
    const results = [
      { filePath: "a.xlsx", report: validateGrids(same) },
      { filePath: "b.xlsx", report: validateGrids(same) },
      { filePath: "c.xlsx", report: validateGrids(odd) },
    ];
    const { results: merged, across } = withFindingsAcrossFiles(results, "es");
    expect(across).toHaveLength(1);
    const c = merged[2]! as (typeof results)[number];
    expect(c.report.warningCount).toBe(results[2]!.report.warningCount + 1);
    expect(c.report.findings.at(-1)).toMatchObject({ ruleId: "alignment-consistency", severity: "warning" });
    expect(merged[0]).toBe(results[0]);
    expect(withFindingsAcrossFiles(results.slice(0, 2), "es").across).toEqual([]);
    expect(withFindingsAcrossFiles(results.slice(2), "es").across).toEqual([]);
  });
});
