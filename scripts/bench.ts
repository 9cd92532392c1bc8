/**
 * `npm run bench`: figures for the issue notes, never pass/fail (machines here are noisy).
 * Domain throughput on a synthetic 1,000-action workbook, and the whole `poa validate` time
 * against ExcelJS's bare read of the same file.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { XlsxWorkbook } from "../src/adapters/xlsx/XlsxWorkbook";
import { GridSchema } from "../src/domain/grid";
import { readWorkbook } from "../src/domain/reader";
import { validateGrids } from "../src/domain/validate";
import { buildSyntheticWorkbook } from "./synthetic";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, ".bench");
const FIXTURE = join(ROOT, "tests/fixtures/secretaria-particular-2021.xlsx");
const CLI = join(ROOT, "dist/cli/poa.js");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeProcess(args: string[]): number {
  const started = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
  } catch (error) {
    // `poa validate` exits 1 when it finds errors; anything else is a broken bench.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const big = join(OUT, "synthetic-1000-actions.xlsx");
  // ExcelJS takes a while to write 15,000 merged areas: build the file once, reuse it.
  if (!existsSync(big)) await (await buildSyntheticWorkbook(FIXTURE, 1_000, 10)).xlsx.writeFile(big);
  const size = statSync(big).size;

  const grids = await (await XlsxWorkbook.open(readFileSync(big))).readSheets();
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

  const bareRead = `require("exceljs"); new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(big)})`;
  const bare: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < 2; i++) {
    bare.push(timeProcess(["-e", bareRead]));
    whole.push(timeProcess([CLI, "validate", "--format", "json", big]));
  }
  // The fastest of two runs: the least disturbed by whatever else the machine is doing.
  const bareMs = Math.min(...bare);
  const wholeMs = Math.min(...whole);

  const lines = [
    `synthetic workbook: ${grids.length} sheet, ${activities} activity rows, ${(size / 1024 / 1024).toFixed(1)} MB, ${findings} findings`,
    `reader only:        ${median(reader).toFixed(0)} ms`,
    `reader + rules:     ${domainMs.toFixed(0)} ms → ${Math.round(activities / (domainMs / 1000)).toLocaleString("en-US")} activity rows/s (median of ${runs})`,
    `grid zod check:     ${median(schema).toFixed(0)} ms`,
    `ExcelJS bare read:  ${bareMs.toFixed(0)} ms (node process, best of 2)`,
    `poa validate:       ${wholeMs.toFixed(0)} ms (node process, best of 2)`,
    `ratio validate/read: ${(wholeMs / bareMs).toFixed(2)}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
