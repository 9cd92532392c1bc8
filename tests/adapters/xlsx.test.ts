import ExcelJS from "exceljs";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../../src/domain/grid";
import { validateGrids } from "../../src/domain/validate";
import { WorkbookReadError } from "../../src/workbook/errors";
import { worksheetToGrid } from "../support/exceljsGrid";
import { replacePart, unzipParts, zipParts } from "../support/xlsxParts";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function failure(data: Uint8Array): WorkbookReadError {
  try {
    XlsxReader.open(data);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("the workbook opened");
}

/** What the domain sees of a grid: rows without trailing blanks, formats only where there is a value. */
function seen(grid: Grid) {
  const values: unknown[] = [];
  const formats: unknown[] = [];
  grid.values.forEach((row, r) => {
    if (!row) return;
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
    if (n === 0) return;
    values[r] = row.slice(0, n);
    formats[r] = row.slice(0, n).map((v, c) => (v === null ? null : grid.numberFormats?.[r]?.[c]));
  });
  return { sheet: grid.sheet, origin: grid.origin, values, formats, merges: grid.merges, protected: grid.protected ?? false };
}

async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(worksheetToGrid);
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FIXTURES = join(__dirname, "../fixtures");

describe("our .xlsx reader and the ExcelJS path", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))("give the same grids and byte-identical findings on %s", async (file) => {
    const bytes = readFileSync(join(FIXTURES, file));
    const ours = await XlsxReader.open(bytes).readSheets();
    const theirs = await exceljsGrids(bytes);
    expect(ours.map(seen)).toEqual(theirs.map(seen));
    expect(JSON.stringify(validateGrids(ours).findings)).toBe(JSON.stringify(validateGrids(theirs).findings));
  });

  it("agree on random small workbooks written by ExcelJS, read back as written", async () => {
    const cell = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !/_x[0-9A-F]{4}_/.test(s)),
      fc.boolean(),
    );
    const sheet = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), cell), { maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(sheet, async (cells) => {
        const written = new Map(cells.map(([r, c, v]) => [`${r},${c}`, v]));
        const bytes = await bytesOf((wb) => {
          const ws = wb.addWorksheet("Hoja");
          for (const [key, value] of written) {
            const [r, c] = key.split(",").map(Number);
            ws.getCell(r! + 1, c! + 1).value = value;
          }
        });
        const [grid] = await XlsxReader.open(bytes).readSheets();
        for (const [key, value] of written) {
          const [r, c] = key.split(",").map(Number);
          expect(grid!.values[r!]?.[c!]).toEqual(value);
        }
        expect(seen(grid!)).toEqual(seen((await exceljsGrids(bytes))[0]!));
      }),
      { numRuns: 40 },
    );
  });
});

describe("XlsxReader", () => {
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
      ws.getCell("F2").value = { formula: "A9*0", result: 0 };
      ws.getCell("G2").value = true;
      ws.getCell("A5").value = "final";
      wb.addWorksheet("Vacía");
    });
    const workbook = XlsxReader.open(data);
    expect(await workbook.listSheets()).toEqual([
      { name: "POA", visible: true, protected: false },
      { name: "Vacía", visible: true, protected: false },
    ]);
    const [grid, empty] = await workbook.readSheets();
    expect(grid!.values[0]).toEqual(["PROGRAMA OPERATIVO ANUAL 2022"]);
    // A formula's cached 0 is read as 0 (ExcelJS reads it as blank).
    expect(grid!.values[1]).toEqual(["PARTIDA PRESUPUESTAL", 2, 44562, { error: "#REF!" }, 487160, 0, true]);
    expect(grid!.values[2]).toBeUndefined();
    expect(grid!.values).toHaveLength(5);
    expect(grid!.numberFormats![1]![4]).toBe('"$"#,##0.00');
    expect(grid!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(empty!.values).toEqual([]);
  });

  it("reads what only hand-made files have: inline strings, namespaced tags, t=\"d\" dates, parts in any order", async () => {
    const base = await bytesOf((wb) => {
      const ws = wb.addWorksheet("POA");
      ws.getCell("A1").value = "texto";
      ws.getCell("B1").value = 5;
      ws.getCell("A2").value = "oculto";
      const hidden = wb.addWorksheet("Oculta");
      hidden.state = "hidden";
      hidden.getCell("A1").value = 1;
    });
    let parts = unzipParts(base);
    parts = replacePart(parts, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<(\/?)(?!\?)([A-Za-z]+)([\s>/])/g, "<$1x:$2$3")
        .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace(
          "</x:sheetData>",
          '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>en </x:t></x:r><x:r><x:t>línea &amp; más</x:t></x:r></x:is></x:c><x:c r="B3" t="d"><x:v>2024-03-15T00:00:00Z</x:v></x:c><x:c r="C3"><x:v>NaN</x:v></x:c><x:c r="D3"><x:v>1e309</x:v></x:c></x:row></x:sheetData><x:sheetProtection sheet="1"/>',
        ),
    );
    const workbookPart = parts.find(([n]) => n === "xl/workbook.xml")!;
    parts = [...parts.filter(([n]) => n !== "xl/workbook.xml"), workbookPart];
    const reader = XlsxReader.open(zipParts(parts));
    expect((await reader.listSheets()).map((s) => [s.name, s.visible, s.protected])).toEqual([
      ["POA", true, true],
      ["Oculta", false, false],
    ]);
    const [grid] = await reader.readSheets(["POA"]);
    expect(grid!.values[0]).toEqual(["texto", 5]);
    // Not numbers, so number-format reports them; never a silent 0.
    expect(grid!.values[2]).toEqual(["en línea & más", 45366, "NaN", "1e309"]);
  });

  it("keeps a value in the last row of the sheet without filling the rows between", async () => {
    const data = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Larga");
      ws.getCell("A1").value = "inicio";
      ws.getCell("C1048576").value = "fin";
    });
    const [grid] = await XlsxReader.open(data).readSheets();
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
  ])("refuses %s with a reason in Spanish", (_, data, reason, message) => {
    const error = failure(data);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});
