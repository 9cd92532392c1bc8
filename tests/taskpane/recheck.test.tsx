/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWhole } from "../../src/adapters/xlsx/read/worker";
import { validateWorkbook } from "../../src/app/validate";
import { App } from "../../src/taskpane/components/App";
import { PreviewWorkbook } from "../../src/taskpane/preview/PreviewWorkbook";

jest.setTimeout(30_000);
afterEach(cleanup);

const FIXTURE = join(__dirname, "../fixtures/secretaria-particular-2021.xlsx");

/** The pane over the fixture on the simulated Excel, every reading of the workbook noted (which sheets, or all). */
async function paneOverFixture() {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const workbook = new PreviewWorkbook(bytes, await readWhole(bytes, () => undefined), "poa.xlsx");
  const reads: Array<readonly string[] | undefined> = [];
  const readSheets = workbook.readSheets.bind(workbook);
  workbook.readSheets = (names?: readonly string[]) => {
    reads.push(names);
    return readSheets(names);
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} locale="es" fileName="poa.xlsx" />
    </FluentProvider>,
  );
  return { workbook, reads };
}

describe("the check after a command", () => {
  it("reads only the sheet the command wrote, and finds what a whole new reading finds", async () => {
    const { workbook, reads } = await paneOverFixture();
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    await screen.findByRole("button", { name: "Errores: 4" }, { timeout: 15_000 });
    reads.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Generar resumen" }));
    await screen.findByText(/el resumen se escribió en «Resumen \(2\)»/, undefined, { timeout: 15_000 });
    await screen.findByText(/en 3 hoja\(s\)/, undefined, { timeout: 15_000 });
    // The summary read the whole workbook; the check after it, the new sheet alone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reads).toEqual([undefined, ["Resumen (2)"]]);
    const whole = await validateWorkbook(workbook, { locale: "es" });
    await screen.findByRole("button", { name: `Errores: ${whole.errorCount}` });
    await screen.findByRole("button", { name: `Notas: ${whole.infoCount}` });
  });

  it("reads the whole workbook again after a command that did not read it (a template)", async () => {
    const { reads } = await paneOverFixture();
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    await screen.findByRole("button", { name: "Errores: 4" }, { timeout: 15_000 });
    fireEvent.click(screen.getByRole("button", { name: "Insertar plantilla" }));
    await screen.findByRole("spinbutton", { name: "Año" });
    // The user may have typed in the workbook while the form was open: nothing read before counts.
    reads.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Insertar" }));
    await screen.findByText(/Plantilla insertada/, undefined, { timeout: 15_000 });
    await screen.findByText(/en 3 hoja\(s\)/, undefined, { timeout: 15_000 });
    expect(reads).toEqual([undefined]);
  });
});
