import { findingsOf, where } from "../../support/findings";
import { stackedGrid } from "../../support/grid";

describe("number-format", () => {
  it("passes numbers, dashes and blanks", () => {
    const grid = stackedGrid([{ activities: [{ anual: 2, inversion: 1000, months: [1, "-", null, 1, ...Array(8).fill("-")] }] }]);
    expect(findingsOf("number-format", [grid])).toEqual([]);
  });

  it("flags words and Excel errors in figure cells", () => {
    const grid = stackedGrid([{ activities: [{ anual: "doce", inversion: 1000, months: [{ error: "#REF!" }, ...Array(11).fill(1)] }] }]);
    const findings = findingsOf("number-format", [grid]);
    expect(findings.map((f) => [f.cell, f.severity, f.messageId])).toEqual([
      ["F13", "error", "number-format/not-a-number"],
      ["G13", "error", "number-format/excel-error"],
    ]);
    expect(findings[1]!.message).toBe("ENE contiene el error de Excel #REF!; corrija la fórmula o la referencia.");
  });

  it("notes numbers typed as text, which Excel will not add up", () => {
    const [finding] = findingsOf("number-format", [stackedGrid([{ inversion: "$1,000.00" }])]);
    expect(finding).toMatchObject({ cell: "G8", severity: "info", expected: 1000 });
  });

  it("checks the amounts of a summary table", () => {
    const grid = stackedGrid([{}]);
    grid.values.push([], [null, "ACCIÓN", "INVERSIÓN"], [1, "Atención ciudadana", "mil pesos"], [null, "Total", 1000]);
    expect(where(findingsOf("number-format", [grid]))).toEqual(["POA!C17 error"]);
  });
});
