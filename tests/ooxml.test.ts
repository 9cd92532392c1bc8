import { execFile, spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { writeObservations } from "../src/app/observations";
import { openWorkbook } from "../src/app/sources";
import { writeSummary } from "../src/app/summary";
import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { runPoa } from "./support/cli";
import { cleanMir, mirGrid } from "./support/mir";

/**
 * Every workbook we write, new or grafted into a user's, against ECMA-376 Transitional and the
 * package rules behind Excel's repair prompt (scripts/tools/ooxml-check.py, with xmllint).
 */
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const fixture = (name: string) => join(ROOT, "tests/fixtures", name);
const checker = spawnSync("xmllint", ["--version"]).status === 0;
const itWithXmllint: jest.It = checker || process.env.CI ? it : it.skip;
if (!checker && !process.env.CI) process.stderr.write("xmllint no está instalado: se omite la revisión ECMA-376 de los libros escritos. Instálelo con `apt-get install libxml2-utils`.\n");

describe("every workbook we write passes ECMA-376 and Excel's package rules", () => {
  itWithXmllint("new ones and grafted ones, from every command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-ooxml-"));
    const out = (name: string) => join(dir, name);
    const plan = new ExcelJS.Workbook();
    for (const row of [["CLAVE", "DESCRIPCIÓN"], ["3.5", "Rendición de cuentas"], ["3.5.1", "Informar"], ["3.5.2", "Abrir los datos"]]) (plan.getWorksheet("PMD") ?? plan.addWorksheet("PMD")).addRow(row);
    await plan.xlsx.writeFile(out("plan.xlsx"));
    const mir = new ExcelJS.Workbook();
    const mirSheet = mir.addWorksheet("MIR");
    for (const row of mirGrid(cleanMir()).values) mirSheet.addRow(row ?? []);
    await mir.xlsx.writeFile(out("mir.xlsx"));
    const poas = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"].map(fixture);
    const runs: string[][] = [
      ["resumen", ...poas, "-o", out("resumen.xlsx")],
      ["observaciones", poas[0]!, "-o", out("observaciones.xlsx")],
      ["observaciones", ...poas, "-o", out("observaciones-lote.xlsx")],
      ["informe", ...poas, "--trimestre", "1", "-o", out("informe.xlsx")],
      ["comparar", poas[0]!, poas[0]!, "-o", out("cambios.xlsx")],
      ["alineacion", ...poas, "-o", out("alineacion.xlsx")],
      ["indicadores", out("mir.xlsx"), "--trimestre", "2", "-o", out("mir-indicadores.xlsx")],
      ["informe", out("mir-indicadores.xlsx"), "--trimestre", "2", "-o", out("informe-indicadores.xlsx")],
      ["alineacion", ...poas, "--plan", out("plan.xlsx"), "-o", out("alineacion-plan.xlsx")],
      ["plantilla", "--family", "municipal-2022", "--year", "2026", "--plan", out("plan.xlsx"), "-o", out("plantilla-con-plan.xlsx")],
      ["seguimiento", poas[0]!, "-o", out("seguimiento-2021.xlsx"), "--hasta", "MARZO"],
      ["seguimiento", poas[1]!, "-o", out("seguimiento-2022.xlsx"), "--hasta", "JUNIO"],
      ["seguimiento", out("seguimiento-2022.xlsx"), "-o", out("seguimiento-2022-otra-vez.xlsx")],
      ...(["municipal-2021", "municipal-2022", "institucional", "mir"] as const).map((family) => ["plantilla", "--family", family, "--year", "2026", "-o", out(`plantilla-${family}.xlsx`)]),
    ];
    for (const args of runs) expect([args[0], (await runPoa(...args)).code]).toEqual([args[0], expect.any(Number)]);
    // What the pane writes into the open workbook: the summary and the observations, grafted.
    for (const [name, write] of [
      ["resumen-en-el-poa.xlsx", (w: UserWorkbook) => writeSummary(w, openWorkbook(w, null))],
      ["observaciones-en-el-poa.xlsx", (w: UserWorkbook) => writeObservations(w, openWorkbook(w, null))],
    ] as const) {
      const workbook = UserWorkbook.open(readFileSync(poas[1]!));
      await write(workbook);
      writeFileSync(out(name), await workbook.toBuffer());
    }
    const files = [...runs.map((args) => args[args.indexOf("-o") + 1]!), out("resumen-en-el-poa.xlsx"), out("observaciones-en-el-poa.xlsx")];
    const result = await promisify(execFile)("python3", [join(ROOT, "scripts/tools/ooxml-check.py"), ...files]).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout.split("\n").filter((line) => line.trim() !== "" && !/, ok$/.test(line))).toEqual([]);
    expect(result.stdout.match(/, ok$/gm)).toHaveLength(files.length);
  });
});
