/**
 * @jest-environment jsdom
 */
import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWhole } from "../../src/adapters/xlsx/read/worker";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../../src/domain/grid";
import { App } from "../../src/taskpane/components/App";
import type { ApiLevel } from "../../src/simulator";
import { PreviewWorkbook } from "../../src/taskpane/preview/PreviewWorkbook";
import { cellsOf, mergesOf } from "../support/cells";
import { runPoa } from "../support/cli";

/**
 * A command is written once: what the pane writes into the open workbook and what `poa` writes
 * into its own file are the same sheet, cell by cell (values as Excel shows them, number formats,
 * merged areas). Only a link's target differs: inside the POA from the pane, to the POA's file
 * from the CLI's workbook; its shown text is the same.
 */
const FIXTURES = join(__dirname, "../fixtures");
const NAME = "secretaria-particular-2021.xlsx";
const dir = mkdtempSync(join(tmpdir(), "poa-same-"));
const open = (bytes: Uint8Array) => readWhole(bytes, () => undefined);

jest.setTimeout(30_000);
afterEach(cleanup);

/** The pane over a copy of the fixture, as the preview opens it, in its own folder. */
async function pane(level: ApiLevel): Promise<PreviewWorkbook> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, NAME)));
  const workbook = new PreviewWorkbook(bytes, await open(bytes), NAME, level);
  render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} locale="es" fileName={workbook.fileName} openEarlier={async (b) => (await open(b)).grids} />
    </FluentProvider>,
  );
  return workbook;
}

/** The sheet the pane added: the one the workbook did not have before. */
async function added(workbook: PreviewWorkbook, before: readonly string[]): Promise<Grid> {
  const names = (await workbook.listSheets()).map((s) => s.name).filter((n) => !before.includes(n));
  expect(names).toHaveLength(1);
  return (await workbook.readSheets(names))[0]!;
}

async function written(path: string, sheet?: string): Promise<Grid> {
  const grids = await XlsxReader.open(readFileSync(path)).readSheets();
  return sheet === undefined ? grids[grids.length - 1]! : grids.find((g) => g.sheet === sheet)!;
}

/** Every filled cell with its value and number format, and the merged areas: Excel reads a rectangle, the file reader each row to its end. */
function expectSameSheet(fromPane: Grid, fromCli: Grid, level: ApiLevel): void {
  expect(Object.keys(cellsOf(fromPane)).length).toBeGreaterThan(3);
  // A formula showing nothing is "" in the file and an empty cell to Office.js (Range.values).
  const shown = (grid: Grid): Grid => ({ ...grid, values: grid.values.map((row) => row?.map((v) => (v === "" ? null : v))) });
  expect(cellsOf(fromPane)).toEqual(cellsOf(shown(fromCli)));
  // Excel reports the merged areas of the range its values use (Worksheet.getUsedRange(true)):
  // an empty signature line below them is not read back.
  const used = fromPane.origin.row + fromPane.values.length - 1;
  // Below ExcelApi 1.13 Excel cannot tell the add-in its merged areas: none are read back.
  if (level !== "1.13") return;
  expect(mergesOf(fromPane)).toEqual(mergesOf({ ...fromCli, merges: fromCli.merges.filter((m) => m.top <= used) }));
}

async function click(name: string | RegExp, done: RegExp): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name }));
  await screen.findByText(done, undefined, { timeout: 15_000 });
}

const sheetNames = async (workbook: PreviewWorkbook) => (await workbook.listSheets()).map((s) => s.name);

// The pane runs the Office adapter on the simulated Excel: Microsoft 365 (1.13), 1.9, and Excel 2019 (1.7),
// which writes no data validation or page layout but the same cells.
describe.each<ApiLevel>(["1.13", "1.9", "1.7"])("the pane (ExcelApi %s) and the CLI write the same sheet for the same command", (level) => {
  it("summary", async () => {
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    // The fixture has a «Resumen» of its own: ours goes beside it, and the pane says so.
    await click("Generar resumen", /el resumen se escribió en «Resumen \(2\)»/);
    const out = join(dir, `${level}-resumen.xlsx`);
    expect((await runPoa("resumen", join(FIXTURES, NAME), "-o", out)).code).toBe(0);
    expectSameSheet(await added(workbook, before), await written(out), level);
  });

  it("observations", async () => {
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    await click("Escribir observaciones", /Observaciones escritas/);
    const out = join(dir, `${level}-observaciones.xlsx`);
    expect((await runPoa("observaciones", join(FIXTURES, NAME), "-o", out)).code).toBe(0);
    const fromPane = await added(workbook, before);
    expectSameSheet(fromPane, await written(out), level);
    expect(fromPane.values[1]!.slice(6, 8)).toEqual(["POA:", NAME]);
  });

  it("follow-up, at the month chosen", async () => {
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    fireEvent.change(screen.getByRole("combobox", { name: "Mes de corte" }), { target: { value: "3" } });
    await click("Insertar seguimiento", /Seguimiento escrito/);
    const out = join(dir, `${level}-seguimiento.xlsx`);
    expect((await runPoa("seguimiento", join(FIXTURES, NAME), "-o", out, "--hasta", "MARZO")).code).toBe(0);
    expectSameSheet(await added(workbook, before), await written(out, "Seguimiento 2021"), level);
  });

  it("quarterly report", async () => {
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    fireEvent.change(screen.getByRole("combobox", { name: "Mes de corte" }), { target: { value: "6" } });
    await click("Escribir informe trimestral", /Informe trimestral escrito/);
    const out = join(dir, `${level}-informe.xlsx`);
    expect((await runPoa("informe", join(FIXTURES, NAME), "-o", out, "--trimestre", "2")).code).toBe(0);
    expectSameSheet(await added(workbook, before), await written(out), level);
  });

  it("changes against an earlier version", async () => {
    const earlier = join(mkdtempSync(join(dir, `${level}-`)), "anterior.xlsx");
    const changed = UserWorkbook.open(readFileSync(join(FIXTURES, NAME)));
    changed.setCell("POA 2021", "D54", 3_773_200);
    writeFileSync(earlier, await changed.toBuffer());
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    fireEvent.change(screen.getByLabelText("Comparar con versión anterior…", { selector: "input" }), {
      target: { files: [new File([readFileSync(earlier)], "anterior.xlsx")] },
    });
    await screen.findByText(/Respecto de «anterior\.xlsx»/, undefined, { timeout: 15_000 });
    await click("Escribir hoja Cambios", /Cambios escritos/);
    const out = join(dir, `${level}-cambios.xlsx`);
    expect((await runPoa("comparar", earlier, join(FIXTURES, NAME), "-o", out)).code).toBe(0);
    const fromPane = await added(workbook, before);
    expectSameSheet(fromPane, await written(out), level);
    expect(fromPane.values[4]!.slice(3, 7)).toEqual(["Cifra o dato cambiado: INVERSIÓN POR ACTIVIDAD", 3_773_200, 3_750_000, "D54"]);
  });

  it("template", async () => {
    const workbook = await pane(level);
    const before = await sheetNames(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Insertar plantilla" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "Formato" }), { target: { value: "institucional" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Secretaría" }), { target: { value: "Secretaría de Obras" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Filas de actividades" }), { target: { value: "4" } });
    await click("Insertar", /Plantilla insertada/);
    const out = join(dir, `${level}-plantilla.xlsx`);
    const cli = await runPoa("plantilla", "--family", "institucional", "--year", "2021", "--secretaria", "Secretaría de Obras", "--activities", "4", "-o", out);
    expect(cli.code).toBe(0);
    expectSameSheet(await added(workbook, before), await written(out), level);
  });
});
