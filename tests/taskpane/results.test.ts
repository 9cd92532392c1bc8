import { groupFindings } from "../../src/taskpane/results";
import type { Finding } from "../../src/domain/validate";

const finding = (sheet: string, action: number | null, ruleId: Finding["ruleId"], severity: Finding["severity"], cell: string): Finding => ({
  ruleId,
  severity,
  sheet,
  cell,
  action,
  messageId: "layout/no-poa",
  data: {},
  message: "",
  expected: null,
  actual: null,
});

describe("the findings list", () => {
  it("puts errors first: groups with errors, then rules with errors, then errors within a rule", () => {
    const groups = groupFindings([
      finding("POA", 1, "layout", "warning", "A1"),
      finding("POA", 2, "monthly-sum", "error", "F20"),
      finding("POA", 2, "layout", "warning", "A15"),
      finding("POA", 2, "number-format", "info", "G21"),
      finding("POA", 2, "number-format", "error", "H21"),
    ]);
    expect(groups.map((g) => g.action)).toEqual([2, 1]);
    expect(groups[0]!.rules.map((r) => r.ruleId)).toEqual(["monthly-sum", "number-format", "layout"]);
    expect(groups[0]!.rules[1]!.findings.map((f) => f.cell)).toEqual(["H21", "G21"]);
  });
});
