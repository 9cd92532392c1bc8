import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { Grid } from "../../src/domain/grid";
import { runPoa } from "../support/cli";
import { replacePart, unzipParts, zipParts } from "../support/xlsxParts";
import { fixture, followUpRows, programmedMonths, programmedTo, typeIntoFollowUp, withFollowUp } from "../support/followup";
import { itWithLibreOffice, printWithLibreOffice, recalculateWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(180_000);

interface Folder {
  dir: string;
  /** Activities with something programmed to March, per file, and how many of them were left red. */
  expected: Record<string, { programmed: number; green: number; red: number; justified: number }>;
}

/**
 * A planning office's folder: one secretaría on track, one with red activities (some justified),
 * one that never inserted its follow-up, the state form, and a damaged file.
 */
async function planningFolder(): Promise<Folder> {
  const dir = mkdtempSync(join(tmpdir(), "poa-informe-"));
  const expected: Folder["expected"] = {};

  const onTrack = await withFollowUp(fixture("secretaria-planeacion-2022.xlsx"), 3);
  const onTrackRows = (await followUpRows(onTrack)).rows;
  writeFileSync(join(dir, "a-planeacion.xlsx"), await typeIntoFollowUp(onTrack, (row) => ({ realized: programmedMonths(row).slice(0, 3) })));
  const due = onTrackRows.filter((r) => programmedTo(r, 3) > 0).length;
  expected["a-planeacion.xlsx"] = { programmed: onTrackRows.reduce((n, r) => n + programmedTo(r, 3), 0), green: due, red: 0, justified: 0 };

  const behind = await withFollowUp(fixture("secretaria-particular-2021.xlsx"), 3);
  const behindRows = (await followUpRows(behind)).rows;
  let red = 0;
  let justified = 0;
  let green = 0;
  const typed = await typeIntoFollowUp(behind, (row) => {
    if (programmedTo(row, 3) <= 0) return null;
    const months = programmedMonths(row).slice(0, 3);
    // Every third activity did nothing; of those, every other one says why.
    if ((red + green) % 3 === 0) {
      red++;
      const why = red % 2 === 0;
      if (why) justified++;
      return { realized: [0, 0, 0], ...(why ? { justification: "Sin presupuesto liberado en el trimestre." } : {}) };
    }
    green++;
    return { realized: months };
  });
  writeFileSync(join(dir, "b-particular.xlsx"), typed);
  expected["b-particular.xlsx"] = { programmed: behindRows.reduce((n, r) => n + programmedTo(r, 3), 0), green, red, justified };

  copyFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"), join(dir, "c-sin-seguimiento.xlsx"));
  copyFileSync(join(__dirname, "../fixtures/estatal-sspc-2024.xlsx"), join(dir, "d-estatal.xlsx"));
  writeFileSync(join(dir, "e-dañado.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  return { dir, expected };
}

/** The report's table: one object per POA row, by its caption. */
function reportRows(grid: Grid): Array<Record<string, unknown>> {
  const header = grid.values.findIndex((row) => row?.[0] === "No.");
  const captions = grid.values[header]!;
  const rows: Array<Record<string, unknown>> = [];
  for (let r = header + 1; typeof grid.values[r]?.[0] === "number"; r++) {
    rows.push(Object.fromEntries(captions.map((c, i) => [String(c), grid.values[r]![i] ?? null])));
  }
  return rows;
}

describe("poa informe", () => {
  let folder: Folder;
  let output: string;
  let stdout: string;
  let code: number;
  beforeAll(async () => {
    folder = await planningFolder();
    output = join(folder.dir, "informe.xlsx");
    ({ code, stdout } = await runPoa("informe", folder.dir, "--trimestre", "1", "-o", output));
  });

  it("writes one row per POA with its semáforo counts, goes on past a damaged file and exits 2", async () => {
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Informe al corte de MARZO de 4 POA \(\d+ actividades en rojo\) escrito en .*; 1 no se pudieron leer\n$/);
    const grid = (await XlsxReader.open(readFileSync(output)).readSheets())[0]!;
    expect(grid.sheet).toBe("Informe trimestral");
    const rows = reportRows(grid);
    expect(rows.map((r) => r.ARCHIVO)).toEqual(["a-planeacion.xlsx", "b-particular.xlsx", "c-sin-seguimiento.xlsx", "d-estatal.xlsx", "e-dañado.xlsx"]);
    const [a, b, c, d, e] = rows;
    const { expected } = folder;
    expect(a).toMatchObject({ VERDE: expected["a-planeacion.xlsx"]!.green, AMARILLO: 0, ROJO: 0, "% DE AVANCE": 1, "PROGRAMADO AL CORTE": expected["a-planeacion.xlsx"]!.programmed });
    expect(a!["REALIZADO AL CORTE"]).toBe(expected["a-planeacion.xlsx"]!.programmed);
    const bx = expected["b-particular.xlsx"]!;
    expect(b).toMatchObject({ VERDE: bx.green, ROJO: bx.red, "SIN REPORTE": 0, "PROGRAMADO AL CORTE": bx.programmed });
    expect(b!["% DE AVANCE"]).toBeCloseTo(bx.green / (bx.green + bx.red), 9);
    // No follow-up sheet: what was programmed still shows, as «sin reporte».
    expect(c).toMatchObject({ NOTA: "Sin hoja de seguimiento", "PROGRAMADO AL CORTE": expected["b-particular.xlsx"]!.programmed, "SIN REPORTE": bx.green + bx.red, VERDE: 0, ROJO: 0 });
    // The state form's first quarter, as filed: its REALIZADO gives lights.
    expect(Number(d!.VERDE) + Number(d!.AMARILLO) + Number(d!.ROJO)).toBeGreaterThan(0);
    expect(d!.SECRETARÍA).toBe("SECRETARIA DE SEGURIDAD Y PROTECCION CIUDADANA DEL ESTADO");
    expect(String(e!.NOTA)).toMatch(/^NO SE PUDO LEER: /);
  });

  it("lists every red activity with its justification, or says it has none", async () => {
    const grid = (await XlsxReader.open(readFileSync(output)).readSheets())[0]!;
    const title = grid.values.findIndex((row) => row?.[0] === "ACTIVIDADES EN ROJO AL CORTE DE MARZO");
    expect(title).toBeGreaterThan(0);
    const listed = [];
    for (let r = title + 2; grid.values[r]?.[1]; r++) listed.push(grid.values[r]!);
    const fromB = listed.filter((row) => String(row[1]).includes("b-particular.xlsx"));
    expect(fromB).toHaveLength(folder.expected["b-particular.xlsx"]!.red);
    expect(fromB.filter((row) => row[7] === "Sin presupuesto liberado en el trimestre.")).toHaveLength(folder.expected["b-particular.xlsx"]!.justified);
    expect(fromB.filter((row) => row[7] === "SIN JUSTIFICACIÓN")).toHaveLength(folder.expected["b-particular.xlsx"]!.red - folder.expected["b-particular.xlsx"]!.justified);
    expect(listed.every((row) => typeof row[6] === "number" && row[6] < 0.7)).toBe(true);
  });

  it("charts % de avance by secretaría, one bar each, from its own table", async () => {
    const grid = (await XlsxReader.open(readFileSync(output)).readSheets())[0]!;
    const header = grid.values.findIndex((row, r) => r > 5 && row?.[1] === "SECRETARÍA" && row?.[2] === "% DE AVANCE");
    const table = grid.values.slice(header + 1, header + 4).map((row) => [row![1], row![2]]);
    const b = folder.expected["b-particular.xlsx"]!;
    expect(table).toEqual([
      ["Secretaría de Planeación", 1],
      ["Secretaría Particular", b.green / (b.green + b.red)],
      ["SECRETARIA DE SEGURIDAD Y PROTECCION CIUDADANA DEL ESTADO", expect.any(Number)],
    ]);
    // «Sin hoja de seguimiento» has no avance, so no bar; the damaged file neither.
    expect(grid.values[header + 4]?.[1] ?? null).toBeNull();
    const zip = await JSZip.loadAsync(readFileSync(output));
    const chart = await zip.file(/^xl\/charts\/chart\d+\.xml$/)[0]!.async("string");
    expect(chart).toContain(`<c:f>'Informe trimestral'!$B$${header + 2}:$B$${header + 4}</c:f>`);
    expect(chart).toContain(`<c:f>'Informe trimestral'!$C$${header + 2}:$C$${header + 4}</c:f>`);
    expect(chart).toContain('<c:max val="1"/>');
  });

  it("says the same for --hasta MARZO as for --trimestre 1", async () => {
    const again = join(folder.dir, "informe-marzo.xlsx");
    await runPoa("informe", folder.dir, "--hasta", "Marzo", "-o", again);
    const cells = async (path: string) => (await XlsxReader.open(readFileSync(path)).readSheets())[0]!.values;
    expect(await cells(again)).toEqual(await cells(output));
  });

  itWithLibreOffice("adds up in LibreOffice as it says, and prints on landscape pages", async () => {
    const bytes = readFileSync(output);
    const sheet = (await recalculateWithLibreOffice(bytes)).get("Informe trimestral")!;
    const total = sheet.find((row) => row[1] === "TOTAL MUNICIPAL")!;
    const rows = reportRows((await XlsxReader.open(bytes).readSheets())[0]!);
    const sum = (caption: string) => rows.reduce((n, r) => n + Number(r[caption] ?? 0), 0);
    expect(total.slice(3, 7).map(Number)).toEqual([sum("ACCIONES"), sum("ACTIVIDADES"), sum("PROGRAMADO AL CORTE"), sum("REALIZADO AL CORTE")]);
    expect(total.slice(8, 12).map(Number)).toEqual([sum("VERDE"), sum("AMARILLO"), sum("ROJO"), sum("SIN REPORTE")]);
    const { text, pages } = await printWithLibreOffice(bytes);
    expect(text).toContain("INFORME TRIMESTRAL DE AVANCE DE LOS PROGRAMAS OPERATIVOS ANUALES");
    expect(text).toContain("Periodo: enero a marzo");
    expect(text).toContain("% de avance por secretaría al corte de marzo");
    // Each sheet numbers its own pages, named by the sheet.
    expect(text).toContain(`Informe trimestral · Página 1`);
    expect(text).toContain(`Informe trimestral · Página ${pages}`);
  });

  it("refuses a cut-off it cannot read, in the user's language", async () => {
    const dir = folder.dir;
    const cases: Array<[string[], RegExp]> = [
      [["informe", dir, "-o", join(dir, "x.xlsx")], /Indique el corte: --hasta MES o --trimestre N\./],
      [["informe", dir, "--hasta", "marzo", "--trimestre", "1", "-o", join(dir, "x.xlsx")], /Indique --hasta o --trimestre, no los dos\./],
      [["informe", dir, "--trimestre", "5", "-o", join(dir, "x.xlsx")], /--trimestre debe ser 1, 2, 3 o 4\./],
      [["informe", dir, "--hasta", "marzzo", "-o", join(dir, "x.xlsx")], /--hasta debe ser un mes: ENERO a DICIEMBRE, o 1 a 12\./],
      [["informe", dir, "--hasta", "13", "-o", join(dir, "x.xlsx"), "--lang", "en"], /--hasta must be a month: ENERO to DICIEMBRE, or 1 to 12\./],
    ];
    for (const [args, message] of cases) {
      const result = await runPoa(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("poa seguimiento", () => {
  it("writes a copy with the follow-up; run on that copy, keeps what was typed; the state form has nothing to follow", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-seguimiento-"));
    const input = join(dir, "poa.xlsx");
    copyFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx"), input);
    const first = join(dir, "poa-seguimiento.xlsx");
    const made = await runPoa("seguimiento", input, "-o", first, "--hasta", "junio");
    expect(made).toMatchObject({ code: 0, stdout: `Seguimiento «Seguimiento 2021» (20 actividades, corte JUNIO) escrito en ${first}\n` });
    expect(readFileSync(input)).toEqual(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));

    writeFileSync(first, await typeIntoFollowUp(readFileSync(first), (_, i) => (i < 3 ? { realized: [5, 5, 5, 5, 5, 5] } : null)));
    const second = join(dir, "poa-seguimiento-2.xlsx");
    const again = await runPoa("seguimiento", first, "-o", second);
    expect(again.stdout).toBe(`Seguimiento «Seguimiento 2021» (20 actividades, corte JUNIO, se conservaron 18 dato(s) escritos) escrito en ${second}\n`);
    const rows = (await followUpRows(readFileSync(second))).rows;
    expect(rows.slice(0, 4).map((r) => r.realized.slice(0, 6).map((c) => c.raw))).toEqual([...Array(3).fill(Array(6).fill(5)), Array(6).fill(null)]);

    const state = await runPoa("seguimiento", join(__dirname, "../fixtures/estatal-sspc-2024.xlsx"), "-o", join(dir, "estatal.xlsx"));
    expect(state.code).toBe(2);
    expect(state.stderr).toMatch(/no tiene actividades con programación mensual \(POA municipal\): no hay nada que seguir\./);
    expect(existsSync(join(dir, "estatal.xlsx"))).toBe(false);
  });

  it("copies a workbook with thousands of merged areas (ExcelJS never loads it): its own parts are not rewritten", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-seguimiento-"));
    const merges = Array.from({ length: 6_000 }, (_, i) => `<mergeCell ref="A${i + 500}:B${i + 500}"/>`).join("");
    const parts = replacePart(unzipParts(fixture("secretaria-planeacion-2022.xlsx")), "xl/worksheets/sheet8.xml", (xml) =>
      xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 6_000}">${merges}`),
    );
    writeFileSync(join(dir, "combinado.xlsx"), zipParts(parts));
    const result = await runPoa("seguimiento", join(dir, "combinado.xlsx"), "-o", join(dir, "copia.xlsx"));
    expect(result.code).toBe(0);
    const copy = unzipParts(readFileSync(join(dir, "copia.xlsx")));
    expect(copy.find(([n]) => n === "xl/worksheets/sheet8.xml")![1]).toBe(parts.find(([n]) => n === "xl/worksheets/sheet8.xml")![1]);
  });
});
