import { readWorkbook } from "../../src/domain/reader";
import { validateGrids } from "../../src/domain/validate";
import type { Cell } from "../../src/domain/grid";
import { gridOf } from "../support/grid";

const MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];

/**
 * A follow-up sheet another office made by hand: captions in title case with colons, months
 * abbreviated, P and R for the rows, the table two rows down and one column in.
 */
function officeFollowUp(): Cell[][] {
  const pad = (row: Cell[]) => [null, ...row];
  return [
    [],
    [],
    pad(["Seguimiento POA 2026"]),
    pad(["Mes de corte:", null, "Junio"]),
    [],
    pad(["No. de acción", "Actividades", "Unidad de medida", "Meta anual", "Concepto", ...MONTHS, "Justificación"]),
    pad([1, "Talleres de lectura", "Taller", 24, "P", ...Array(12).fill(2)]),
    pad([1, "Talleres de lectura", null, null, "R", 2, 2, 2, 2, 1, 0, null, null, null, null, null, null, "Lluvias en mayo"]),
    pad([2, "Visitas domiciliarias", "Visita", 12, "Prog", ...Array(12).fill(1)]),
    pad([null, null, null, null, "Real", 0, 0, 1, "uno", null, null, null, null, null, null, null, null, null]),
  ];
}

describe("a follow-up sheet written by another office", () => {
  it("is found by its captions wherever they sit, with its cut-off and its rows", () => {
    const sheet = readWorkbook([gridOf("Avance", officeFollowUp())]).sheets[0]!;
    expect(sheet.actions).toEqual([]);
    const followUp = sheet.followUp!;
    expect(followUp).toMatchObject({ year: 2026, cutoff: { cell: "D4", month: 6 }, header: "C6" });
    expect(followUp.rows.map((r) => [r.action.text, r.activity.text, r.anual?.raw, r.realized[4]!.raw, r.justification?.cell])).toEqual([
      ["1", "Talleres de lectura", 24, 1, "S8"],
      ["2", "Visitas domiciliarias", 12, null, "S10"],
    ]);
  });

  it("gets the same rules: a word where a figure goes, and a red activity that says nothing", () => {
    const report = validateGrids([gridOf("Avance", officeFollowUp())]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["realized-text error J10", "red-justification error S10"]);
    expect(report.findings[0]!.message).toBe("Lo REALIZADO de ABRIL en la actividad «Visitas domiciliarias» es «uno», que no es un número: Excel no lo suma y el avance sale menor.");
    expect(report.findings[1]!.message).toBe("La actividad «Visitas domiciliarias» va en rojo: 17 % de lo programado hasta JUNIO (1 de 6), y no tiene JUSTIFICACIÓN. Escriba por qué.");
    expect(validateGrids([gridOf("Avance", officeFollowUp())], { locale: "en" }).findings[1]!.message).toBe(
      "The activity “Visitas domiciliarias” is red: 17% of what was programmed up to JUNIO (1 of 6), and it has no JUSTIFICACIÓN. Say why.",
    );
  });

  it("warns of a figure after the cut-off and of far more than was programmed", () => {
    const rows = officeFollowUp();
    rows[7]![12] = 3; // Julio, after the June cut-off.
    rows[9]![6] = 20; // Visitas: 21 done against 6 programmed to June.
    rows[9]![9] = 0;
    const report = validateGrids([gridOf("Avance", rows)]);
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["realized-after-cutoff warning M8", "realized-above-programmed warning J10"]);
    expect(report.findings[1]!.message).toContain("21 hasta JUNIO, 3.5 veces lo programado a esa fecha (6)");
  });

  it("is not taken for a POA, nor a POA for a follow-up", () => {
    const poa = readWorkbook([gridOf("POA", [["PROGRAMA OPERATIVO ANUAL 2026"], ["ACTIVIDAD", "UNIDAD DE MEDIDA", "PROGRAMACIÓN ANUAL", ...MONTHS]])]).sheets[0]!;
    expect(poa.followUp).toBeUndefined();
  });
});
