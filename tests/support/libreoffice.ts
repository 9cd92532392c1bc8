import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseCsv } from "../../src/domain/catalogs/csv";

const available = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/**
 * Tests that need LibreOffice Calc. CI installs it (`.ci/run`) and always runs them; a developer
 * machine without it skips them and says so, instead of failing the whole suite.
 */
export const itWithLibreOffice: jest.It = available || process.env.CI ? it : it.skip;
if (!available && !process.env.CI) {
  process.stderr.write("LibreOffice (soffice) no está instalado: se omiten las pruebas que abren los libros en Calc. Instálelo con `apt-get install libreoffice-calc-nogui`.\n");
}

/**
 * Opens an .xlsx in LibreOffice Calc (headless), which recalculates every formula, and returns
 * each sheet's computed values as CSV rows (raw values, not as formatted).
 */
export async function recalculateWithLibreOffice(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const dir = mkdtempSync(join(tmpdir(), "poa-lo-"));
  try {
    writeFileSync(join(dir, "libro.xlsx"), bytes);
    alwaysRecalculate(join(dir, "profile"));
    // A profile of its own, so parallel test workers do not fight over LibreOffice's lock.
    await promisify(execFile)(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
        "--outdir",
        join(dir, "out"),
        join(dir, "libro.xlsx"),
      ],
      { timeout: 120_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(join(dir, "out"))) {
      const name = file.replace(/^libro-/, "").replace(/\.csv$/, "");
      sheets.set(name, parseCsv(readFileSync(join(dir, "out", file), "utf8"), { keepEmptyRows: true }));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Calc's default for .xlsx is to trust the cached results a file carries; a test of our formulas
 * must see Calc's own values, so the profile says «always recalculate on load».
 */
function alwaysRecalculate(profile: string): void {
  mkdirSync(join(profile, "user"), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item("OOXMLRecalcMode")}${item("ODFRecalcMode")}</oor:items>\n`,
  );
}

const run = promisify(execFile);

/** The workbook printed by LibreOffice into `dir`, with a profile of its own: the PDF's path. */
async function printToPdf(dir: string, bytes: Uint8Array): Promise<string> {
  writeFileSync(join(dir, "libro.xlsx"), bytes);
  await run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(dir, "out"), join(dir, "libro.xlsx")], {
    timeout: 120_000,
  });
  return join(dir, "out", "libro.pdf");
}

/** The workbook printed to PDF by LibreOffice: its text (as laid out) and its page count. */
export async function printWithLibreOffice(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), "poa-pdf-"));
  try {
    const pdf = await printToPdf(dir, bytes);
    const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
    const { stdout: info } = await run("pdfinfo", [pdf]);
    return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/**
 * What lands on paper, measured as a reviewer would see it: the workbook printed by LibreOffice,
 * each word's box read back (`pdftotext -bbox-layout`). The text height 95 % of words reach (a
 * word's box, about 1.3 times its font size), and the pairs of words printed over each other.
 * The same measure as the shared tools' check-print.py.
 */
export async function measurePrint(bytes: Uint8Array): Promise<{ pages: number; p5: number; overlaps: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "poa-print-"));
  try {
    const { stdout: html } = await run("pdftotext", ["-bbox-layout", await printToPdf(dir, bytes), "-"], { maxBuffer: 64 * 1024 * 1024 });
    const pages = html.split("<page ").slice(1).map((page) => {
      const words: Word[] = [];
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! });
      }
      return words;
    });
    const heights = pages.flat().map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    return { pages: pages.length, p5: heights[Math.floor(heights.length / 20)] ?? 0, overlaps: pages.flatMap(overlapping) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Words whose boxes share more than a quarter of the smaller one's area: text over text. */
function overlapping(words: Word[]): string[] {
  const sorted = [...words].sort((a, b) => a.y0 - b.y0);
  const hits: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.y0 >= a.y1) break;
      const ix = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const iy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ix <= 0 || iy <= 0) continue;
      const small = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (small > 0 && ix * iy > 0.25 * small) hits.push(`«${a.text}»/«${b.text}»`);
    }
  }
  return hits;
}
