import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { runPoa } from "../support/cli";
import { followUpRows } from "../support/followup";
import { itWithLibreOffice, recalculateWithLibreOffice } from "../support/libreoffice";
import { richWorkbook } from "../support/richWorkbook";
import { type Parts, replacePart, unzipParts, zipParts } from "../support/xlsxParts";

/**
 * A user's workbook through `poa seguimiento`, twice: whatever the user's file holds comes back
 * as it was, part for part, byte for byte; only the parts that list sheets and styles change, and
 * in them every element the user had is still there, as it was written.
 */
jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "poa-graft-"));
const WRITTEN = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

const asText = (data: string | Uint8Array) => Buffer.from(data).toString("base64");
const byName = (parts: Parts) => new Map(parts.map(([name, data]) => [name, asText(data)]));
const xmlOf = (parts: Parts) => new Map(parts.map(([name, data]) => [name, typeof data === "string" ? data : ""]));

async function followUpOf(input: string, output: string): Promise<Parts> {
  const run = await runPoa("seguimiento", input, "-o", output, "--hasta", "MARZO");
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return unzipParts(readFileSync(output));
}

/** Every tag `<name …>` of a part, as written. */
const tags = (xml: string, name: string) => xml.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];

describe("a user's workbook with our sheet grafted in", () => {
  const rich = richWorkbook();
  const input = join(dir, "rico.xlsm");
  writeFileSync(input, zipParts(rich));
  let first: Parts;
  let second: Parts;

  beforeAll(async () => {
    first = await followUpOf(input, join(dir, "rico-seguimiento.xlsm"));
    second = await followUpOf(join(dir, "rico-seguimiento.xlsm"), join(dir, "rico-seguimiento-2.xlsm"));
  });

  it("keeps every part the user had, byte for byte: charts, images, notes, pivot tables, macros, links", () => {
    const out = byName(first);
    for (const [name, data] of rich) {
      if (WRITTEN.includes(name)) continue;
      expect([name, out.get(name)]).toEqual([name, asText(data)]);
    }
    expect(first.length).toBeGreaterThan(rich.length);
  });

  it("keeps in the parts it writes every element the user had, as written", () => {
    const before = xmlOf(rich);
    const after = xmlOf(first);
    for (const [part, tag] of [
      ["xl/workbook.xml", "sheet"],
      ["xl/workbook.xml", "definedName"],
      ["xl/workbook.xml", "externalReference"],
      ["xl/workbook.xml", "pivotCache"],
      ["xl/_rels/workbook.xml.rels", "Relationship"],
      ["[Content_Types].xml", "Override"],
      ["[Content_Types].xml", "Default"],
    ] as const) {
      for (const element of tags(before.get(part)!, tag)) expect([part, after.get(part)!.includes(element)]).toEqual([part, true]);
    }
    // The user's styles are a prefix of each list: their indices still point where they did.
    const styles = before.get("xl/styles.xml")!;
    for (const list of ["fonts", "fills", "borders", "cellXfs"]) {
      const inner = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)![1]!;
      expect([list, new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(after.get("xl/styles.xml")!)![1]!.startsWith(inner)]).toEqual([list, true]);
    }
    // Still a workbook with macros.
    expect(after.get("[Content_Types].xml")).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  });

  it("reads back with every cell of the user's sheets as it was, and the follow-up beside them", async () => {
    const original = await XlsxReader.open(zipParts(rich)).readSheets();
    const copy = await XlsxReader.open(readFileSync(join(dir, "rico-seguimiento.xlsm"))).readSheets();
    expect(copy.map((g) => g.sheet)).toEqual([...original.map((g) => g.sheet), "Seguimiento 2021"]);
    for (const grid of original) expect(copy.find((g) => g.sheet === grid.sheet)).toEqual(grid);
    const reader = XlsxReader.open(readFileSync(join(dir, "rico-seguimiento.xlsm")));
    expect((await reader.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      ["POA 2021", true],
      ["Resumen", true],
      ["Catálogos", false],
      ["Cálculo", false],
      ["Firmas", true],
      ["Seguimiento 2021", true],
    ]);
  });

  itWithLibreOffice("opens in LibreOffice, which computes our formulas as the engine did", async () => {
    const bytes = readFileSync(join(dir, "rico-seguimiento.xlsm"));
    const { sheet, rows } = await followUpRows(bytes);
    const computed = (await recalculateWithLibreOffice(bytes)).get(sheet)!;
    expect(rows.length).toBeGreaterThan(10);
    for (const { programmed } of rows) {
      const january = programmed[0]!;
      expect([january.cell, Number(computed[january.row]![january.col] || 0)]).toEqual([january.cell, Number(january.raw ?? 0)]);
    }
  });

  it("inserting again replaces only our sheet: the rest of the copy stays as the first copy had it", () => {
    const once = byName(first);
    const twice = byName(second);
    const twiceXml = xmlOf(second);
    const ours = (name: string) => name.startsWith("xl/worksheets/sheet6") || name.startsWith("xl/worksheets/_rels/sheet6") || name.startsWith("xl/tables/");
    for (const [name, data] of once) {
      if (WRITTEN.includes(name) || ours(name)) continue;
      expect([name, twice.get(name)]).toEqual([name, data]);
    }
    expect([...twice.keys()].filter((n) => n.startsWith("xl/tables/"))).toHaveLength(1);
    expect(tags(twiceXml.get("xl/workbook.xml")!, "sheet")).toHaveLength(6);
    // The print titles of the sheet it replaced go with it: one set, for the new sheet.
    expect(tags(twiceXml.get("xl/workbook.xml")!, "definedName").filter((d) => d.includes("_xlnm.Print_Titles"))).toHaveLength(1);
  });

  it("keeps a macro workbook a macro workbook: its copy must be .xlsm", async () => {
    const run = await runPoa("seguimiento", input, "-o", join(dir, "sin-macros.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("debe terminar en .xlsm, como el original");
  });

  it("refuses a workbook whose structure is protected, saying how to lift it", async () => {
    const locked = join(dir, "protegido.xlsx");
    const parts = unzipParts(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));
    writeFileSync(locked, zipParts(replacePart(parts, "xl/workbook.xml", (xml) => xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'))));
    const run = await runPoa("seguimiento", locked, "-o", join(dir, "protegido-seguimiento.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("protegido en su estructura (Revisar → Proteger libro)");
  });
});
