import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { WorkbookReadError } from "../../src/workbook/errors";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function failure(data: Uint8Array): Promise<WorkbookReadError> {
  try {
    await XlsxWorkbook.open(data);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("the workbook opened");
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("XlsxWorkbook", () => {
  it("gives grids as Office.js reports cells: merge slaves blank, formulas as results, dates as serials", async () => {
    const data = await bytesOf((wb) => {
      const ws = wb.addWorksheet("POA");
      ws.getCell("A1").value = "PROGRAMA OPERATIVO ANUAL 2022";
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = { richText: [{ text: "PARTIDA " }, { text: "PRESUPUESTAL", font: { bold: true } }] };
      ws.getCell("B2").value = { formula: "1+1", result: 2 };
      ws.getCell("C2").value = new Date(Date.UTC(2022, 0, 1));
      ws.getCell("D2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("E2").value = 487160;
      ws.getCell("E2").numFmt = '"$"#,##0.00';
      ws.getCell("A5").value = "final";
      wb.addWorksheet("Vacía");
    });
    const workbook = await XlsxWorkbook.open(data);
    expect(await workbook.listSheets()).toEqual([
      { name: "POA", visible: true, protected: false },
      { name: "Vacía", visible: true, protected: false },
    ]);
    const [grid, empty] = await workbook.readSheets();
    expect(grid!.values[0]).toEqual(["PROGRAMA OPERATIVO ANUAL 2022", null, null, null]);
    expect(grid!.values[1]).toEqual(["PARTIDA PRESUPUESTAL", 2, 44562, { error: "#REF!" }, 487160]);
    expect(grid!.values[2]).toBeUndefined();
    expect(grid!.values).toHaveLength(5);
    expect(grid!.numberFormats![1]![4]).toBe('"$"#,##0.00');
    expect(grid!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(empty!.values).toEqual([]);
  });

  it("reads only the sheets asked for, and tells a protected sheet", async () => {
    const data = await bytesOf((wb) => {
      wb.addWorksheet("Uno").getCell("A1").value = 1;
      const locked = wb.addWorksheet("Dos");
      locked.getCell("A1").value = 2;
      void locked.protect("secreto", {});
    });
    const workbook = await XlsxWorkbook.open(data);
    const grids = await workbook.readSheets(["Dos"]);
    expect(grids.map((g) => [g.sheet, g.protected])).toEqual([["Dos", true]]);
  });

  it("keeps a value in the last row of the sheet without filling the rows between", async () => {
    const data = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Larga");
      ws.getCell("A1").value = "inicio";
      ws.getCell("C1048576").value = "fin";
    });
    const [grid] = await (await XlsxWorkbook.open(data)).readSheets();
    expect(grid!.values).toHaveLength(1_048_576);
    expect(grid!.values[1_048_575]).toEqual([null, null, "fin"]);
    expect(Object.keys(grid!.values)).toHaveLength(2);
  });

  it.each([
    ["an empty file", new Uint8Array(), "not-xlsx", /vacío/],
    ["a text file", new TextEncoder().encode("ACCIÓN,INVERSIÓN\n1,2\n"), "not-xlsx", /no es un libro de Excel/],
    ["an old .xls", new Uint8Array([...CFB_MAGIC, ...new Array(504).fill(0)]), "legacy-xls", /\.xls/],
    [
      "a password-protected workbook",
      new Uint8Array([...CFB_MAGIC, ...new Array(64).fill(0), ...Buffer.from("EncryptedPackage", "utf16le")]),
      "encrypted",
      /contraseña/,
    ],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "corrupt", /dañado/],
  ])("refuses %s with a reason in Spanish", async (_, data, reason, message) => {
    const error = await failure(data);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});
