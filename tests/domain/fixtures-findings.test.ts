import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ValidationReport, validateGrids } from "../../src/domain/validate";

async function validateFixture(name: string): Promise<ValidationReport> {
  const workbook = XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name)));
  return validateGrids(await workbook.readSheets());
}

const brief = (report: ValidationReport) => report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.sheet}!${f.cell} #${f.action}`);

describe("the real defects of the real workbooks", () => {
  it("2021: action 4's activities fall $23,200 short, and the summary lists three actions the workbook lacks", async () => {
    const report = await validateFixture("secretaria-particular-2021.xlsx");
    expect(report.stats).toEqual({ sheets: 2, actions: 6, activities: 20 });
    expect(brief(report)).toEqual([
      "error investment-sum POA 2021!G47 #4",
      "error summary-mismatch Resumen!A3 #1",
      "error summary-mismatch Resumen!A7 #5",
      "error summary-mismatch Resumen!A10 #8",
    ]);
    expect(report.findings[0]).toMatchObject({ expected: 4181100, actual: 4157900 });
  });

  it("2022: action 5 lost two labels and its annual figure under a merge; actions 5, 8 and 12 do not add up", async () => {
    const report = await validateFixture("secretaria-planeacion-2022.xlsx");
    expect(report.stats).toEqual({ sheets: 8, actions: 8, activities: 49 });
    expect(brief(report)).toEqual([
      "warning layout Acción 5!F6 #5",
      "warning layout Acción 5!F8 #5",
      "error investment-sum Acción 5!F8 #5",
      "warning layout Acción 5!F28 #5",
      "error required-field Acción 5!F28 #5",
      "error investment-sum Acción 8!F8 #8",
      "error investment-sum Acción 12!G8 #12",
    ]);
    expect(report.findings.find((f) => f.ruleId === "investment-sum" && f.action === 12)).toMatchObject({ expected: 60000, actual: 75000 });
  });
});
