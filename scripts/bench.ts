/**
 * `npm run bench`: figures for the issue notes, never pass/fail (machines here are noisy).
 * Domain throughput on a synthetic 1,000-action workbook; `poa validate` against the floor (the
 * same kind of Node process only inflating every part of the same files), in time and peak
 * memory, for the 1,000-action workbook, a 27-action one and a batch of 67 POAs; `poa informe`
 * over 67 POAs with their follow-up sheets, against the same floor; Office.js
 * round trips per command; the pane's size, its time to ready and the preview opening the
 * 1,000-action file in headless Chromium. Needs `npm run build`.
 */
import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { OfficeWorkbook } from "../src/adapters/office/OfficeWorkbook";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { buildSummarySheet, summarize } from "../src/domain/summary";
import { buildTemplate } from "../src/domain/templates";
import { SimulatedExcel } from "../src/simulator";
import { stackedGrid } from "../tests/support/grid";
import { launchChromium, serveDist } from "../tests/e2e/support";
import { GridSchema } from "../src/domain/grid";
import { readWorkbook } from "../src/domain/reader";
import { validateGrids } from "../src/domain/validate";
import { buildSyntheticWorkbook } from "./synthetic";
import { insertFollowUp, writeReport } from "../src/app/followup";
import { openWorkbook } from "../src/app/sources";
import { followUpRows } from "../tests/support/followup";
import { cleanMir, mirGrid } from "../tests/support/mir";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, ".bench");
const FIXTURE = join(ROOT, "tests/fixtures/secretaria-particular-2021.xlsx");
const CLI = join(ROOT, "dist/cli/poa.js");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Measured {
  ms: number;
  rssMb: number;
}

/** One run of a Node script in its own process: wall time and peak resident memory. */
function measure(args: string[]): Measured {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--require", join(ROOT, "scripts/report-rss.cjs"), ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  // `poa validate` exits 1 when it finds errors; anything else is a broken bench.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: exit ${run.status}\n${run.stderr}`);
  const rss = /maxrss=(\d+)/.exec(run.stderr)?.[1];
  return { ms, rssMb: Number(rss) / 1024 };
}

/** The best of `runs` for time (the least disturbed run), the largest peak memory seen. */
function best(runs: number, args: string[]): Measured {
  const all = Array.from({ length: runs }, () => measure(args));
  return { ms: Math.min(...all.map((m) => m.ms)), rssMb: Math.max(...all.map((m) => m.rssMb)) };
}

/** `poa validate` on the files against the floor, as ratios. */
function againstFloor(label: string, files: string[], runs: number): string {
  const floor = best(runs, [join(ROOT, "scripts/bench-floor.cjs"), ...files]);
  const validate = best(runs, [CLI, "validate", "--format", "json", ...files]);
  return `${label}: poa validate ${validate.ms.toFixed(0)} ms / floor ${floor.ms.toFixed(0)} ms = ${(validate.ms / floor.ms).toFixed(2)}×; peak RSS ${validate.rssMb.toFixed(0)} MB / ${floor.rssMb.toFixed(0)} MB = ${(validate.rssMb / floor.rssMb).toFixed(2)}×`;
}

/** `poa seguimiento` on one POA against the floor: reading it, grafting the follow-up, writing the copy. */
function followUpAgainstFloor(label: string, file: string, runs: number): string {
  const floor = best(runs, [join(ROOT, "scripts/bench-floor.cjs"), file]);
  const copy = join(OUT, "seguimiento-copia.xlsx");
  const followUp = best(runs, [CLI, "seguimiento", file, "-o", copy, "--hasta", "MARZO", "--force"]);
  return `${label}: poa seguimiento ${followUp.ms.toFixed(0)} ms / floor ${floor.ms.toFixed(0)} ms = ${(followUp.ms / floor.ms).toFixed(2)}×; peak RSS ${followUp.rssMb.toFixed(0)} MB / ${floor.rssMb.toFixed(0)} MB = ${(followUp.rssMb / floor.rssMb).toFixed(2)}×`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const big = join(OUT, "synthetic-1000-actions.xlsx");
  // ExcelJS takes a while to write 15,000 merged areas: build the file once, reuse it.
  if (!existsSync(big)) await (await buildSyntheticWorkbook(FIXTURE, 1_000, 10)).xlsx.writeFile(big);
  const size = statSync(big).size;

  const grids = await XlsxReader.open(readFileSync(big)).readSheets();
  const runs = 5;
  const domain: number[] = [];
  const reader: number[] = [];
  const schema: number[] = [];
  let activities = 0;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    for (const grid of grids) GridSchema.parse(grid);
    schema.push(performance.now() - t);
    t = performance.now();
    readWorkbook(grids);
    reader.push(performance.now() - t);
    t = performance.now();
    const report = validateGrids(grids);
    domain.push(performance.now() - t);
    activities = report.stats.activities;
    findings = report.findings.length;
  }
  const domainMs = median(domain);
  const gridsJson = join(OUT, "synthetic-grids.json");
  writeFileSync(gridsJson, JSON.stringify(grids));
  const isolatedMs = Number(
    execFileSync(process.execPath, [join(OUT, "bench-domain.js"), gridsJson], { encoding: "utf8" }).trim(),
  );

  const medium = join(OUT, "synthetic-27-actions.xlsx");
  if (!existsSync(medium)) await (await buildSyntheticWorkbook(FIXTURE, 27, 6)).xlsx.writeFile(medium);
  const batch = batchOf67();
  const startup = best(5, [CLI, "validate", "--format", "json", FIXTURE]);
  const rounds = await officeRoundTrips();
  const pane = paneSize();
  const ready = await timeToReady();
  const preview = await previewOpens(big);

  const lines = [
    `synthetic workbook: ${grids.length} sheet, ${activities} activity rows, ${(size / 1024 / 1024).toFixed(1)} MB, ${findings} findings`,
    `reader only:        ${median(reader).toFixed(0)} ms`,
    `reader + rules:     ${isolatedMs.toFixed(0)} ms → ${Math.round(activities / (isolatedMs / 1000)).toLocaleString("en-US")} activity rows/s (own process, median of 9)`,
    `  in the bench's process: ${domainMs.toFixed(0)} ms → ${Math.round(activities / (domainMs / 1000)).toLocaleString("en-US")} rows/s (median of ${runs})`,
    `grid zod check:     ${median(schema).toFixed(0)} ms`,
    againstFloor("1,000 actions", [big], 3),
    againstFloor("27 actions", [medium], 5),
    againstFloor("batch of 67 POAs", batch, 3),
    againstFloor("67 POAs and 42 MIRs (one office's year)", [...batch, ...(await mirsOf42())], 3),
    await reportAgainstFloor(),
    followUpAgainstFloor("27 actions", medium, 5),
    followUpAgainstFloor("1,000 actions", big, 5),
    `startup, one small POA: ${startup.ms.toFixed(0)} ms (best of 5), peak RSS ${startup.rssMb.toFixed(0)} MB`,
    `Office.js round trips (context.sync): ${Object.entries(rounds).map(([k, v]) => `${k} ${v}`).join(", ")}`,
    `task pane JS (gzip): ${pane.main} KB loaded in Excel; preview chunks ${pane.preview} KB in all`,
    `pane ready in headless Chromium (preview, sample open): ${ready.toFixed(0)} ms (median of 5)`,
    `preview opens the 1,000-action file: ${preview.ms.toFixed(0)} ms to its grid (median of 3); reading code fetched ${preview.readerKb} KB gzip (${preview.files.join(", ")})`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

/**
 * The planning office's quarter: the same 67 POAs with their follow-up sheets, realized figures
 * typed for the first quarter (every fifth activity left behind), and `poa informe` over them
 * against the floor on the same files.
 */
async function reportAgainstFloor(): Promise<string> {
  const dir = join(OUT, "batch-67-seguimiento");
  mkdirSync(dir, { recursive: true });
  const sources: Uint8Array[] = [];
  for (const name of ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"]) {
    const workbook = UserWorkbook.open(readFileSync(join(ROOT, "tests/fixtures", name)));
    await insertFollowUp(workbook, { cutoff: 3 });
    const { sheet, rows } = await followUpRows(await workbook.toBuffer());
    rows.forEach((row, i) => row.realized.slice(0, 3).forEach((cell, m) => workbook.setCell(sheet, cell.cell, i % 5 === 0 ? 0 : ((row.programmed[m]?.raw ?? 0) as number))));
    sources.push(await workbook.toBuffer());
  }
  sources.push(readFileSync(join(ROOT, "tests/fixtures/estatal-sspc-2024.xlsx")));
  for (let i = 0; i < 67; i++) writeFileSync(join(dir, `poa-${String(i + 1).padStart(2, "0")}.xlsx`), sources[i % sources.length]!);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const output = join(OUT, "informe-67.xlsx");
  const floor = best(3, [join(ROOT, "scripts/bench-floor.cjs"), ...files]);
  const report = best(3, [CLI, "informe", dir, "--trimestre", "1", "-o", output, "--force"]);
  return `quarterly report, 67 POAs with follow-up: poa informe ${report.ms.toFixed(0)} ms / floor ${floor.ms.toFixed(0)} ms = ${(report.ms / floor.ms).toFixed(2)}×; peak RSS ${report.rssMb.toFixed(0)} MB / ${floor.rssMb.toFixed(0)} MB = ${(report.rssMb / floor.rssMb).toFixed(2)}×`;
}

/**
 * The same office's 42 MIRs, one workbook each, twelve indicators apiece (506 in all, as its
 * report says), their Actividades named as activities of the 67 POAs so the run ties them.
 */
async function mirsOf42(): Promise<string[]> {
  const dir = join(OUT, "mirs-42");
  mkdirSync(dir, { recursive: true });
  const poaNames = ["Elaboración del Programa Operativo Anual 2022", "Monitoreo de noticias", "Impresión del documento", "Capacitación de Office (Word, Excel y Power Point)", "Reuniones de revisión y medición de avances de obras y acciones sociales"];
  const base = cleanMir();
  const lines = [...base, ...base.slice(2).map((l) => ({ ...l, nivel: l.nivel.replace(/\d/, (d) => String(Number(d) + 2)) }))].slice(0, 12);
  for (let i = 0; i < 42; i++) {
    const named = lines.map((l, n) => (/^Actividad/.test(l.nivel) ? { ...l, resumen: poaNames[(i + n) % poaNames.length]! } : l));
    const grid = mirGrid(named);
    const cells = grid.values.flatMap((row, r) => (row ?? []).map((value, c) => ({ row: r, col: c, value: value as string | number | null })));
    const workbook = UserWorkbook.empty();
    await workbook.addSheet({ name: "MIR", cells, merges: grid.merges, columnWidths: [], rowHeights: {}, validations: [], conditionalFormats: [], print: { orientation: "landscape", titleRows: null }, freezeRows: 0, table: null, chart: null });
    writeFileSync(join(dir, `mir-${String(i + 1).padStart(2, "0")}.xlsx`), await workbook.toBuffer());
  }
  return readdirSync(dir).map((f) => join(dir, f));
}

/** One municipality's POA set: 67 workbooks, copies of the real fixtures. */
function batchOf67(): string[] {
  const dir = join(OUT, "batch-67");
  mkdirSync(dir, { recursive: true });
  const sources = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"].map((f) => join(ROOT, "tests/fixtures", f));
  for (let i = 0; i < 67; i++) copyFileSync(sources[i % sources.length]!, join(dir, `poa-${String(i + 1).padStart(2, "0")}.xlsx`));
  return readdirSync(dir).map((f) => join(dir, f));
}

/**
 * Round trips per command, counted on the simulated Excel (src/simulator) the adapter tests run
 * on. A command that reads the workbook first (the summary, the follow-up) counts that reading too.
 */
async function officeRoundTrips(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const sheetsOf = (n: number) => Array.from({ length: n }, (_, i) => stackedGrid([{ numero: i + 1 }], `Acción ${i + 1}`));
  for (const n of [1, 10, 50]) {
    const excel = SimulatedExcel.of(sheetsOf(n));
    await new OfficeWorkbook(excel.run, excel.supports).readSheets();
    counts[`validar libro (${n} hojas)`] = excel.requests.syncs;
  }
  const count = async (name: string, task: (workbook: OfficeWorkbook) => Promise<unknown>, before?: (workbook: OfficeWorkbook) => Promise<unknown>) => {
    const excel = SimulatedExcel.of(sheetsOf(10));
    const workbook = new OfficeWorkbook(excel.run, excel.supports);
    await before?.(workbook);
    const start = excel.requests.syncs;
    await task(workbook);
    counts[name] = excel.requests.syncs - start;
  };
  const summary = async (w: OfficeWorkbook) => w.writeAddinSheet(buildSummarySheet(summarize(validateGrids(await w.readSheets())), { withFile: false, sources: 1 }));
  await count("ir a celda", (w) => w.selectCell("Acción 1", "G8"));
  await count("marcar", (w) => w.markFindings([{ sheet: "Acción 1", cell: "G8", severity: "error" }]));
  await count("limpiar marcas", (w) => w.clearMarks());
  await count("insertar plantilla", (w) => w.addSheet(buildTemplate({ family: "municipal-2022", year: 2025 }).spec));
  await count("generar resumen (leer 2 + escribir)", summary);
  await count("reemplazar resumen (leer 2 + escribir)", summary, summary);
  await count("insertar seguimiento (leer 2 + escribir)", (w) => insertFollowUp(w, { cutoff: 3 }));
  await count("informe trimestral (leer 2 + escribir)", (w) => writeReport(w, openWorkbook(w, "poa.xlsx"), { cutoff: 3 }));
  return counts;
}

function paneSize(): { main: number; preview: number } {
  const dist = join(ROOT, "dist");
  const kb = (file: string) => Math.round(gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const main = scripts.filter((f) => f.startsWith("taskpane.")).reduce((n, f) => n + kb(f), 0);
  const preview = scripts.filter((f) => !f.startsWith("taskpane.")).reduce((n, f) => n + kb(f), 0);
  return { main, preview };
}

async function timeToReady(): Promise<number> {
  const server = await serveDist(join(ROOT, "dist"));
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      const started = performance.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.locator('td[data-cell="G47"]').waitFor();
      await page.getByRole("button", { name: "Validar libro" }).waitFor();
      times.push(performance.now() - started);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return median(times);
}

/** The preview opening a big file: time from choosing it to its grid on screen, and what it fetched to read it. */
async function previewOpens(file: string): Promise<{ ms: number; readerKb: number; files: string[] }> {
  const server = await serveDist(join(ROOT, "dist"));
  const browser = await launchChromium();
  const times: number[] = [];
  let fetched: string[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      await page.goto(`${server.url}/taskpane.html`);
      await page.locator('td[data-cell="G47"]').waitFor();
      const requested: string[] = [];
      page.context().on("request", (request) => requested.push(new URL(request.url()).pathname.slice(1)));
      const started = performance.now();
      await page.locator('header input[type="file"]').setInputFiles(file);
      await page.locator('table[aria-label="POA"] td[data-cell="A1"]').waitFor({ timeout: 120_000 });
      times.push(performance.now() - started);
      fetched = requested.filter((f) => f.endsWith(".js"));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const dist = join(ROOT, "dist");
  const readerKb = fetched.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
  return { ms: median(times), readerKb: Math.round(readerKb), files: fetched };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
