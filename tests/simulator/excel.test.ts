import type { Grid } from "../../src/domain/grid";
import { SimulatedExcel } from "../../src/simulator";

const grid = (sheet: string, values: Grid["values"], extra: Partial<Grid> = {}): Grid => ({ sheet, origin: { row: 0, col: 0 }, values, merges: [], ...extra });

async function fails(excel: SimulatedExcel, batch: (context: Excel.RequestContext) => void): Promise<string> {
  try {
    await excel.run(async (context) => {
      batch(context);
      await context.sync();
    });
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "no error";
}

describe("the simulated Excel refuses what Excel refuses", () => {
  it("reading a property not loaded, or before the sync, throws PropertyNotLoaded; isNullObject too", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("POA");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ws.load("name");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const table = context.workbook.tables.getItemOrNullObject("Nada");
      expect(() => table.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(ws.name).toBe("POA");
      expect(table.isNullObject).toBe(true);
      expect(() => ws.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("values, formulas and number formats must match the range's shape", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])]);
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]]))).toBe("InvalidArgument");
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 1, 2).numberFormat = [["0"]]))).toBe("InvalidArgument");
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 1, 2).formulas = [["=1", "=2"]]))).toBe("no error");
  });

  it("text starting with =, + or - written to values becomes a formula, unless it carries Excel's text prefix", async () => {
    const excel = SimulatedExcel.of([grid("POA", [[null]])]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 1, 5).values = [["- sin avance", "+5", "=2*3", "'- sin avance", "0012"]];
      await context.sync();
    });
    const [row] = excel.book.grid("POA").values;
    expect(row).toEqual([{ error: "#NAME?" }, 5, 6, "- sin avance", 12]);
  });

  it("getMergedAreasOrNullObject fails past 512 merged areas, and is ExcelApi 1.13", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    const excel = SimulatedExcel.of([grid("POA", [["a"]], { merges })]);
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 513, 2).getMergedAreasOrNullObject().load("address"))).toBe("GeneralException");
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 512, 2).getMergedAreasOrNullObject().load("address"))).toBe("no error");
    const older = SimulatedExcel.of([grid("POA", [["a"]], { merges })], { apiLevel: "1.9" });
    expect(older.supports("1.13")).toBe(false);
    expect(older.supports("1.9")).toBe(true);
    expect(await fails(older, (c) => c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 2, 2).getMergedAreasOrNullObject().load("address"))).toBe("ApiNotFound");
  });

  it("a value inside a merged area's hidden cells is refused; merging keeps the top-left value", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a", "b"]], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] })]);
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRange("B1").values = [["x"]]))).toBe("InvalidOperation");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("POA");
      ws.getRange("A3:B3").values = [["keep", "lost"]];
      ws.getRange("A3:B3").merge(false);
      await context.sync();
    });
    expect(excel.book.grid("POA").values[2]).toEqual(["keep", null]);
  });

  it.each([
    ["Una hoja con un nombre de más de treinta y un caracteres", "InvalidArgument"],
    ["Resumen: 2025", "InvalidArgument"],
    ["'Resumen", "InvalidArgument"],
    ["poa", "ItemAlreadyExists"],
    ["History", "InvalidArgument"],
    ["Resumen 2025", "no error"],
  ])("a new sheet called «%s»: %s", async (name, code) => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])]);
    expect(await fails(excel, (c) => c.workbook.worksheets.add(name))).toBe(code);
  });

  it("table names are unique across tables, and a table over merged cells is refused", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a", "b"], [1, 2]], { merges: [{ top: 5, left: 0, bottom: 5, right: 1 }] })]);
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("POA").tables.add(c.workbook.worksheets.getItem("POA").getRange("A5:B7") as never, true))).toBe("InvalidOperation");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("POA");
      ws.tables.add(ws.getRange("A1:B2"), true).name = "PoaResumen";
      await context.sync();
    });
    expect(
      await fails(excel, (c) => {
        const other = c.workbook.worksheets.add("Otra");
        other.tables.add(other.getRange("A1:B2"), true).name = "poaresumen";
      }),
    ).toBe("InvalidArgument");
  });

  it("a protected sheet refuses writes, formats and conditional formats with AccessDenied", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]], { protected: true }), grid("Otra", [["b"]])]);
    const ws = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("POA");
    expect(await fails(excel, (c) => (ws(c).getRange("A1").values = [["x"]]))).toBe("AccessDenied");
    expect(await fails(excel, (c) => (ws(c).getRange("A1").format.font.bold = true))).toBe("AccessDenied");
    expect(await fails(excel, (c) => ws(c).getRange("A1").conditionalFormats.add("Custom" as never))).toBe("AccessDenied");
  });

  it("add does not activate a sheet, activate does; a hidden sheet is not activated; the last visible sheet stays", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]]), grid("Oculta", [["b"]])], { hidden: ["Oculta"] });
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Nueva");
      await context.sync();
    });
    expect(excel.book.activeSheet!.name).toBe("POA");
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("Nueva").activate())).toBe("no error");
    expect(excel.book.activeSheet!.name).toBe("Nueva");
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("Oculta").activate())).toBe("InvalidOperation");
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("Nueva").delete())).toBe("no error");
    expect(await fails(excel, (c) => c.workbook.worksheets.getItem("POA").delete())).toBe("InvalidOperation");
  });

  it("onChanged fires after the add-in's own writes too, with source Local", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])]);
    const events: Array<{ address: string; source: string }> = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => void events.push({ address: event.address, source: event.source }));
      await context.sync();
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("POA").getRange("B2:C2").values = [[1, 2]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual([{ address: "B2:C2", source: "Local" }]);
  });

  it("on the web a request over 5 MB fails, and nothing of it is written", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])], { platform: "web" });
    const big = Array.from({ length: 3000 }, () => Array.from({ length: 10 }, () => "x".repeat(200)));
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 3000, 10).values = big))).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.book.grid("POA").values).toEqual([["a"]]);
    const desktop = SimulatedExcel.of([grid("POA", [["a"]])]);
    expect(await fails(desktop, (c) => (c.workbook.worksheets.getItem("POA").getRangeByIndexes(0, 0, 3000, 10).values = big))).toBe("no error");
  });

  it("members above the host's level fail as a missing API does: data validation (1.8), page layout (1.9)", async () => {
    const excel = SimulatedExcel.of([grid("POA", [["a"]])], { apiLevel: "1.7" });
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } }))).toBe("ApiNotFound");
    expect(await fails(excel, (c) => (c.workbook.worksheets.getItem("POA").pageLayout.orientation = "Landscape"))).toBe("ApiNotFound");
    expect(await fails(excel, (c) => c.workbook.worksheets.onChanged.add(async () => undefined))).toBe("ApiNotFound");
  });
});
