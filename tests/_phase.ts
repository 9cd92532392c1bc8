import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { readWorkbook } from "../src/domain/reader";
import { buildFollowUpSheet } from "../src/domain/followup";
import { sheetPackage } from "../src/adapters/xlsx/sheetPackage";
import { createHash } from "node:crypto";
(async () => {
const bytes = readFileSync("/work/main/.bench/synthetic-1000-actions.xlsx");
for (let k = 0; k < 3; k++) {
let t = performance.now(); const lap = (s: string) => { const n = performance.now(); console.log(s, (n - t).toFixed(0)); t = n; };
const grids = await XlsxReader.open(bytes).readSheets(); lap("read");
const model = readWorkbook(grids); lap("model");
const built = buildFollowUpSheet({ model, year: 2021, cutoff: 3, secretaria: "x" }); lap("build");
const our = sheetPackage(built.spec, "Seguimiento"); lap("sheetPackage");
const h = createHash("md5"); let n = 0; for (const s of our.render({ xf: 0, dxf: 0 } as any)) { n += s.length; h.update(s); } lap("render " + n + " " + h.digest("hex"));
}})();
