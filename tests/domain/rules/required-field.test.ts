import { findingsOf, where } from "../../support/findings";
import { actionRows, gridOf, stackedGrid } from "../../support/grid";

describe("required-field", () => {
  it("passes a complete action", () => {
    expect(findingsOf("required-field", [stackedGrid([{}])])).toEqual([]);
  });

  it("points at the empty value cell below its label", () => {
    const findings = findingsOf("required-field", [stackedGrid([{ meta: null, secretaria: "" }])]);
    expect(where(findings)).toEqual(["POA!A4 error", "POA!I6 error"]);
    expect(findings[1]!.message).toBe("Falta META en la acción 1: la celda está vacía.");
  });

  it("reports a missing label at the block's first cell", () => {
    const rows = actionRows();
    rows[4] = ["EJE", null, null, null, null, null, null, null, "META"];
    rows[5] = ["Gobierno de Calidad", null, null, null, null, null, null, null, "Atender todas las solicitudes"];
    const findings = findingsOf("required-field", [gridOf("POA", rows)]);
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([["A1", "required-field/action-label"]]);
    expect(findings[0]!.message).toBe("No se encontró NÚMERO DE ACCIÓN en el bloque de la acción sin número.");
  });

  it("asks for the annual figure of an activity that has months, with their sum", () => {
    const [finding] = findingsOf("required-field", [stackedGrid([{ activities: [{ anual: null, months: [1, ...Array(11).fill("-")] }] }])]);
    expect(finding).toMatchObject({ cell: "F13", messageId: "required-field/activity-annual", expected: 1 });
  });

  it("asks for a partida only when there is money to spend", () => {
    expect(where(findingsOf("required-field", [stackedGrid([{ partida: null }])]))).toEqual(["POA!I8 error"]);
    const free = stackedGrid([{ partida: null, inversion: 0, activities: [{ inversion: 0 }] }]);
    expect(findingsOf("required-field", [free])).toEqual([]);
  });

  it("flags an activity with no unit and a table with no activities", () => {
    expect(where(findingsOf("required-field", [stackedGrid([{ activities: [{ unidad: null, inversion: 1000 }] }])]))).toEqual([
      "POA!C13 error",
    ]);
    const [empty] = findingsOf("required-field", [stackedGrid([{ activities: [] }])]);
    expect(empty).toMatchObject({ cell: "A11", messageId: "required-field/no-activities" });
  });
});
