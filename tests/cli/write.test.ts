import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type WriteFs, writeOutput } from "../../src/cli/write";
import { WorkbookReadError } from "../../src/workbook/errors";

jest.setTimeout(60_000);

const OLD = new TextEncoder().encode("el resumen bueno de antes");
const NEW = new Uint8Array(200_000).fill(7);

function folderWithOld(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), "poa-write-"));
  const target = join(dir, "resumen.xlsx");
  writeFileSync(target, OLD);
  return { dir, target };
}

/** The real file system, with one operation made to fail. */
function failing(change: Partial<WriteFs>): WriteFs {
  return {
    open: async (path, flags) => {
      const handle = await fs.open(path, flags);
      return { write: (data) => handle.write(data), sync: () => handle.sync(), close: () => handle.close() };
    },
    rename: (from, to) => fs.rename(from, to),
    unlink: (path) => fs.unlink(path),
    ...change,
  };
}

const errno = (code: string) => Object.assign(new Error(code), { code });

async function refusal(task: Promise<unknown>): Promise<WorkbookReadError> {
  const error = await task.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("writing an output file", () => {
  it("replaces the file whole, and leaves no temporary file", async () => {
    const { dir, target } = folderWithOld();
    await writeOutput(target, [NEW], { force: true, inputs: [] });
    expect(readFileSync(target)).toEqual(Buffer.from(NEW));
    expect(readdirSync(dir)).toEqual(["resumen.xlsx"]);
  });

  it.each<[string, Partial<WriteFs>]>([
    ["a folder that became unwritable", { open: async () => Promise.reject(errno("EACCES")) }],
    [
      "a write that fails part-way (disk full)",
      {
        open: async (path, flags) => {
          const handle = await fs.open(path, flags);
          return {
            write: async (data) => {
              await handle.write(data.subarray(0, data.length / 2));
              throw errno("ENOSPC");
            },
            sync: () => handle.sync(),
            close: () => handle.close(),
          };
        },
      },
    ],
    ["a rename that fails", { rename: async () => Promise.reject(errno("EXDEV")) }],
  ])("keeps the old file byte-identical after %s, and removes the temporary one", async (_, change) => {
    const { dir, target } = folderWithOld();
    const error = await refusal(writeOutput(target, [NEW], { force: true, inputs: [] }, failing(change)));
    expect(error.message).toMatch(/^No se pudo escribir «.*resumen\.xlsx» \(E[A-Z]+\); el archivo que había quedó como estaba\.$/);
    expect(readFileSync(target)).toEqual(Buffer.from(OLD));
    expect(readdirSync(dir)).toEqual(["resumen.xlsx"]);
  });

  it("leaves a whole file, old or new, however often the writing process is killed", async () => {
    const { dir, target } = folderWithOld();
    const size = 8 * 1024 * 1024;
    for (let attempt = 0; attempt < 6; attempt++) {
      const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "../support/writeLoop.ts"), target, String(size)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      // Killed after a few writes have happened, at a moment no one chooses.
      await new Promise<void>((resolve) => {
        let writes = 0;
        child.stdout.on("data", (chunk: Buffer) => {
          writes += String(chunk).split("\n").length - 1;
          if (writes >= 1 + attempt) setTimeout(() => resolve(), Math.random() * 40);
        });
      });
      child.kill("SIGKILL");
      await new Promise((resolve) => child.on("exit", resolve));
      const bytes = readFileSync(target);
      const whole = bytes.equals(Buffer.from(OLD)) || (bytes.length === size && bytes.every((b) => b === bytes[0]));
      expect(whole).toBe(true);
    }
    // What a killed writer left behind is swept by the next write to that file.
    await writeOutput(target, [NEW], { force: true, inputs: [] });
    expect(readdirSync(dir)).toEqual(["resumen.xlsx"]);
  });

  it("never writes over one of the inputs, even with --force, by whatever path it is named", async () => {
    const { dir, target } = folderWithOld();
    const link = join(dir, "otro-nombre.xlsx");
    symlinkSync(target, link);
    for (const output of [target, join(dir, ".", "resumen.xlsx")]) {
      const error = await refusal(writeOutput(output, [NEW], { force: true, inputs: [link] }));
      expect(error.message).toMatch(/es uno de los libros que se leen/);
    }
    expect(readFileSync(target)).toEqual(Buffer.from(OLD));
  });

  it("refuses an output that is a symbolic link (even a dangling one), and an existing file without --force", async () => {
    const { dir, target } = folderWithOld();
    const dangling = join(dir, "enlace.xlsx");
    symlinkSync(join(dir, "no-existe", "x.xlsx"), dangling);
    expect((await refusal(writeOutput(dangling, [NEW], { force: true, inputs: [] }))).message).toMatch(/enlace simbólico/);
    expect(existsSync(join(dir, "no-existe"))).toBe(false);
    expect((await refusal(writeOutput(target, [NEW], { force: false, inputs: [] }))).text("en")).toMatch(/already exists; use --force/);
    mkdirSync(join(dir, "carpeta.xlsx"));
    expect((await refusal(writeOutput(join(dir, "carpeta.xlsx"), [NEW], { force: true, inputs: [] }))).message).toMatch(/es una carpeta/);
  });
});
