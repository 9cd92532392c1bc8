/**
 * Domain throughput in a process of its own: grids from JSON, no ExcelJS heap for the garbage
 * collector to walk. Prints the median time of reader + rules, in milliseconds.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Grid } from "../src/domain/grid";
import { validateGrids } from "../src/domain/validate";

const grids = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Grid[];
const times: number[] = [];
for (let i = 0; i < 9; i++) {
  const started = performance.now();
  validateGrids(grids);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
process.stdout.write(`${times[Math.floor(times.length / 2)]!.toFixed(1)}\n`);
