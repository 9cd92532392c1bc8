import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { area, type SheetSpec } from "../../src/domain/sheets/spec";
import { loadWithExcelJS } from "../support/exceljsGrid";
import { unzipParts } from "../support/xlsxParts";

const RULE = { kind: "whole", min: 0, title: "Realizado", message: "Un número entero, 0 o mayor." } as const;

function spec(rows: number[]): SheetSpec {
  return {
    name: "Seguimiento",
    cells: rows.map((row) => ({ row, col: 5, value: null, style: "input" as const })),
    merges: [],
    columnWidths: [],
    rowHeights: {},
    validations: [{ area: area(2, 2), kind: "list", values: ["ENERO", "FEBRERO"], title: "Mes", message: "Un mes." }, ...rows.map((row) => ({ area: area(row, 5, row, 16), ...RULE }))],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: null },
    freezeRows: 0,
    table: null,
    chart: null,
  };
}

describe("the validations of a sheet we write", () => {
  // Excel groups one rule's areas in one element, and refuses a sheet past some 64,000 of them.
  it("are one element per rule, over all its areas, and each area keeps its rule", async () => {
    const workbook = UserWorkbook.empty();
    await workbook.addSheet(spec([6, 8, 10]));
    const bytes = workbook.toBuffer();
    const xml = unzipParts(bytes).find(([name]) => name === "xl/worksheets/sheet1.xml")![1] as string;
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain('sqref="F7:Q7 F9:Q9 F11:Q11"');
    const ws = (await loadWithExcelJS(bytes)).getWorksheet("Seguimiento")!;
    for (const cell of ["F7", "Q9", "K11"]) expect(ws.getCell(cell).dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(ws.getCell("F8").dataValidation).toBeUndefined();
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"ENERO,FEBRERO"'] });
  });
});
