import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Action, WorkbookModel } from "../../src/domain/model";
import { WorkbookModelSchema } from "../../src/domain/model";
import { readSheet, readWorkbook } from "../../src/domain/reader";
import { actionRows, gridOf, MONTHS, stackedGrid } from "../support/grid";

async function readFixture(name: string): Promise<WorkbookModel> {
  const workbook = XlsxReader.open(readFileSync(join(__dirname, "../fixtures", name)));
  return readWorkbook(await workbook.readSheets());
}

function actions(model: WorkbookModel): Action[] {
  return model.sheets.flatMap((s) => s.actions);
}

function numbers(model: WorkbookModel): Array<number | string> {
  return actions(model).map((a) => (a.fields.numero?.figure.kind === "number" ? a.fields.numero.figure.value : "?"));
}

describe("reader on the real 2021 workbook (actions stacked on one sheet)", () => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = await readFixture("secretaria-particular-2021.xlsx");
  });

  it("finds the six actions and their twenty activities", () => {
    expect(numbers(model)).toEqual([2, 3, 4, 6, 7, 9]);
    expect(actions(model).map((a) => a.activities.length)).toEqual([1, 4, 6, 4, 1, 4]);
    expect(actions(model).every((a) => a.family === "municipal-2021" && a.title?.year === 2021)).toBe(true);
  });

  it("remembers the cell of every value", () => {
    const a3 = actions(model)[1]!;
    expect(a3.fields.inversion?.value.cell).toBe("G28");
    expect(a3.fields.inversion?.figure).toEqual({ kind: "number", value: 487160, fromText: false });
    expect(a3.fields.partida?.value).toMatchObject({ cell: "I27", text: "3191, 3691, 3821, 3853, 3581, 3471, 2711, 2211, 3231, 3291." });
    const first = a3.activities[0]!;
    expect(first.anual?.cell).toBe("F33");
    expect(first.periods.map((p) => p.cell)).toEqual(["G33", "H33", "I33", "J33", "K33", "L33", "M33", "N33", "O33", "P33", "Q33", "R33"]);
  });

  it("reads a partida list placed below its label, and counts '-' months", () => {
    const a4 = actions(model)[2]!;
    expect(a4.fields.partida?.value).toMatchObject({ cell: "I50", text: "3622, 3661, 2151, 3611" });
    const a7 = actions(model)[4]!;
    expect(a7.activities[0]!.periods[3]!.figure).toEqual({ kind: "dash" });
  });

  it("recognises the hand-made summary table with its total", () => {
    const summary = model.sheets[1]!.summaries[0]!;
    expect(summary.rows).toHaveLength(9);
    expect(summary.rows[3]).toMatchObject({ number: { cell: "A6" }, name: { text: "Comunicación institucional" }, amount: { cell: "C6" } });
    expect(summary.rows[1]!.amount.figure).toEqual({ kind: "dash" });
    expect(summary.total?.figure).toEqual({ kind: "number", value: 7458446.61, fromText: false });
  });

  it("produces a model that satisfies its schema", () => {
    expect(WorkbookModelSchema.safeParse(model).success).toBe(true);
  });
});

describe("reader on the real 2022 workbook (one action per sheet)", () => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = await readFixture("secretaria-planeacion-2022.xlsx");
  });

  it("finds the eight actions and their forty-nine activities, page-break continuations included", () => {
    expect(numbers(model)).toEqual([4, 5, 8, 9, 11, 12, 16, 17]);
    expect(actions(model).map((a) => a.activities.length)).toEqual([4, 10, 4, 1, 7, 11, 3, 9]);
    expect(actions(model)[5]!.activities.map((a) => a.row + 1)).toEqual([13, 14, 15, 16, 17, 18, 19, 23, 24, 25, 26]);
    expect(actions(model).every((a) => a.family === "municipal-2022")).toBe(true);
  });

  it("reads PROPOSITO beside its label and PARTIDA with <b> debris", () => {
    const a5 = actions(model)[1]!;
    expect(a5.fields.proposito?.value.cell).toBe("H9");
    expect(a5.fields.partida?.value).toMatchObject({ cell: "H11", text: "2111, 2213" });
    const a17 = actions(model)[7]!;
    expect(a17.fields.partida?.value.text).toBe("2111, 2441, 2451, 2461, 2471, 2921, 3171, 5111, 5151");
  });

  it("recovers values whose labels were deleted, and says so", () => {
    const a5 = actions(model)[1]!;
    expect(a5.fields.numero).toMatchObject({ labelCell: null, value: { cell: "F6" } });
    expect(a5.fields.inversion).toMatchObject({ labelCell: null, value: { cell: "F8" } });
    expect(a5.notes.filter((n) => n.kind === "inferred-label").map((n) => n.cell)).toEqual(["F6", "F8"]);
  });

  it("notices a merged cell that swallows the annual figure", () => {
    const a5 = actions(model)[1]!;
    const row28 = a5.activities.find((a) => a.row === 27)!;
    expect(row28.coveredFigureCells).toEqual(["F28"]);
    expect(row28.anual?.figure).toEqual({ kind: "blank" });
  });
});

describe("reader on synthetic sheets", () => {
  it("reads figures typed as text", () => {
    const grid = stackedGrid([{ inversion: "$1,000.00", activities: [{ inversion: "\\$1,000.00", anual: "4,400", months: Array(12).fill("-") }] }]);
    const [action] = readSheet(grid).actions;
    expect(action!.fields.inversion?.figure).toEqual({ kind: "number", value: 1000, fromText: true });
    expect(action!.activities[0]!.anual?.figure).toEqual({ kind: "number", value: 4400, fromText: true });
  });

  it("anchors on labels wherever the block starts", () => {
    const shifted = actionRows().map((row) => [null, null, null, ...row]);
    const grid = gridOf("POA", [[], [], ...shifted]);
    const [action] = readSheet(grid).actions;
    expect(action!.fields.numero?.value.cell).toBe("J8");
    expect(action!.activities[0]!.anual?.cell).toBe("I15");
  });

  it("reports activity rows above any action block", () => {
    const orphan = ["Actividad suelta", "Área", "Pieza", 0, "Indicador", 12, ...Array(12).fill(1)];
    const grid = gridOf("POA", [orphan, orphan, [], ...actionRows()]);
    const sheet = readSheet(grid);
    expect(sheet.notes).toEqual([{ kind: "orphan-rows", cell: "A1", data: { count: 2 } }]);
    expect(sheet.actions).toHaveLength(1);
  });

  it("reports a table with no month header", () => {
    const rows = actionRows().filter((row) => row[6] !== MONTHS[0]);
    const [action] = readSheet(gridOf("POA", rows)).actions;
    expect(action!.notes).toContainEqual({ kind: "no-month-header", cell: "A11", data: {} });
    expect(action!.activities[0]!.periods).toEqual([]);
  });

  it("reports a shifted row and names it", () => {
    const rows = actionRows();
    rows[12] = [null, ...rows[12]!];
    const [action] = readSheet(gridOf("POA", rows)).actions;
    expect(action!.activities[0]!.shifted).toBe(true);
    expect(action!.notes).toContainEqual({ kind: "shifted-row", cell: "A13", data: { row: 13 } });
  });

  it("stops an activity table at the signature block", () => {
    const rows = [...actionRows(), [], ["ELABORÓ", null, "REVISÓ", null, "AUTORIZÓ"], ["Lic. Ana Pérez", null, "Ing. Luis Díaz", null, "C. Rosa Ruiz"]];
    const [action] = readSheet(gridOf("POA", rows)).actions;
    expect(action!.activities).toHaveLength(2);
  });

  it("copes with a used range that reaches the last row of a sheet", () => {
    const values: Array<Array<string | number | null> | undefined> = actionRows().map((r) => r.map((c) => (c as string | number | null) ?? null));
    values[1_048_575] = ["x"];
    const started = Date.now();
    const sheet = readSheet({ sheet: "POA", origin: { row: 0, col: 0 }, values, merges: [] });
    expect(sheet.actions).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
