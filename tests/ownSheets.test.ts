import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeChanges } from "../src/app/compare";
import { writeObservations } from "../src/app/observations";
import { openWorkbook } from "../src/app/sources";
import { writeReport } from "../src/app/followup";
import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { validateGrids } from "../src/domain/validate";

/** What the add-in writes into a POA is never read as the POA's content: no finding comes from it. */
describe("our own sheets in a POA", () => {
  it("the observations, the changes and the report leave the POA's findings as they were", async () => {
    const bytes = readFileSync(join(__dirname, "fixtures/secretaria-planeacion-2022.xlsx"));
    const original = validateGrids(await UserWorkbook.open(bytes).readSheets()).findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
    const workbook = UserWorkbook.open(bytes);
    const grids = await workbook.readSheets();
    await writeObservations(workbook, openWorkbook(workbook, "poa.xlsx"));
    await writeChanges(workbook, grids, grids.map((g) => (g.sheet === "Acción 4" ? { ...g, values: g.values.map((row) => row?.map((v) => (v === 1 ? 2 : v))) } : g)), { before: "anterior.xlsx", after: "poa.xlsx", link: "#" });
    await writeReport(workbook, openWorkbook(workbook, "poa.xlsx"), { cutoff: 3 });
    const after = await workbook.readSheets();
    expect(after.map((g) => g.sheet).slice(-3)).toEqual(["Observaciones", "Cambios", "Informe trimestral"]);
    expect(validateGrids(after).findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual(original);
  });
});
