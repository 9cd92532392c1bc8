import { findingsOf, where } from "../../support/findings";
import { gridOf, stackedGrid } from "../../support/grid";

describe("action-number", () => {
  it("passes distinct whole numbers", () => {
    expect(findingsOf("action-number", [stackedGrid([{ numero: 1 }, { numero: 2 }])])).toEqual([]);
  });

  it("warns about a repeated number at its second use, and a number that is not whole", () => {
    const findings = findingsOf("action-number", [stackedGrid([{ numero: 3 }, { numero: 3 }, { numero: "3a" }])]);
    expect(where(findings)).toEqual(["POA!G23 warning", "POA!G40 warning"]);
    expect(findings[0]!.message).toBe("El número de acción 3 se repite: también está en «POA»!G6.");
  });
});

describe("year-mismatch", () => {
  it("passes a workbook of one year", () => {
    expect(findingsOf("year-mismatch", [stackedGrid([{ year: 2022 }, { year: 2022, numero: 2 }])])).toEqual([]);
  });

  it("warns at the title of the block whose year differs", () => {
    const grid = stackedGrid([{ year: 2022 }, { year: 2021, numero: 2 }, { year: 2022, numero: 3 }]);
    expect(findingsOf("year-mismatch", [grid])).toMatchObject([{ cell: "A18", expected: 2022, actual: 2021 }]);
  });
});

describe("layout", () => {
  it("passes a well-formed sheet", () => {
    expect(findingsOf("layout", [stackedGrid([{}])])).toEqual([]);
  });

  it("says when a workbook holds no POA at all", () => {
    const [finding] = findingsOf("layout", [gridOf("Hoja1", [["Lista de compras"], ["Pan", 3]])]);
    expect(finding).toMatchObject({ sheet: "Hoja1", cell: "A1", messageId: "layout/no-poa", severity: "warning" });
  });
});
