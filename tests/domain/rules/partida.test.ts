import { findingsOf } from "../../support/findings";
import { stackedGrid } from "../../support/grid";

describe("partida-format", () => {
  it("passes lists of 4-digit codes with any of the usual separators", () => {
    expect(findingsOf("partida-format", [stackedGrid([{ partida: "2111, 2611;3751\n2211-1 3291." }])])).toEqual([]);
    expect(findingsOf("partida-format", [stackedGrid([{ partida: 3351 }])])).toEqual([]);
  });

  it("flags each malformed code at the partida cell", () => {
    const findings = findingsOf("partida-format", [stackedGrid([{ partida: "211, 2611 y 0123" }])]);
    expect(findings.map((f) => [f.cell, f.actual])).toEqual([
      ["I8", "211"],
      ["I8", "y"],
      ["I8", "0123"],
    ]);
  });
});

describe("partida-unknown", () => {
  it("passes codes whose partida genérica exists", () => {
    expect(findingsOf("partida-unknown", [stackedGrid([{ partida: "3191, 3691, 3821, 4411, 5151" }])])).toEqual([]);
  });

  it("warns about a well-formed code that CONAC does not have, naming its concept", () => {
    const [finding, other] = findingsOf("partida-unknown", [stackedGrid([{ partida: "2191, 8411, 2191" }])]);
    expect(finding).toMatchObject({ cell: "I8", severity: "warning", actual: "2191" });
    expect(finding!.message).toContain("concepto 21 «Materiales de administración, emisión de documentos y artículos oficiales»");
    expect(other).toMatchObject({ actual: "8411", messageId: "partida-unknown/unknown-concept" });
  });
});
