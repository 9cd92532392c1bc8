import { findingsOf } from "../../support/findings";
import { stackedGrid } from "../../support/grid";

describe("beneficiarios", () => {
  it.each(["H 71540 M 74460", "1950 H / 2250 M", "M74,535 H 71,612", "M: 18360 H: 17640", "H 0 M 12"])("passes %p", (text) => {
    expect(findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: text }])])).toEqual([]);
  });

  it("flags unlabeled counts as an error at the cell", () => {
    const [finding] = findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: 4200 }])]);
    expect(finding).toMatchObject({ cell: "I4", severity: "error", messageId: "beneficiarios/unreadable" });
  });

  it("asks for an explicit zero when only one sex is given", () => {
    const [finding] = findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: "H:628" }])]);
    expect(finding).toMatchObject({ severity: "warning", expected: "M 0" });
    expect(finding!.message).toBe("Los beneficiarios «H:628» solo indican 628 H; si no hay M, escríbalo explícitamente: «M 0».");
  });

  it("warns about implausible counts", () => {
    const [size] = findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: "H: 7136629 M: 74460" }])]);
    expect(size).toMatchObject({ severity: "warning", messageId: "beneficiarios/implausible-size", actual: 7211089 });
    const [ratio] = findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: "H 150 M 74460" }])]);
    expect(ratio).toMatchObject({ severity: "warning", messageId: "beneficiarios/implausible-ratio" });
  });

  it("rejects fractions of people", () => {
    const [finding] = findingsOf("beneficiarios", [stackedGrid([{ beneficiarios: "H 10.5 M 3" }])]);
    expect(finding).toMatchObject({ severity: "error", messageId: "beneficiarios/not-whole" });
  });
});
