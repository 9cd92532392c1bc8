import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { readWorkbook } from "../../src/domain/reader";
import { runPoa } from "../support/cli";

const fixture = (name: string) => join(__dirname, "../fixtures", name);

const run = runPoa;

/** A reviewer's folder: POAs in subfolders, Excel's lock file, a hidden file, a broken file. */
function reviewFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "poa-batch-"));
  mkdirSync(join(dir, "b-planeacion"));
  mkdirSync(join(dir, "a-particular"));
  mkdirSync(join(dir, ".oculta"));
  copyFileSync(fixture("secretaria-particular-2021.xlsx"), join(dir, "a-particular", "poa.xlsx"));
  copyFileSync(fixture("secretaria-planeacion-2022.xlsx"), join(dir, "b-planeacion", "poa.xlsx"));
  copyFileSync(fixture("estatal-sspc-2024.xlsx"), join(dir, "estatal.XLSX"));
  copyFileSync(fixture("secretaria-particular-2021.xlsx"), join(dir, "b-planeacion", "~$poa.xlsx"));
  copyFileSync(fixture("secretaria-particular-2021.xlsx"), join(dir, ".oculta", "poa.xlsx"));
  writeFileSync(join(dir, "notas.txt"), "no es un POA");
  return dir;
}

describe("folders and batches", () => {
  it("validate walks a folder in a stable order, skipping lock files and hidden files", async () => {
    const dir = reviewFolder();
    const { code, stdout } = await run("validate", "--format", "json", dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((f: { filePath: string }) => f.filePath.slice(dir.length + 1))).toEqual([
      "a-particular/poa.xlsx",
      "b-planeacion/poa.xlsx",
      "estatal.XLSX",
    ]);
  });

  it("a file named twice is read once, and says so", async () => {
    const { stdout, stderr } = await run("validate", "--format", "json", fixture("secretaria-particular-2021.xlsx"), join(__dirname, "../fixtures/../fixtures/secretaria-particular-2021.xlsx"));
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toMatch(/es el mismo archivo que .*; se cuenta una sola vez\./);
  });

  it("summary goes on past an unreadable file, gives it a row that says why, and exits 2; then validate skips that summary", async () => {
    const dir = reviewFolder();
    writeFileSync(join(dir, "a-particular", "dañado.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    const output = join(dir, "resumen.xlsx");
    const { code, stderr } = await run("summary", dir, "-o", output);
    expect(code).toBe(2);
    expect(stderr).toMatch(/dañado\.xlsx: El archivo está dañado/);
    const grids = await XlsxReader.open(readFileSync(output)).readSheets();
    const texts = grids[0]!.values.flatMap((row) => row ?? []).filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.startsWith("NO SE PUDO LEER: El archivo está dañado"))).toBe(true);
    expect(readWorkbook(grids).sheets[0]!.summaries[0]!.rows.length).toBeGreaterThan(14);

    // The folder now holds our own summary: it is recognised and skipped, not checked as a POA.
    const again = await run("validate", "--format", "json", dir);
    const skipped = JSON.parse(again.stdout).find((f: { filePath: string }) => f.filePath === output);
    expect(skipped).toMatchObject({ errorCount: 0, skipped: expect.stringMatching(/es un libro que hizo POA Excel/) });
  });

  it("never writes the summary over one of its inputs, even with --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-self-"));
    const poa = join(dir, "poa.xlsx");
    copyFileSync(fixture("secretaria-particular-2021.xlsx"), poa);
    const before = readFileSync(poa);
    const { code, stderr } = await run("summary", poa, "-o", poa, "--force");
    expect(code).toBe(2);
    expect(stderr).toMatch(/es uno de los libros que se leen/);
    expect(readFileSync(poa)).toEqual(before);
  });
});
