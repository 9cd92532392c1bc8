import { UserWorkbook } from "../src/adapters/xlsx/UserWorkbook";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReader } from "../src/adapters/xlsx/read/XlsxReader";
import { buildObservationsSheet, OBSERVATIONS_TABLE_NAME } from "../src/domain/observations";
import { validateGrids } from "../src/domain/validate";
import { itWithLibreOffice, printWithLibreOffice } from "./support/libreoffice";
import { runPoa } from "./support/cli";

jest.setTimeout(120_000);

const fixture = (name: string) => join(__dirname, "fixtures", name);
const header = { secretaria: "Secretaría de Planeación", poa: "secretaria-planeacion-2022.xlsx", fecha: "23/11/2026", reviso: "Lic. Revisora" };

const run = runPoa;

describe("the observations sheet", () => {
  it("has one row per finding, grouped by action with errors first, each cell a live link, an ESTADO drop-down", async () => {
    const report = validateGrids(await XlsxReader.open(readFileSync(fixture("secretaria-planeacion-2022.xlsx"))).readSheets());
    const spec = buildObservationsSheet(report.findings, header);
    const text = (row: number, col: number) => spec.cells.find((c) => c.row === row && c.col === col);
    expect([text(1, 0)?.value, text(1, 2)?.value, text(2, 7)?.value]).toEqual(["SECRETARÍA:", "Secretaría de Planeación", "Lic. Revisora"]);
    const rows = report.findings.map((_, i) => 5 + i);
    // Action 5's two errors come before its warnings; then action 8, then 12.
    expect(rows.map((r) => `${text(r, 3)?.value} ${text(r, 4)?.value} ${text(r, 1)?.value}`)).toEqual([
      "5 Error Acción 5",
      "5 Error Acción 5",
      "5 Aviso Acción 5",
      "5 Aviso Acción 5",
      "5 Aviso Acción 5",
      "8 Error Acción 8",
      "12 Error Acción 12",
    ]);
    expect(text(5, 2)).toMatchObject({ formula: `=HYPERLINK("#'Acción 5'!F8","F8")`, result: "F8" });
    expect(text(5, 5)?.value).toBe("Las actividades no suman la inversión");
    expect(text(5, 8)?.value).toBe("Pendiente");
    expect(spec.validations).toEqual([expect.objectContaining({ kind: "list", values: ["Pendiente", "Corregido", "Aclarado"] })]);
    expect(spec.table?.name).toBe(OBSERVATIONS_TABLE_NAME);
    expect(spec.print).toEqual({ orientation: "landscape", titleRows: [4, 4], keyColumns: 1 });
    expect(spec.cells.filter((c) => c.value === "Revisó" || c.value === "Recibió")).toHaveLength(2);
  });

  it("goes into the open workbook beside a user's own «Observaciones», and replaces only its own", async () => {
    const workbook = UserWorkbook.open(readFileSync(fixture("secretaria-particular-2021.xlsx")));
    await workbook.addSheet({ ...buildObservationsSheet([], header), name: "Observaciones", table: null });
    const report = validateGrids(await workbook.readSheets());
    const first = await workbook.writeAddinSheet(buildObservationsSheet(report.findings, header));
    expect(first).toEqual({ name: "Observaciones (2)", replaced: false, renamed: true });
    const again = await workbook.writeAddinSheet(buildObservationsSheet(report.findings.slice(0, 1), header));
    expect(again).toEqual({ name: "Observaciones (2)", replaced: true, renamed: false });
  });

  itWithLibreOffice("poa observaciones writes one printable sheet, the CLI reopens it, LibreOffice prints it with page numbers", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "poa-obs-")), "observaciones.xlsx");
    expect((await run("observaciones", fixture("secretaria-particular-2021.xlsx"), "-o", output, "--reviso", "Lic. Revisora")).code).toBe(0);
    const reader = XlsxReader.open(readFileSync(output));
    expect(reader.sheetNames()).toEqual(["Observaciones"]);
    const [grid] = await reader.readSheets();
    expect(grid!.values[5]!.slice(0, 6)).toEqual([1, "POA 2021", "G47", 4, "Error", "Las actividades no suman la inversión"]);
    const { text, pages } = await printWithLibreOffice(readFileSync(output));
    expect(text).toContain("OBSERVACIONES A LA REVISIÓN DEL PROGRAMA OPERATIVO ANUAL");
    expect(text).toMatch(/\$23,200\.00 menos/);
    expect(text).toMatch(/Revisó[\s\S]*Recibió/);
    // Each sheet numbers its own pages, named by the sheet.
    expect(text).toContain(`Observaciones · Página 1`);
    expect(text).toContain(`Observaciones · Página ${pages}`);
  });

  it("for a batch: a status sheet first, then one observations sheet per file; an unreadable file is said, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poa-obs-batch-"));
    const output = join(dir, "lote.xlsx");
    const missing = join(dir, "no-existe.xlsx");
    const { code, stderr } = await run("observaciones", fixture("secretaria-particular-2021.xlsx"), fixture("estatal-sspc-2024.xlsx"), missing, "-o", output);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no-existe\.xlsx: No existe el archivo/);
    const reader = XlsxReader.open(readFileSync(output));
    expect(reader.sheetNames()).toEqual(["Estado", "Obs secretaria-particular-2021", "Obs estatal-sspc-2024"]);
    const [status] = await reader.readSheets(["Estado"]);
    expect(status!.values.slice(3, 6).map((r) => [r![0], r![2], r![3], r![6]])).toEqual([
      ["secretaria-particular-2021.xlsx", 4, 0, "Obs secretaria-particular-2021"],
      ["estatal-sspc-2024.xlsx", 4, 11, "Obs estatal-sspc-2024"],
      ["no-existe.xlsx", 0, 0, "NO SE PUDO LEER: No existe el archivo."],
    ]);
    // What poa wrote is never taken for a POA.
    const again = await run("validate", output);
    expect(again.stderr).toMatch(/es un libro que hizo POA Excel/);
  });
});
