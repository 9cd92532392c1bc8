/**
 * @jest-environment jsdom
 */
import ExcelJS from "exceljs";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../src/domain/grid";
import type { Locale } from "../../src/domain/i18n/format";
import { App } from "../../src/taskpane/components/App";
import { FakeWorkbook } from "../support/fakeWorkbook";

let grids2021: Grid[];
beforeAll(async () => {
  grids2021 = await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"))).readSheets();
});

function renderPane(workbook: FakeWorkbook, locale: Locale = "es") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} locale={locale} openEarlier={(bytes) => XlsxReader.open(bytes).readSheets()} />
    </FluentProvider>,
  );
}

describe("the task pane", () => {
  it("validates the workbook, shows counts by severity, and selects a finding's cell when clicked", async () => {
    const workbook = new FakeWorkbook(grids2021);
    renderPane(workbook);
    expect(screen.getByText(/Presione «Validar hoja» o «Validar libro»/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    expect(await screen.findByRole("button", { name: "Errores: 4" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Avisos: 0" })).toBeTruthy();
    expect(screen.getByText(/6 acción\(es\), 20 actividad\(es\) en 2 hoja\(s\)/)).toBeTruthy();
    expect(workbook.reads).toEqual([undefined]);

    const finding = screen.getByRole("button", { name: /Ir a la celda G47: La INVERSIÓN APROXIMADA de la acción 4/ });
    fireEvent.click(finding);
    await waitFor(() => expect(workbook.selected).toEqual(["POA 2021!G47"]));
  });

  it("groups findings by action and rule", async () => {
    renderPane(new FakeWorkbook(grids2021));
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    const group = await screen.findByRole("button", { name: /Acción 4 · hoja «POA 2021» \(1\)/ });
    expect(group).toBeTruthy();
    const summary = screen.getByRole("button", { name: /Acción 5 · hoja «Resumen» \(1\)/ });
    expect(summary).toBeTruthy();
    // Rules by their plain name and what to do, never by their id.
    expect(screen.getAllByRole("group", { name: "El resumen no coincide con las acciones" })).toHaveLength(3);
    expect(screen.getAllByText("Corrija la fila del resumen o vuelva a generarlo con «Generar resumen».")).toHaveLength(3);
    expect(screen.queryByText("summary-mismatch")).toBeNull();
  });

  it("inserts the follow-up at the month chosen, then shows the workbook's semáforo; says so when there is nothing to follow", async () => {
    const workbook = new FakeWorkbook([...grids2021]);
    renderPane(workbook);
    expect(workbook.reads).toEqual([]);
    fireEvent.change(screen.getByRole("combobox", { name: "Mes de corte" }), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Insertar seguimiento" }));
    expect(await screen.findByText("Seguimiento escrito en la hoja «Seguimiento 2021»: 20 actividad(es), corte MARZO.")).toBeTruthy();
    expect(workbook.addinSheets.get("Seguimiento 2021")).toBe("PoaSeguimiento");
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    const semaforo = await screen.findByRole("status", { name: "Semáforo al corte de MARZO" });
    expect(within(semaforo).getByText("0 rojo")).toBeTruthy();
    expect(within(semaforo).getByText("18 sin reporte")).toBeTruthy();

    const state = await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/estatal-sspc-2024.xlsx"))).readSheets();
    const other = new FakeWorkbook(state);
    renderPane(other);
    fireEvent.click(screen.getAllByRole("button", { name: "Insertar seguimiento" })[1]!);
    expect(await screen.findByText(/El libro no tiene actividades con programación mensual \(POA municipal\): no hay nada que seguir\./)).toBeTruthy();
    expect(other.grids).toHaveLength(state.length);
  });

  it("validates only the active sheet when asked", async () => {
    const workbook = new FakeWorkbook(grids2021, "Resumen");
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar hoja" }));
    expect(await screen.findByText(/Hoja «Resumen» ·/)).toBeTruthy();
    expect(workbook.reads).toEqual([["Resumen"]]);
    // Alone, the summary cannot know which actions the other sheets hold: no false alarms.
    expect(screen.getByText("Sin hallazgos: las cifras cuadran.")).toBeTruthy();
  });

  it("after writing a sheet, checks again the sheet it checked before, not the sheet it just wrote", async () => {
    const workbook = new FakeWorkbook([...grids2021], "POA 2021");
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar hoja" }));
    expect(await screen.findByRole("button", { name: "Errores: 1" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Escribir observaciones" }));
    await screen.findByText(/Observaciones escritas en la hoja «Observaciones»/);
    expect(workbook.active).toBe("Observaciones");
    await waitFor(() => expect(workbook.reads.slice(-1)).toEqual([["POA 2021"]]));
    expect(await screen.findByText(/Hoja «POA 2021» ·/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Errores: 1" })).toBeTruthy();
  });

  it("filters by severity, shows which filters are on, and says so when they hide everything", async () => {
    renderPane(new FakeWorkbook(grids2021));
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    const errors = await screen.findByRole("button", { name: "Errores: 4" });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(errors);
    expect(errors.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByRole("button", { name: /Ir a la celda G47/ })).toBeNull();
    expect(screen.getByText("Los filtros ocultan los 4 hallazgo(s): active Errores, Avisos o Notas para verlos.")).toBeTruthy();
    fireEvent.click(errors);
    expect(screen.getByRole("button", { name: /Ir a la celda G47/ })).toBeTruthy();
  });

  it("walks the findings with Anterior / Siguiente and Alt+arrows, saying «n de m»", async () => {
    const workbook = new FakeWorkbook(grids2021);
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    await screen.findByRole("button", { name: "Errores: 4" });
    expect(screen.getByText("0 de 4")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Siguiente" }));
    expect(screen.getByText("1 de 4")).toBeTruthy();
    fireEvent.keyDown(screen.getByRole("main"), { key: "ArrowDown", altKey: true });
    expect(screen.getByText("2 de 4")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Anterior" }));
    await waitFor(() => expect(workbook.selected).toEqual(["POA 2021!G47", "Resumen!A3", "POA 2021!G47"]));
    expect(screen.getByRole("button", { name: /Ir a la celda G47/ }).getAttribute("aria-current")).toBe("true");
  });

  it("marks the visible findings and clears them", async () => {
    const workbook = new FakeWorkbook(grids2021);
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    fireEvent.click(await screen.findByRole("button", { name: "Marcar en la hoja" }));
    expect(await screen.findByText(/4 celda\(s\) marcada\(s\)/)).toBeTruthy();
    expect(workbook.marks.map((m) => `${m.sheet}!${m.cell}`)).toEqual(["POA 2021!G47", "Resumen!A3", "Resumen!A7", "Resumen!A10"]);
    fireEvent.click(screen.getByRole("button", { name: "Limpiar marcas" }));
    expect(await screen.findByText("4 marca(s) quitada(s).")).toBeTruthy();
  });

  it("says what went wrong, in Spanish, when the workbook cannot be read", async () => {
    const workbook = new FakeWorkbook(grids2021);
    workbook.failNextRead = Object.assign(new Error("RichApi.Error"), { code: "InvalidOperationInCellEditMode" });
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    const alert = await screen.findByText(/Excel está editando una celda/);
    expect(within(alert.parentElement!).getByText("No se pudo completar")).toBeTruthy();
  });

  it("warns when there is no POA in what was read", async () => {
    const notes: Grid = { sheet: "Hoja1", origin: { row: 0, col: 0 }, values: [["Lista de compras"]], merges: [] };
    renderPane(new FakeWorkbook([notes]));
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    expect(await screen.findByText("No se encontró un POA en lo revisado.")).toBeTruthy();
  });

  it("speaks English when Office does", async () => {
    renderPane(new FakeWorkbook(grids2021), "en");
    fireEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    expect(await screen.findByRole("button", { name: "Errors: 4" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /Go to cell G47: Action 4 has an INVERSIÓN APROXIMADA/ })).toBeTruthy();
  });

  it("re-checks the edited sheet while “Revisar al editar” is on", async () => {
    jest.useFakeTimers();
    try {
      const workbook = new FakeWorkbook(grids2021);
      renderPane(workbook);
      fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      expect(screen.getByRole("button", { name: "Errores: 4" })).toBeTruthy();
      fireEvent.click(screen.getByRole("switch", { name: "Revisar al editar" }));
      await waitFor(() => expect(workbook.listening).toBe(1));

      // The user fixes action 4's investment: G47 becomes the sum of its activities.
      const sheet = workbook.grids[0]!;
      sheet.values[46]![6] = 4157900;
      workbook.edit("POA 2021");
      workbook.edit("POA 2021");
      await act(async () => {
        await jest.advanceTimersByTimeAsync(1_000);
      });
      expect(workbook.reads).toEqual([undefined, ["POA 2021"]]);
      expect(screen.getByRole("button", { name: "Errores: 3" })).toBeTruthy();

      fireEvent.click(screen.getByRole("switch", { name: "Revisar al editar" }));
      await waitFor(() => expect(workbook.listening).toBe(0));
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("the pane's writing commands", () => {
  it("inserts a template of the chosen family in a new sheet, and refuses a bad year", async () => {
    const workbook = new FakeWorkbook([...grids2021]);
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    expect(await screen.findByRole("button", { name: "Notas: 0" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Insertar plantilla" }));
    fireEvent.change(await screen.findByRole("combobox", { name: "Formato" }), { target: { value: "municipal-2021" } });
    const year = screen.getByRole("spinbutton", { name: "Año" });
    // The new sheet takes the workbook's year, not next year's.
    expect((year as HTMLInputElement).value).toBe("2021");
    fireEvent.change(year, { target: { value: "1999" } });
    expect(screen.getByText("El año debe estar entre 2000 y 2100.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Insertar" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(year, { target: { value: "2026" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Secretaría" }), { target: { value: "Secretaría de Obras" } });
    fireEvent.click(screen.getByRole("button", { name: "Insertar" }));
    expect(await screen.findByText("Plantilla insertada en la hoja nueva «POA 2026 municipal (EJE)».")).toBeTruthy();
    const added = workbook.grids.find((g) => g.sheet === "POA 2026 municipal (EJE)")!;
    expect(added.values[0]![0]).toBe("PROGRAMA OPERATIVO ANUAL 2026");
    expect(added.values[3]![0]).toBe("Secretaría de Obras");
    expect(added.values[4]![0]).toBe("EJE");
    // The pane re-checked after its own write: the new, empty template is one note.
    expect(await screen.findByRole("button", { name: "Notas: 1" })).toBeTruthy();
  });

  it("writes the observations into the open workbook, errors first, and updates its own sheet next time", async () => {
    // Fresh grids: other tests here edit the shared ones in place.
    const workbook = new FakeWorkbook(await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"))).readSheets());
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Escribir observaciones" }));
    expect(await screen.findByText(/^Observaciones escritas en la hoja «Observaciones»: 4 hallazgo\(s\)/)).toBeTruthy();
    const sheet = workbook.grids.find((g) => g.sheet === "Observaciones")!;
    expect(sheet.values[5]!.slice(0, 5)).toEqual([1, "POA 2021", "G47", 4, "Error"]);
    fireEvent.click(screen.getByRole("button", { name: "Escribir observaciones" }));
    expect(await screen.findByText(/^Observaciones actualizadas en la hoja «Observaciones»/)).toBeTruthy();
    expect(workbook.grids.filter((g) => g.sheet.startsWith("Observaciones"))).toHaveLength(1);
  });

  it("writes the summary beside a user's «Resumen», then updates its own", async () => {
    const workbook = new FakeWorkbook([...grids2021]);
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Generar resumen" }));
    expect(
      await screen.findByText("Ya hay una hoja «Resumen» que no hizo el complemento y no se tocó: el resumen se escribió en «Resumen (2)»."),
    ).toBeTruthy();
    expect(workbook.grids.find((g) => g.sheet === "Resumen")).toBe(grids2021[1]);
    fireEvent.click(screen.getByRole("button", { name: "Generar resumen" }));
    expect(await screen.findByText("Resumen actualizado en la hoja «Resumen (2)».")).toBeTruthy();
    expect(workbook.grids.map((g) => g.sheet)).toEqual(["POA 2021", "Resumen", "Resumen (2)"]);
  });
});

describe("comparing with an earlier version", () => {
  it("opens the earlier file, lists the changes by action as links to their cells, and writes the Cambios sheet", async () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"));
    const current = await XlsxReader.open(bytes).readSheets();
    const poa = current[0]!;
    poa.values[53]![3] = 3_773_200; // D54: action 4 adds up now
    const workbook = new FakeWorkbook(current);
    renderPane(workbook);
    const picker = screen.getByLabelText("Comparar con versión anterior…", { selector: "input" });
    fireEvent.change(picker, { target: { files: [new File([bytes], "anterior.xlsx")] } });
    expect(await screen.findByText(/Respecto de «anterior\.xlsx»: 1 cambio\(s\); hallazgos corregidos 1, siguen 3, nuevos 0\./)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^D54 INVERSIÓN POR ACTIVIDAD «Contratación/ }));
    await waitFor(() => expect(workbook.selected).toEqual(["POA 2021!D54"]));
    fireEvent.click(screen.getByRole("button", { name: "Escribir hoja Cambios" }));
    expect(await screen.findByText("Cambios escritos en la hoja «Cambios».")).toBeTruthy();
    expect(workbook.grids.find((g) => g.sheet === "Cambios")!.values[4]!.slice(0, 2)).toEqual([4, "Comunicación institucional"]);
  });
});

describe("the development plan in the pane", () => {
  it("loads a plan, checks the alignment against it, and writes the coverage sheet", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("PMD");
    for (const row of [["CLAVE", "DESCRIPCIÓN"], ["3.1", "Planeación y evaluación para la mejora continua"], ["3.3", "Gobierno digital"]]) sheet.addRow(row);
    const planBytes = new Uint8Array(await book.xlsx.writeBuffer());
    const workbook = new FakeWorkbook(await XlsxReader.open(readFileSync(join(__dirname, "../fixtures/secretaria-planeacion-2022.xlsx"))).readSheets());
    renderPane(workbook);
    fireEvent.change(screen.getByLabelText("Cargar plan…", { selector: "input" }), { target: { files: [new File([planBytes], "PMD.xlsx")] } });
    expect(await screen.findByText("Plan «PMD.xlsx»: 2 línea(s). La validación revisa la alineación contra él.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Validar libro" }));
    expect((await screen.findAllByRole("button", { name: /la clave 3\.2\.1 no está en el plan \(PMD\.xlsx\)/ })).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Alineación con el plan" }));
    expect(await screen.findByText("Alineación escrita en la hoja «Alineación». 1 línea(s) del plan sin acciones.")).toBeTruthy();
    const coverage = workbook.grids.find((g) => g.sheet === "Alineación")!;
    expect(coverage.values.some((row) => row?.[1] === "3.3" && row[2] === "Gobierno digital")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Quitar plan" }));
    expect(screen.queryByText(/Plan «PMD\.xlsx»/)).toBeNull();
  });
});
