import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/poa";
import { hostileCases } from "../support/hostile";

jest.setTimeout(60_000);

const fixture = (name: string) => join(__dirname, "../fixtures", name);

async function run(args: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const capture = (chunk: unknown) => ((text += String(chunk)), true);
  const out = jest.spyOn(process.stdout, "write").mockImplementation(capture);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(capture);
  try {
    return { code: await main(args), text };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** What a user must never see: stacks, JSON dumps, library and Node internals. */
const INTERNALS = /\n\s+at |Error:|TypeError|ZodError|Cannot read|undefined|\[object|"code":|ERR_[A-Z_]+|Bug :|uncompressed data|option '|argument is ambiguous/;
/** Words that give away a Spanish message in English output. */
const SPANISH = /\b(archivo|libro|hoja|carpeta|Indique|debe|falta|dañado|Opción|Comando)\b/i;
/** And English in Spanish output (the report's rule ids and file paths aside). */
const ENGLISH = /\b(the|file|could not|must|unknown|missing|workbook|sheet)\b/i;

async function errorPaths(): Promise<Array<[string, string[]]>> {
  const dir = mkdtempSync(join(tmpdir(), "poa-msg-"));
  const hostile = await hostileCases();
  const paths: Array<[string, string[]]> = [
    ["no arguments to validate", ["validate"]],
    ["an unknown option", ["validate", "--formato", "json", fixture("estatal-sspc-2024.xlsx")]],
    ["an option without its value", ["template", "--family", "municipal-2021", "--year"]],
    ["a value that looks like an option", ["template", "--year", "--family", "municipal-2021", "-o", join(dir, "x.xlsx")]],
    ["a bad --format", ["validate", "--format", "xml", fixture("estatal-sspc-2024.xlsx")]],
    ["an unknown command", ["validar", fixture("estatal-sspc-2024.xlsx")]],
    ["a year that is not a number", ["template", "--family", "municipal-2021", "--year", "dos mil", "-o", join(dir, "x.xlsx")]],
    ["a year out of range", ["template", "--family", "municipal-2021", "--year", "1990", "-o", join(dir, "x.xlsx")]],
    ["an unknown family", ["template", "--family", "federal", "--year", "2025", "-o", join(dir, "x.xlsx")]],
    ["no output for the summary", ["summary", fixture("estatal-sspc-2024.xlsx")]],
    ["an output that is not .xlsx", ["summary", fixture("estatal-sspc-2024.xlsx"), "-o", join(dir, "x.csv")]],
    ["a file that does not exist", ["validate", join(dir, "no-existe.xlsx")]],
    ["a folder with no workbooks", ["validate", dir]],
    ["an output in a folder that does not exist", ["template", "--family", "municipal-2021", "--year", "2025", "-o", join(dir, "no", "hay", "x.xlsx")]],
    ["an output over an existing file", ["template", "--family", "municipal-2021", "--year", "2025", "-o", fixture("estatal-sspc-2024.xlsx")]],
    ["a follow-up of two files", ["seguimiento", fixture("estatal-sspc-2024.xlsx"), fixture("secretaria-particular-2021.xlsx"), "-o", join(dir, "x.xlsx")]],
    ["a follow-up of the state form", ["seguimiento", fixture("estatal-sspc-2024.xlsx"), "-o", join(dir, "x.xlsx")]],
    ["a follow-up written over its POA", ["seguimiento", fixture("secretaria-particular-2021.xlsx"), "-o", fixture("secretaria-particular-2021.xlsx"), "--force"]],
    ["a follow-up with a bad month", ["seguimiento", fixture("secretaria-particular-2021.xlsx"), "--hasta", "marzzo", "-o", join(dir, "x.xlsx")]],
    ["a report without a cut-off", ["informe", fixture("estatal-sspc-2024.xlsx"), "-o", join(dir, "x.xlsx")]],
    ["a report with two cut-offs", ["informe", fixture("estatal-sspc-2024.xlsx"), "--hasta", "3", "--trimestre", "1", "-o", join(dir, "x.xlsx")]],
    ["a report with a fifth quarter", ["informe", fixture("estatal-sspc-2024.xlsx"), "--trimestre", "5", "-o", join(dir, "x.xlsx")]],
  ];
  const link = join(dir, "enlace.xlsx");
  symlinkSync(join(dir, "destino.xlsx"), link);
  paths.push(["an output that is a symbolic link", ["template", "--family", "municipal-2021", "--year", "2025", "-o", link, "--force"]]);
  for (const c of hostile) {
    const path = join(dir, `${c.name.replace(/\W+/g, "-")}.bin`);
    writeFileSync(path, c.bytes);
    paths.push([`a hostile file: ${c.name}`, ["validate", path]]);
    if (c.name === "billion laughs" || c.name === "zip bomb") paths.push([`a hostile file to follow: ${c.name}`, ["seguimiento", path, "-o", join(dir, "seguimiento.xlsx")]]);
  }
  return paths;
}

describe("every error path speaks the user's language, and only that", () => {
  let paths: Array<[string, string[]]>;
  beforeAll(async () => {
    paths = await errorPaths();
  });

  it("in Spanish by default: no English internals, a stack or a dump", async () => {
    for (const [name, args] of paths) {
      const { code, text } = await run(args);
      expect([name, code === 0 || code === 1 || code === 2]).toEqual([name, true]);
      expect([name, text]).not.toEqual([name, expect.stringMatching(INTERNALS)]);
      // Paths and rule ids may be anything; the words around them are Spanish.
      const words = text.replace(/\/\S+/g, "").replace(/\S+\.(xml|rels)\b/g, "").replace(/\b[a-z]+(-[a-z]+)+\b/g, "");
      expect([name, words]).not.toEqual([name, expect.stringMatching(ENGLISH)]);
    }
  });

  it("in English with --lang en, read and argument errors included", async () => {
    for (const [name, args] of paths) {
      const { text } = await run([...args, "--lang", "en"]);
      expect([name, text]).not.toEqual([name, expect.stringMatching(INTERNALS)]);
      const words = text.replace(/\/\S+/g, "").replace(/«[^»]*»|“[^”]*”/g, "");
      expect([name, words]).not.toEqual([name, expect.stringMatching(SPANISH)]);
    }
  });
});
