import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { buildFollowUpSheet } from "../../src/domain/followup";
import { secretariaOf } from "../../src/domain/queries";
import { readWorkbook } from "../../src/domain/reader";
import { area, sheetCells, type SheetSpec } from "../../src/domain/sheets/spec";
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
    const bytes = await workbook.toBuffer();
    const xml = unzipParts(bytes).find(([name]) => name === "xl/worksheets/sheet1.xml")![1] as string;
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain('sqref="F7:Q7 F9:Q9 F11:Q11"');
    const ws = (await loadWithExcelJS(bytes)).getWorksheet("Seguimiento")!;
    for (const cell of ["F7", "Q9", "K11"]) expect(ws.getCell(cell).dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(ws.getCell("F8").dataValidation).toBeUndefined();
    expect(ws.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"ENERO,FEBRERO"'] });
  });
});

describe("a sheet whose rows are streamed", () => {
  const sheetXml = (bytes: Uint8Array) => unzipParts(bytes).find(([name]) => name === "xl/worksheets/sheet1.xml")![1] as string;
  const written = async (sheet: SheetSpec) => {
    const workbook = UserWorkbook.empty();
    await workbook.addSheet(sheet);
    return sheetXml(await workbook.toBuffer());
  };

  // The streamed rows must come out as the same rows among `cells` would: order, styles, and the
  // height a long wrapped text needs (the follow-up of the fixture has activities of four lines).
  it("is written exactly as the same sheet with every row among its cells", async () => {
    const grids = await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"))).readSheets();
    const model = readWorkbook(grids);
    const { spec: followUp } = buildFollowUpSheet({ model, year: 2021, cutoff: 3, secretaria: secretariaOf(model) });
    expect([...followUp.streamed!.rows()].length).toBeGreaterThan(30);
    const streamedXml = await written(followUp);
    expect(streamedXml).toBe(await written(sheetCells(followUp)));
    expect(streamedXml).toMatch(/<row r="7" ht="(\d+)" customHeight="1">/);
  });

  it("refuses a streamed cell whose style was not declared ahead", async () => {
    const sheet: SheetSpec = { ...spec([]), streamed: { top: 3, styles: ["count"], rows: () => [{ cells: [{ row: 3, col: 0, value: 1, style: "money" }] }] } };
    await expect(written(sheet)).rejects.toThrow(/money/);
  });
});
