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

/** The workbook printed to PDF by LibreOffice: its text (as laid out) and its page count. */
export async function printWithLibreOffice(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), "poa-pdf-"));
  try {
    writeFileSync(join(dir, "libro.xlsx"), bytes);
    const run = promisify(execFile);
    await run("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", join(dir, "out"), join(dir, "libro.xlsx")], {
      timeout: 120_000,
    });
    const pdf = join(dir, "out", "libro.pdf");
    const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
    const { stdout: info } = await run("pdfinfo", [pdf]);
    return { text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
