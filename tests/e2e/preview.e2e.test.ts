import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { validateFiles } from "../../src/cli/validateFiles";
import { validateGrids } from "../../src/domain/validate";
import ExcelJS from "exceljs";
import { actionRows } from "../support/grid";
import { hostileCases } from "../support/hostile";
import { launchChromium, serveDist } from "./support";

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "tests/fixtures/secretaria-particular-2021.xlsx");
const SCREENSHOTS = join(ROOT, "test-results");

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveDist(join(ROOT, "dist"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  // An uncaught error in the page fails the test, even when the assertions happened to pass.
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Every Content-Security-Policy violation is kept: the pane must work without any.
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => store.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  // No network reaches Microsoft's CDN here: office.js fails to load, as it would offline.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
});

afterEach(async () => {
  const violations = page && !page.isClosed() ? await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []) : [];
  expect(violations).toEqual([]);
  const state = expect.getState();
  if (page && state.currentTestName) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${state.currentTestName.replace(/[^\w-]+/g, "_")}.png`), fullPage: true });
  }
  await page?.close();
  expect(pageErrors).toEqual([]);
});

describe("the preview in a real Chromium", () => {
  it("validates the bundled sample with the counts `poa validate` gives, and highlights a finding's cell", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "POA Excel · vista previa sin Excel" }).waitFor();
    await page.locator('table[aria-label="POA 2021"] td[data-cell="G47"]').waitFor();

    const [cli] = await validateFiles([SAMPLE], "es");
    const report = cli && "report" in cli ? cli.report : null;
    expect(report?.errorCount).toBe(4);

    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByRole("button", { name: `Errores: ${report!.errorCount}` }).waitFor();
    await page.getByRole("button", { name: `Avisos: ${report!.warningCount}` }).waitFor();
    await page.getByRole("button", { name: `Notas: ${report!.infoCount}` }).waitFor();

    await page.getByRole("tab", { name: "Resumen" }).click();
    await page.getByRole("button", { name: /Ir a la celda G47:/ }).click();
    const cell = page.locator('table[aria-label="POA 2021"] td[data-cell="G47"]');
    await expect(cell.getAttribute("aria-selected")).resolves.toBe("true");
    await page.waitForFunction(() => {
      const td = document.querySelector('td[data-cell="G47"]')!.getBoundingClientRect();
      return td.top >= 0 && td.bottom <= window.innerHeight;
    });
    expect(await cell.textContent()).toBe("$4,181,100.00");
  });

  it("inserts a template, writes the summary, and downloads a workbook the command line reads", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("button", { name: "Insertar plantilla" }).click();
    await page.getByRole("spinbutton", { name: "Año" }).fill("2026");
    await page.getByRole("textbox", { name: "Secretaría" }).fill("Secretaría Particular");
    await page.getByRole("button", { name: "Insertar", exact: true }).click();
    await page.getByText("Plantilla insertada en la hoja nueva «POA 2026 municipal».").waitFor();
    await page.locator('table[aria-label="POA 2026 municipal"]').waitFor();

    await page.getByRole("button", { name: "Generar resumen" }).click();
    await page.getByText(/el resumen se escribió en «Resumen \(2\)»/).waitFor();
    await page.locator('table[aria-label="Resumen (2)"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar libro" }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), "poa-e2e-")), download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("poa-muestra-2021-revisado.xlsx");

    const workbook = XlsxReader.open(readFileSync(saved));
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(["POA 2021", "Resumen", "POA 2026 municipal", "Resumen (2)"]);
    const downloaded = validateGrids(await workbook.readSheets());
    const summary = downloaded.model.sheets.find((s) => s.name === "Resumen (2)")!.summaries[0]!;
    // Six actions, then the row of findings that belong to no action (the hand-made Resumen's).
    expect(summary.rows.map((r) => r.number?.raw ?? null)).toEqual([2, 3, 4, 6, 7, 9, null]);
    expect(downloaded.findings.filter((f) => f.sheet === "Resumen (2)")).toEqual([]);
    // The template is there with its secretaría, and until it is filled in it is one note, not errors.
    const template = (await workbook.readSheets(["POA 2026 municipal"]))[0]!;
    expect(template.values.flatMap((row) => row ?? [])).toContain("Secretaría Particular");
    expect(downloaded.findings.filter((f) => f.sheet === "POA 2026 municipal").map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["layout info"]);
    const [fromCli] = await validateFiles([saved], "es");
    expect(fromCli && "report" in fromCli ? fromCli.report.stats.actions : null).toBe(6);
  });

  // At 350 px on Excel 2019 (ExcelApi 1.7, the manifest's floor), as narrow and as old as the pane meets.
  it.each([
    [1400, "1.13"],
    [350, "1.7"],
  ] as const)("works from the keyboard alone at %i px on ExcelApi %s: validate, reach a finding, open its cell, walk on", async (width, api) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.url}/taskpane.html?api=${api}`);
    // At the pane's width the sheet waits behind the pane until a finding is gone to.
    await page.locator('table[aria-label="POA 2021"]').waitFor({ state: "attached" });
    await page.getByRole("button", { name: "Validar libro" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Errores: 4" }).waitFor();
    const target = page.getByRole("button", { name: /Ir a la celda A7:/ });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const cell = page.locator('table[aria-label="Resumen"] td[data-cell="A7"]');
    await expect(cell.getAttribute("aria-selected")).resolves.toBe("true");
    expect(await cell.isVisible()).toBe(true);
    // The focus stayed in the pane: Alt+↓ walks on to the next finding, still without the mouse.
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.keyboard.press("Alt+ArrowDown");
    await page.getByText(/^\d+ de \d+$/).filter({ hasNotText: /^0 de/ }).first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("says so when the user opens a file that is not a workbook, and closes the one before", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.getByText("Abierto: poa-muestra-2021.xlsx").waitFor();
    await page.locator('header input[type="file"]').setInputFiles({ name: "notas.xlsx", mimeType: "text/plain", buffer: Buffer.from("no es un libro") });
    await page.getByText("No se pudo abrir «notas.xlsx». El archivo no es un libro de Excel .xlsx.").waitFor();
    // Nothing acts on the sample any more: no grid, no pane, nothing to download.
    expect(await page.locator('table[aria-label="POA 2021"]').count()).toBe(0);
    expect(await page.getByRole("button", { name: "Validar libro" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Descargar libro" }).isDisabled()).toBe(true);
  });

  it("reads on a worker: a zip bomb gets the limit's message and the page stays responsive", async () => {
    const bomb = (await hostileCases()).find((c) => c.name === "zip bomb")!;
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.locator('header input[type="file"]').setInputFiles({ name: "bomba.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(bomb.bytes) });
    // The page answers while the worker inflates: a script on the page runs at once.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.getByText(/No se pudo abrir «bomba\.xlsx»\. El libro rebasa un límite de lectura: compresión de la parte/).waitFor();
  });

  it("serves the pane under a Content-Security-Policy, and markup typed into a cell stays inert text", async () => {
    const response = await page.goto(`${server.url}/taskpane.html`);
    const html = (await response?.text()) ?? "";
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(html).not.toMatch(/unsafe-eval/);
    // Nothing inline may run: an injected inline script is refused by the policy.
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.appendChild(script);
      return Boolean((window as unknown as { inlineRan?: boolean }).inlineRan);
    });
    expect(ran).toBe(false);
    await page.evaluate(() => ((window as unknown as { cspViolations: string[] }).cspViolations = []));

    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("POA");
    actionRows({ nombre: hostile, numero: "uno" }).forEach((row, r) => row.forEach((value, c) => (ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.locator('header input[type="file"]').setInputFiles({ name: "hostil.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.locator('table[aria-label="POA"]').waitFor();
    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByRole("button", { name: /^Avisos: \d+/ }).waitFor();
    expect(await page.locator('table[aria-label="POA"] td', { hasText: hostile }).count()).toBe(1);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it("compares with an earlier version: changes by action, each a link to its cell, and the Cambios sheet", async () => {
    const earlier = UserWorkbook.open(readFileSync(SAMPLE));
    earlier.setCell("POA 2021", "D54", 3_773_200);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Abierto: poa-muestra-2021.xlsx").waitFor();
    await page.locator('input[type="file"][aria-label="Comparar con versión anterior…"]').setInputFiles({
      name: "anterior.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await earlier.toBuffer()),
    });
    await page.getByText(/Respecto de «anterior\.xlsx»: 1 cambio\(s\); hallazgos corregidos 0, siguen 3, nuevos 1\./).waitFor();
    await page.getByRole("button", { name: /^D54 INVERSIÓN POR ACTIVIDAD/ }).click();
    await expect(page.locator('table[aria-label="POA 2021"] td[data-cell="D54"]').getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByRole("button", { name: "Escribir hoja Cambios" }).click();
    await page.getByText("Cambios escritos en la hoja «Cambios».").waitFor();
    await page.locator('table[aria-label="Cambios"]').waitFor();
  });

  it("opens a real state POA and validates it as the command line does", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.locator('header input[type="file"]').setInputFiles(join(ROOT, "tests/fixtures/estatal-sspc-2024.xlsx"));
    await page.locator('table[aria-label="POA 1"]').waitFor();
    await page.getByRole("button", { name: "Validar libro" }).click();
    const [cli] = await validateFiles([join(ROOT, "tests/fixtures/estatal-sspc-2024.xlsx")], "es");
    const report = cli && "report" in cli ? cli.report : null;
    await page.getByRole("button", { name: `Errores: ${report!.errorCount}` }).waitFor();
  });
});

describe("following the plan in the preview", () => {
  it("inserts the follow-up, takes two realized figures typed in the grid, re-checks and shows the semáforo", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.getByRole("combobox", { name: "Mes de corte" }).selectOption({ label: "MARZO" });
    await page.getByRole("button", { name: "Insertar seguimiento" }).click();
    await page.getByText("Seguimiento escrito en la hoja «Seguimiento 2021»: 20 actividad(es), corte MARZO.").waitFor();
    const sheet = page.locator('table[aria-label="Seguimiento 2021"]');
    await sheet.waitFor();
    // A fresh follow-up is «sin reporte», not red.
    expect(await sheet.locator('td[data-cell="Y7"]').textContent()).toBe("SIN REPORTE");

    // Row 7 is the first activity's REALIZADO (1,150 programmed to March); row 9 the second's (1,440).
    const type = async (cell: string, text: string) => {
      await sheet.locator(`td[data-cell="${cell}"]`).dblclick();
      await page.getByRole("textbox", { name: cell }).fill(text);
      await page.getByRole("textbox", { name: cell }).press("Enter");
    };
    await type("F7", "1150");
    await page.locator('table[aria-label="Seguimiento 2021"] td[data-cell="Y7"]', { hasText: "VERDE" }).waitFor();
    await type("F9", "100");
    const red = page.locator('table[aria-label="Seguimiento 2021"] td[data-cell="Y9"]', { hasText: "ROJO" });
    await red.waitFor();
    expect(await red.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe("rgb(255, 199, 206)");

    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByText("Actividad en rojo sin justificación").waitFor();
    const semaforo = page.getByRole("status", { name: "Semáforo al corte de MARZO" });
    await semaforo.getByText("1 verde").waitFor();
    await semaforo.getByText("1 rojo").waitFor();
    await semaforo.getByText("16 sin reporte").waitFor();
    await page.getByRole("button", { name: /Ir a la celda Z9:/ }).click();
    await expect(sheet.locator('td[data-cell="Z9"]').getAttribute("aria-selected")).resolves.toBe("true");

    await page.getByRole("button", { name: "Escribir informe trimestral" }).click();
    await page.getByText("Informe trimestral escrito en la hoja nueva «Informe trimestral».").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar libro" }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), "poa-e2e-seguimiento-")), "seguimiento.xlsx");
    await download.saveAs(saved);
    const [cli] = await validateFiles([saved], "es");
    const report = cli && "report" in cli ? cli.report : null;
    expect(report!.findings.filter((f) => f.sheet === "Seguimiento 2021").map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["red-justification Z9"]);
    const [grid] = await XlsxReader.open(readFileSync(saved)).readSheets(["Seguimiento 2021"]);
    expect([grid!.values[6]![5], grid!.values[8]![5]]).toEqual([1150, 100]);
  });
});

describe("the preview playing Excel 2019 (ExcelApi 1.7, ?api=1.7)", () => {
  // The pane's commands run through the Office adapter on the simulated Excel: here, one without
  // merged areas to read (1.13), data validation (1.8) or page layout (1.9).
  it("validates, inserts a template, writes the summary and the follow-up, and recomputes what is typed", async () => {
    await page.goto(`${server.url}/taskpane.html?api=1.7`);
    await page.locator('table[aria-label="POA 2021"]').waitFor();
    await page.getByText("Excel simulado: ExcelApi 1.7").waitFor();
    const grids = await XlsxReader.open(readFileSync(SAMPLE)).readSheets();
    const withoutMerges = validateGrids(grids.map((g) => ({ ...g, merges: [] })));
    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByRole("button", { name: `Errores: ${withoutMerges.errorCount}` }).waitFor();
    await page.getByRole("button", { name: `Avisos: ${withoutMerges.warningCount}` }).waitFor();

    await page.getByRole("button", { name: "Insertar plantilla" }).click();
    await page.getByRole("spinbutton", { name: "Año" }).fill("2026");
    await page.getByRole("button", { name: "Insertar", exact: true }).click();
    await page.getByText("Plantilla insertada en la hoja nueva «POA 2026 municipal».").waitFor();

    await page.getByRole("button", { name: "Generar resumen" }).click();
    await page.getByText(/el resumen se escribió en «Resumen \(2\)»/).waitFor();

    await page.getByRole("combobox", { name: "Mes de corte" }).selectOption({ label: "MARZO" });
    await page.getByRole("button", { name: "Insertar seguimiento" }).click();
    await page.getByText(/Seguimiento escrito en la hoja «Seguimiento 2021»/).waitFor();
    const sheet = page.locator('table[aria-label="Seguimiento 2021"]');
    expect(await sheet.locator('td[data-cell="Y7"]').textContent()).toBe("SIN REPORTE");
    await sheet.locator('td[data-cell="F7"]').dblclick();
    await page.getByRole("textbox", { name: "F7" }).fill("1150");
    await page.getByRole("textbox", { name: "F7" }).press("Enter");
    await page.locator('table[aria-label="Seguimiento 2021"] td[data-cell="Y7"]', { hasText: "VERDE" }).waitFor();
  });
});

describe.each([
  ["1366", { width: 1366, height: 800 }],
  ["350", { width: 350, height: 800 }],
] as const)("the preview at %s px", (label, viewport) => {
  it("fits: nothing clipped sideways, the pane usable, a finding inside a merged area outlines the area and shows it", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Abierto: poa-muestra-2021.xlsx").waitFor();
    await page.locator('header input[type="file"]').setInputFiles(join(ROOT, "tests/fixtures/secretaria-planeacion-2022.xlsx"));
    await page.getByText("Abierto: secretaria-planeacion-2022.xlsx").waitFor();
    const validate = page.getByRole("button", { name: "Validar libro" });
    await validate.click();
    await page.getByRole("button", { name: /^Errores: \d+/ }).waitFor();
    // Nothing wider than the window: the pane is not clipped.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const box = (await validate.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);

    // F28 sits inside the merged E28:F28: the whole area is outlined and scrolled into view.
    await page.getByRole("button", { name: /Ir a la celda F28:/ }).first().click();
    const area = page.locator('table[aria-label="Acción 5"] td[data-cell="E28"]');
    await expect(area.getAttribute("aria-selected")).resolves.toBe("true");
    expect(await area.isVisible()).toBe(true);
    const cell = (await area.boundingBox())!;
    expect(cell.y).toBeGreaterThanOrEqual(0);
    expect(cell.y).toBeLessThan(viewport.height);
    // Its row number and column letter in view with it, and the finding in words beside it.
    const rowNumber = (await page.locator('table[aria-label="Acción 5"] th[scope="row"]', { hasText: /^28$/ }).boundingBox())!;
    const column = (await page.locator('table[aria-label="Acción 5"] th[scope="col"]', { hasText: /^E$/ }).boundingBox())!;
    for (const b of [rowNumber, column]) expect(b.y >= 0 && b.y < viewport.height && b.x >= 0 && b.x < viewport.width).toBe(true);
    await page.getByRole("status").filter({ hasText: /^F28 · / }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `preview-${label}px-merged-finding.png`) });
    // The pane stays, with the focus in it: Alt+↓ walks on to the next finding.
    await validate.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.keyboard.press("Alt+ArrowDown");
    await page.getByText(/^\d+ de \d+$/).filter({ hasNotText: /^0 de/ }).first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("speaks in words, walks the findings, and re-checks after a template and the summary", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Abierto: poa-muestra-2021.xlsx").waitFor();
    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByRole("button", { name: "Errores: 4" }).waitFor();
    await page.getByText("Las actividades no suman la inversión").first().waitFor();
    expect(await page.getByText("investment-sum").count()).toBe(0);
    await page.getByRole("button", { name: "Siguiente" }).click();
    // In a narrow window going to the cell shows it above the pane, which stays.
    await page.getByText("1 de 4").waitFor();
    await page.getByRole("button", { name: "Insertar plantilla" }).click();
    // The workbook's year, not next year's.
    await expect(page.getByRole("spinbutton", { name: "Año" }).inputValue()).resolves.toBe("2021");
    await page.getByRole("button", { name: "Insertar", exact: true }).click();
    await page.getByText("Plantilla insertada en la hoja nueva «POA 2021 municipal».").waitFor();
    await page.getByRole("button", { name: "Notas: 1" }).waitFor();
    await page.getByRole("button", { name: "Generar resumen" }).click();
    const confirmation = page.getByText(/el resumen se escribió en «Resumen \(2\)»/);
    await confirmation.waitFor();
    // The confirmation is where the user is looking, not above the fold of the pane.
    await page.waitForFunction(() => {
      const bar = [...document.querySelectorAll("main [aria-live=polite]")].find((e) => /el resumen se escribió/.test(e.textContent ?? ""));
      const box = bar?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    // Neither the empty template nor our own summary adds an error: the counts stay.
    await page.getByRole("button", { name: "Errores: 4" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `preview-${label}px-after-writes.png`) });
  });

  it("writes the observations sheet, which the command line and the counts agree with", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Abierto: poa-muestra-2021.xlsx").waitFor();
    await page.getByRole("button", { name: "Validar libro" }).click();
    await page.getByRole("button", { name: "Errores: 4" }).waitFor();
    await page.getByRole("button", { name: "Escribir observaciones" }).click();
    await page.getByText(/Observaciones escritas en la hoja «Observaciones»: 4 hallazgo/).waitFor();
    if (label === "350") await page.getByRole("button", { name: "Ver la hoja" }).click();
    await page.locator('table[aria-label="Observaciones"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, `preview-${label}px-observaciones.png`) });
    // The pane re-checked after writing, and the new sheet adds no finding of its own.
    if (label === "350") await page.getByRole("button", { name: "Ver el panel" }).click();
    await page.getByRole("button", { name: "Errores: 4" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar libro" }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), "poa-e2e-obs-")), "revisado.xlsx");
    await download.saveAs(saved);
    const reader = XlsxReader.open(readFileSync(saved));
    expect(reader.sheetNames()).toEqual(["POA 2021", "Resumen", "Observaciones"]);
    const [observations] = await reader.readSheets(["Observaciones"]);
    expect(observations!.values.slice(5, 9).map((r) => r![2])).toEqual(["G47", "A3", "A7", "A10"]);
  });
});

describe("accessibility, measured by axe-core (WCAG 2 A and AA, and best practice)", () => {
  it.each([1366, 350])("no violation at %i px after «Validar libro», and the sheet tabs walk with the arrow keys", async (width) => {
    // axe runs as an injected script, which the pane's own CSP would refuse: a page of its own that bypasses it.
    const audited = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
    try {
      await audited.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await audited.goto(`${server.url}/taskpane.html`);
      await audited.getByRole("button", { name: "Validar libro" }).click();
      await audited.getByRole("button", { name: "Errores: 4" }).waitFor();
      await audited.addScriptTag({ path: join(ROOT, "node_modules/axe-core/axe.min.js") });
      const violations = await audited.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
        const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "best-practice"] });
        return result.violations.map((v) => `${v.impact} ${v.id}`);
      });
      expect(violations).toEqual([]);
      if (width === 1366) {
        await audited.getByRole("tab", { name: "POA 2021" }).focus();
        await audited.keyboard.press("ArrowRight");
        await expect(audited.getByRole("tab", { name: "Resumen" }).getAttribute("aria-selected")).resolves.toBe("true");
        await audited.locator('table[aria-label="Resumen"]').waitFor();
      }
    } finally {
      await audited.close();
    }
  });
});
