import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/poa";
import { actionRows } from "../support/grid";
import { runPoa } from "../support/cli";
import { cleanMir, mirGrid } from "../support/mir";
import { replacePart, unzipParts, zipParts } from "../support/xlsxParts";

const fixture = (name: string) => join(__dirname, "../fixtures", name);

const run = runPoa;

describe("poa validar", () => {
  it("takes the Spanish command names and the English ones alike", async () => {
    const spanish = await run("validar", "--format", "json", fixture("secretaria-planeacion-2022.xlsx"));
    const english = await run("validate", "--format", "json", fixture("secretaria-planeacion-2022.xlsx"));
    expect(spanish.code).toBe(english.code);
    expect(JSON.parse(spanish.stdout)[0].findings.length).toBeGreaterThan(0);
    expect(spanish.stdout).toBe(english.stdout);
    expect(await run("validad", "x.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("Comando desconocido: «validad»") });
  });

  it("prints exactly one JSON array, one object per file, and exits 1 on errors", async () => {
    const { code, stdout } = await run("validate", "--format", "json", fixture("secretaria-particular-2021.xlsx"));
    expect(code).toBe(1);
    const [file, ...more] = JSON.parse(stdout);
    expect(more).toEqual([]);
    expect(file).toMatchObject({ errorCount: 4, warningCount: 0, infoCount: 0 });
    expect(file.findings[0]).toEqual({
      ruleId: "investment-sum",
      severity: "error",
      sheet: "POA 2021",
      cell: "G47",
      action: 4,
      message:
        "La INVERSIÓN APROXIMADA de la acción 4 es $4,181,100.00, pero sus actividades suman $4,157,900.00: $23,200.00 menos que la inversión.",
      expected: 4181100,
      actual: 4157900,
    });
  });

  it("keeps checking the other files when one cannot be read, says why on stderr, and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-"));
    writeFileSync(join(dir, "notas.xlsx"), "esto no es un libro");
    const { code, stdout, stderr } = await run(
      "validate",
      "--format=json",
      join(dir, "falta.xlsx"),
      join(dir, "notas.xlsx"),
      fixture("secretaria-planeacion-2022.xlsx"),
    );
    expect(code).toBe(2);
    const files = JSON.parse(stdout);
    expect(files.map((f: { readError?: string }) => f.readError ?? null)).toEqual([
      "No existe el archivo.",
      "El archivo no es un libro de Excel .xlsx.",
      null,
    ]);
    expect(files[2].errorCount).toBe(4);
    expect(stderr).toContain("[3/3]");
    expect(stderr).toContain("falta.xlsx: No existe el archivo.");
  });

  it("prints a readable report grouped by file and sheet, in English on request", async () => {
    const { code, stdout } = await run("validate", "--lang", "en", fixture("secretaria-planeacion-2022.xlsx"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/secretaria-planeacion-2022\.xlsx\n {2}Acción 5\n {4}F6 +warning +The NÚMERO DE ACCIÓN label is missing/);
    expect(stdout).toContain("7 finding(s): 4 error(s), 3 warning(s), 0 info");
  });

  it("exits 0 for a workbook without errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-"));
    const path = join(dir, "limpio.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("POA").addRows(actionRows());
    await wb.xlsx.writeFile(path);
    const { code, stdout } = await run("validate", path);
    expect(code).toBe(0);
    expect(stdout).toContain("sin hallazgos");
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("poa validar");
  });

  it("explains usage mistakes in Spanish with exit 2", async () => {
    expect(await run("validate")).toMatchObject({ code: 2, stderr: expect.stringContaining("Indique al menos un archivo .xlsx o una carpeta.") });
    expect(await run("validate", "--format", "xml", "a.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("--format debe ser") });
    expect(await run("revisar", "a.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("Comando desconocido: «revisar»") });
    expect(await run("validate", "--color", "a.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("Opción desconocida: --color") });
  });
});

describe("poa validate, file by file", () => {
  it("prints each file's report as soon as it is read, and the totals after the last", async () => {
    const writes: Array<{ text: string; at: number }> = [];
    const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => (writes.push({ text: String(chunk), at: writes.length }), true));
    const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await main(["validate", fixture("secretaria-particular-2021.xlsx"), fixture("estatal-sspc-2024.xlsx")]);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    expect(writes).toHaveLength(3);
    expect(writes[0]!.text).toContain("secretaria-particular-2021.xlsx");
    expect(writes[0]!.text).not.toContain("estatal-sspc-2024.xlsx");
    expect(writes[1]!.text).toContain("estatal-sspc-2024.xlsx");
    expect(writes[2]!.text).toMatch(/^\d+ hallazgo\(s\)/);
  });

  it("shows control characters from workbook text escaped, never sends them to the terminal", async () => {
    const wb = new ExcelJS.Workbook();
    // Excel writes characters XML cannot carry as _xHHHH_; a reader turns them back into ESC and BEL.
    const rows = actionRows({ numero: "uno_x001B_[2J_x0007_" });
    const ws = wb.addWorksheet("POA");
    rows.forEach((row, r) => row.forEach((value, c) => (ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
    const path = join(mkdtempSync(join(tmpdir(), "poa-esc-")), "escapes.xlsx");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { stdout } = await run("validate", path);
    const controls = [...stdout].filter((ch) => ch !== "\n" && (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127));
    expect(controls).toEqual([]);
    expect(stdout).toContain("«uno\\x1B[2J\\x07»");
  });
});

describe("poa validar --plan", () => {
  const planFile = async (rows: string[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("PMD");
    for (const row of rows) ws.addRow(row);
    const path = join(mkdtempSync(join(tmpdir(), "poa-plan-")), "PMD 2021-2024.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  };

  it("checks the alignment against the plan: a code it does not have is an error", async () => {
    const plan = await planFile([["CLAVE", "DESCRIPCIÓN"], ["3.1", "Planeación y evaluación para la mejora continua"], ["3.2", "Fortalecimiento de las capacidades institucionales"], ["3.5", "Rendición de cuentas y acceso a la información"], ["3.5.1", "Informar"], ["3.6", "Combate a la corrupción y a la impunidad"]]);
    const { code, stdout } = await run("validar", "--format", "json", "--plan", plan, fixture("secretaria-planeacion-2022.xlsx"));
    expect(code).toBe(1);
    const messages = JSON.parse(stdout)[0].findings.filter((f: { ruleId: string }) => f.ruleId === "alignment-plan").map((f: { message: string }) => f.message);
    expect(messages.some((m: string) => m.includes("la clave 3.6.1 no está en el plan (PMD 2021-2024.xlsx)"))).toBe(true);
    expect(messages.some((m: string) => m.includes("la clave 3.5.1"))).toBe(false);
  });

  it("a plan that cannot be read, or has no codes, stops before any POA is read, in the user's words", async () => {
    const missing = await run("validar", "--plan", "falta.xlsx", fixture("secretaria-planeacion-2022.xlsx"));
    expect(missing).toMatchObject({ code: 2, stdout: "", stderr: "poa: No se pudo leer el plan «falta.xlsx»: No existe el archivo.\n" });
    const empty = await run("validar", "--lang", "en", "--plan", await planFile([["Notas"], ["sin claves"]]), fixture("secretaria-planeacion-2022.xlsx"));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^poa: “PMD 2021-2024\.xlsx” has no plan codes to read/);
  });
});

describe("poa validar over several files", () => {
  it("says after the files which one types a line of the plan otherwise than the rest, and counts it there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-across-"));
    const original = readFileSync(fixture("secretaria-planeacion-2022.xlsx"));
    const odd = zipParts(replacePart(unzipParts(original), "xl/sharedStrings.xml", (xml) => xml.split("3.5 Rendición de cuentas").join("3.5 Rendir cuentas")));
    writeFileSync(join(dir, "a.xlsx"), original);
    writeFileSync(join(dir, "b.xlsx"), odd);
    const { stdout } = await run("validar", join(dir, "a.xlsx"), join(dir, "b.xlsx"));
    const section = stdout.slice(stdout.indexOf("Entre los libros revisados"));
    expect(section).toMatch(/b\.xlsx .*La clave 3\.5 dice «Rendir cuentas.*» en este libro, pero «Rendición de cuentas y acceso a la información» en 1 libro\(s\) más/);
    const json = JSON.parse((await run("validar", "--format", "json", join(dir, "a.xlsx"), join(dir, "b.xlsx"))).stdout);
    expect(json[1].warningCount).toBe(json[0].warningCount + 1);
  });
});

describe("poa validar with MIRs and POAs in files of their own", () => {
  it("ties the MIR file's Actividades to the POA files' activities, after the files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-mir-across-"));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("MIR");
    // The MIR's Actividad A1.1 is the fixture's «Elaboración del Programa Operativo Anual 2022», tied by its name.
    const lines = cleanMir().map((l, i) => (i === 3 ? { ...l, resumen: "Elaboración del Programa Operativo Anual 2022", indicador: "Programas elaborados", unidad: "Programa" } : l));
    for (const row of mirGrid(lines).values) sheet.addRow(row ?? []);
    await book.xlsx.writeFile(join(dir, "mir.xlsx"));
    const { stdout } = await run("validar", join(dir, "mir.xlsx"), fixture("secretaria-particular-2021.xlsx"));
    const section = stdout.slice(stdout.indexOf("Entre los libros revisados"));
    expect(section).toMatch(/mir\.xlsx MIR!B9 nota Actividad A1\.1 «Elaboración del Programa Operativo Anual 2022» se liga por su nombre con 1 actividad\(es\) del POA: «Elaboración del Programa Operativo Anual 2022» \(secretaria-particular-2021\.xlsx · /);
    expect(section).toMatch(/mir\.xlsx MIR!B10 aviso Actividad A1\.2 «Entrega de becas a los estudiantes» no corresponde a ninguna actividad de los POA revisados/);
  });
});

describe("poa indicadores", () => {
  it("writes a copy with the indicator sheet at the quarter asked for, and keeps what was typed when run on the copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-ind-"));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("MIR");
    for (const row of mirGrid(cleanMir()).values) sheet.addRow(row ?? []);
    await book.xlsx.writeFile(join(dir, "mir.xlsx"));
    const first = await run("indicadores", join(dir, "mir.xlsx"), "--trimestre", "2", "-o", join(dir, "copia.xlsx"));
    expect(first).toMatchObject({ code: 0, stdout: `Seguimiento de indicadores «Indicadores» (7 indicadores, corte del trimestre 2) escrito en ${join(dir, "copia.xlsx")}\n` });
    const again = await run("indicadores", join(dir, "copia.xlsx"), "-o", join(dir, "copia-2.xlsx"));
    expect(again.stdout).toMatch(/corte del trimestre 2\)/);
    expect((await run("indicadores", fixture("secretaria-particular-2021.xlsx"), "-o", join(dir, "x.xlsx"))).stderr).toMatch(/^poa: El libro no tiene ninguna MIR con indicadores/);
  });
});

describe("poa alineacion", () => {
  it("writes the coverage; run over a folder later, that workbook is left out as one POA Excel wrote", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-alin-"));
    writeFileSync(join(dir, "poa.xlsx"), readFileSync(fixture("secretaria-planeacion-2022.xlsx")));
    expect((await run("alineacion", join(dir, "poa.xlsx"), "-o", join(dir, "alineacion.xlsx"))).code).toBe(0);
    const { stderr, stdout } = await run("validar", "--format", "json", dir);
    expect(stderr).toContain("alineacion.xlsx: es un libro que hizo POA Excel");
    expect(JSON.parse(stdout).find((f: { filePath: string }) => f.filePath.endsWith("alineacion.xlsx")).skipped).toBeTruthy();
  });
});
