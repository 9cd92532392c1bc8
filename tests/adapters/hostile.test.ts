import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { main } from "../../src/cli/poa";
import { validateGrids } from "../../src/domain/validate";
import { type HostileCase, hostileCases } from "../support/hostile";
import { replacePart, unzipParts, zipParts } from "../support/xlsxParts";

jest.setTimeout(60_000);

let cases: HostileCase[];
let dir: string;
const fileOf = (c: HostileCase) => join(dir, `${c.name.replace(/[^\w]+/g, "-")}.xlsx`);

beforeAll(async () => {
  cases = await hostileCases();
  dir = mkdtempSync(join(tmpdir(), "poa-hostile-"));
  for (const c of cases) writeFileSync(fileOf(c), c.bytes);
});

async function validate(path: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(["validate", ...flags, path]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("hostile and broken workbooks", () => {
  it("are many and varied (the suite is not empty)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it("each gets its exit code and a Spanish message, never a stack or a crash", async () => {
    for (const c of cases) {
      const started = Date.now();
      const { code, stdout, stderr } = await validate(fileOf(c));
      expect([c.name, code]).toEqual([c.name, c.exit]);
      if (c.says) expect([c.name, stderr]).toEqual([c.name, expect.stringMatching(c.says)]);
      expect(stderr + stdout).not.toMatch(/ at |Error:|inesperado|undefined/);
      // A short message, whatever the file holds: never a 5 MB echo.
      expect([c.name, stderr.length < 1_000]).toEqual([c.name, true]);
      // Seconds, not minutes: the limits stop a file early rather than late.
      expect([c.name, Date.now() - started < 15_000]).toEqual([c.name, true]);
      // The technical reason only when asked for.
      if (c.detail) {
        expect([c.name, stderr]).toEqual([c.name, expect.not.stringMatching(c.detail)]);
        const debug = await validate(fileOf(c), "--debug");
        expect([c.name, debug.stderr]).toEqual([c.name, expect.stringMatching(c.detail)]);
        expect([c.name, debug.stderr.length < 1_000]).toEqual([c.name, true]);
      }
    }
  });

  it.each(["NaN", "1e309"])("a %s in a POA's number cell is a number-format finding, never a silent 0", async (junk) => {
    const parts = replacePart(unzipParts(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"))), "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/(<c r="F17"[^>]*>)<v>[^<]*<\/v>/, `$1<v>${junk}</v>`),
    );
    const grids = await XlsxReader.open(zipParts(parts)).readSheets();
    const findings = validateGrids(grids).findings.filter((f) => f.cell === "F17");
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["number-format", "error"]]);
  });

  it("a FIFO or a device is refused before a byte is read (reading one would hang)", async () => {
    const fifo = join(dir, "tuberia.xlsx");
    spawnSync("mkfifo", [fifo]);
    for (const path of [fifo, "/dev/zero"]) {
      const { code, stderr } = await validate(path);
      expect([path, code]).toEqual([path, 2]);
      expect(stderr).toMatch(/No es un archivo común/);
    }
  });

  it("all of them in one run of the command, in a process capped at 256 MB of heap", () => {
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=256", "--require", "./scripts/register-text-modules.cjs", "--import", "tsx", "src/cli/bin.ts", "validate", ...cases.map(fileOf)],
      { cwd: join(__dirname, "../.."), encoding: "utf8", timeout: 60_000 },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    for (const c of cases.filter((x) => x.says)) expect(run.stderr).toMatch(c.says!);
  });
});
