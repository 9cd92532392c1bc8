import { findingsOf, where } from "../../support/findings";
import { stackedGrid } from "../../support/grid";

describe("monthly-sum", () => {
  it("passes when the months add up to the annual figure, dashes and blanks counting zero", () => {
    const months = [1, "-", 2, null, 3, "-", 0, 1, 1, 1, 1, 2];
    expect(findingsOf("monthly-sum", [stackedGrid([{ activities: [{ anual: 12, months }] }])])).toEqual([]);
  });

  it("flags the annual cell when the months do not add up", () => {
    const months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 34];
    const [finding, ...rest] = findingsOf("monthly-sum", [stackedGrid([{ numero: 7, activities: [{ name: "Agenda", anual: 365, months }] }])]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", sheet: "POA", cell: "F13", action: 7, expected: 365, actual: 368 });
    expect(finding!.message).toBe(
      "La suma de los 12 meses es 368, pero la programación anual es 365: los meses suman 3 más que la programación anual, en la actividad «Agenda».",
    );
  });

  it("renders the same finding in English", () => {
    const grid = stackedGrid([{ activities: [{ name: "Agenda", anual: 10, months: Array(12).fill(1) }] }]);
    const [finding] = findingsOf("monthly-sum", [grid], { locale: "en" });
    expect(finding!.message).toBe("The 12 months add up to 12, but the annual program is 10: the months add up to 2 more than the annual program, in activity “Agenda”.");
  });

  it("checks text figures too and leaves unreadable months to number-format", () => {
    const grid = stackedGrid([
      { activities: [{ anual: "4,400", months: Array(12).fill("350") }, { anual: 12, months: [...Array(11).fill(1), "uno"] }] },
    ]);
    expect(where(findingsOf("monthly-sum", [grid]))).toEqual(["POA!F13 error"]);
  });

  it("does not hide that rounding matters: sums to the cent", () => {
    const grid = stackedGrid([{ activities: [{ anual: 1.2, months: [0.1, 0.2, ...Array(10).fill(0.09)] }] }]);
    expect(findingsOf("monthly-sum", [grid])).toEqual([]);
  });
});
