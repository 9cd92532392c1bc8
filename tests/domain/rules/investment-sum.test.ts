import { findingsOf } from "../../support/findings";
import { stackedGrid } from "../../support/grid";

describe("investment-sum", () => {
  it("passes when activity investments add up to the action's", () => {
    expect(findingsOf("investment-sum", [stackedGrid([{ inversion: 1000 }])])).toEqual([]);
  });

  it("flags the action's INVERSIÓN APROXIMADA cell with both amounts", () => {
    const grid = stackedGrid([{ numero: 4, inversion: 4181100, activities: [{ inversion: 3750000 }, { inversion: "$407,900.00" }] }]);
    const [finding] = findingsOf("investment-sum", [grid]);
    expect(finding).toMatchObject({ cell: "G8", severity: "error", action: 4, expected: 4181100, actual: 4157900 });
    expect(finding!.message).toBe(
      "La INVERSIÓN APROXIMADA de la acción 4 es $4,181,100.00, pero sus actividades suman $4,157,900.00: $23,200.00 menos que la inversión.",
    );
  });

  it("downgrades a difference below one peso to a rounding warning", () => {
    const grid = stackedGrid([{ inversion: 1000, activities: [{ inversion: 333.33 }, { inversion: 666.33 }] }]);
    expect(findingsOf("investment-sum", [grid])).toMatchObject([{ severity: "warning", messageId: "investment-sum/rounding" }]);
  });

  it("leaves unreadable amounts to number-format", () => {
    const grid = stackedGrid([{ inversion: 1000, activities: [{ inversion: "mucho" }, { inversion: 1 }] }]);
    expect(findingsOf("investment-sum", [grid])).toEqual([]);
  });
});
