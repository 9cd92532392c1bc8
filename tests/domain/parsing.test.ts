import { parseBeneficiarios } from "../../src/domain/beneficiarios";
import { cogSize, lookupPartida } from "../../src/domain/catalogs/cog";
import { parseFigure } from "../../src/domain/figures";
import { type Cell, checkedGrid } from "../../src/domain/grid";
import { classifyText } from "../../src/domain/labels";
import { isPartidaCode, splitPartidas } from "../../src/domain/partidas";
import { normalizeLabel } from "../../src/domain/text";
import { ruleFix, ruleName } from "../../src/domain/rules";
import { RULE_IDS } from "../../src/domain/rules";

describe("parseFigure", () => {
  it.each([
    [4400, { kind: "number", value: 4400, fromText: false }],
    ["4,400", { kind: "number", value: 4400, fromText: true }],
    ["$487,160.00", { kind: "number", value: 487160, fromText: true }],
    ["\\$0.00", { kind: "number", value: 0, fromText: true }],
    ["(1,200.50)", { kind: "number", value: -1200.5, fromText: true }],
    ["-", { kind: "dash" }],
    ["$ -", { kind: "dash" }],
    ["—", { kind: "dash" }],
    [null, { kind: "blank" }],
    ["   ", { kind: "blank" }],
    ["#REF!", { kind: "error", code: "#REF!" }],
    [{ error: "#DIV/0!" }, { kind: "error", code: "#DIV/0!" }],
    ["doce", { kind: "text", text: "doce" }],
    ["4,40", { kind: "text", text: "4,40" }],
    [true, { kind: "text", text: "VERDADERO" }],
  ])("reads %p", (input, expected) => {
    expect(parseFigure(input as never)).toEqual(expected);
  });
});

describe("labels", () => {
  it("ignores accents, case, markup and trailing dots", () => {
    expect(normalizeLabel("<b>Partida presupuestal</b>.")).toBe("PARTIDA PRESUPUESTAL");
    expect(classifyText("PROPOSITO")).toEqual({ kind: "header", field: "proposito", inline: "" });
    expect(classifyText("Línea estratégica:")).toEqual({ kind: "header", field: "linea", inline: "" });
    expect(classifyText("NÚMERO DE ACCIÓN.")).toEqual({ kind: "header", field: "numero", inline: "" });
  });

  it.each<[string, unknown]>([
    ["SECRETARÍA (1):", { kind: "header", field: "secretaria", inline: "" }],
    ["NÚMERO DE ACCIÓN: 3", { kind: "header", field: "numero", inline: "3" }],
    ["No. de Acción (5):", { kind: "header", field: "numero", inline: "" }],
    ["Núm. de acción 12", { kind: "header", field: "numero", inline: "12" }],
    ["Numero de accion", { kind: "header", field: "numero", inline: "" }],
    ["INVERSIÓN APROXIMADA: $487,160.00", { kind: "header", field: "inversion", inline: "$487,160.00" }],
    ["INVERSIÓN APROXIMADA $ -", { kind: "header", field: "inversion", inline: "$ -" }],
    ["Secretaría: Secretaría Particular", { kind: "header", field: "secretaria", inline: "Secretaría Particular" }],
    ["PARTIDA PRESUPUESTAL (11): 2111, 2611", { kind: "header", field: "partida", inline: "2111, 2611" }],
    ["META ANUAL (19)", { kind: "column", column: "anual" }],
    ["Enero", { kind: "month", month: 0 }],
    ["Ene", { kind: "month", month: 0 }],
  ])("reads the caption %p as offices write it", (text, expected) => {
    expect(classifyText(text)).toEqual(expected);
  });

  it("takes no sentence that starts with a caption's word for a label", () => {
    expect(classifyText("Número de acciones realizadas en el año")).toBeNull();
    expect(classifyText("Eje 1 Seguridad humana")).toBeNull();
  });

  it("takes a partida list typed in the label's own cell", () => {
    expect(classifyText("PARTIDA PRESUPUESTAL 3191, 3691, 3821.")).toEqual({ kind: "header", field: "partida", inline: "3191, 3691, 3821." });
    expect(classifyText("<b>PARTIDA PRESUPUESTAL</b> 2111, 2441")).toEqual({ kind: "header", field: "partida", inline: "2111, 2441" });
  });

  it("reads the year of a title, with or without markdown debris", () => {
    expect(classifyText("## PROGRAMA OPERATIVO ANUAL 2022")).toEqual({ kind: "title", year: 2022 });
    expect(classifyText("Programa Operativo Anual")).toEqual({ kind: "title", year: null });
  });

  it("does not take long activity text for a label", () => {
    expect(classifyText("Meta de atención a la ciudadanía durante todo el ejercicio fiscal del año en curso")).toBeNull();
  });
});

describe("partidas", () => {
  it("splits on commas, spaces, semicolons and line breaks, dropping trailing dots", () => {
    expect(splitPartidas("3191, 3691;3821\n3853 3581.")).toEqual(["3191", "3691", "3821", "3853", "3581"]);
  });

  it.each([
    ["2111", true],
    ["2111-1", true],
    ["0111", false],
    ["211", false],
    ["21111", false],
    ["2111/2611", false],
    ["y", false],
  ])("%s is a well-formed code: %s", (code, ok) => {
    expect(isPartidaCode(code)).toBe(ok);
  });

  it("knows the CONAC classifier down to the partida genérica", () => {
    expect(cogSize()).toBeGreaterThan(400);
    const found = lookupPartida("2111-1");
    expect(found.chapter?.name).toBe("Materiales y suministros");
    expect(found.generic).toEqual({ code: "211", name: "Materiales, útiles y equipos menores de oficina" });
    expect(lookupPartida("2191").generic).toBeNull();
    expect(lookupPartida("2191").concept?.code).toBe("21");
    expect(lookupPartida("8411").concept).toBeNull();
  });
});

describe("parseBeneficiarios", () => {
  it.each([
    ["H 71540 M 74460", 71540, 74460],
    ["H:71540  M:74460", 71540, 74460],
    ["1950 H / 2250 M", 1950, 2250],
    ["M74,535 H 71,612", 71612, 74535],
    ["M: 18360 H: 17640", 17640, 18360],
    ["M 74.535 H 71.612", 71612, 74535],
    ["Hombres 10 Mujeres 12", 10, 12],
  ])("reads %p", (text, h, m) => {
    expect(parseBeneficiarios(text)).toEqual({ kind: "both", h, m });
  });

  it("tells one sex, unlabeled counts and fractions apart", () => {
    expect(parseBeneficiarios("H:628")).toEqual({ kind: "one", sex: "H", count: 628 });
    expect(parseBeneficiarios("146,000 habitantes")).toEqual({ kind: "unreadable" });
    expect(parseBeneficiarios("Población en general")).toEqual({ kind: "unreadable" });
    expect(parseBeneficiarios("H 10.5 M 3")).toEqual({ kind: "not-whole", token: "10.5" });
    expect(parseBeneficiarios("H 10 H 12")).toEqual({ kind: "unreadable" });
  });
});

describe("checkedGrid", () => {
  it("rejects what an adapter must never hand over, and keeps holes as holes", () => {
    const bad = { sheet: "POA", origin: { row: 0, col: 0 }, values: [[{ formula: "SUM(A1:A2)" }]], merges: [] };
    expect(() => checkedGrid(bad as never)).toThrow();
    const values: Cell[][] = [];
    values[5] = ["x"];
    const grid = { sheet: "POA", origin: { row: 0, col: 0 }, values, merges: [] };
    expect(checkedGrid(grid)).toBe(grid);
    expect(Object.keys(grid.values)).toEqual(["5"]);
  });
});

describe("rule names", () => {
  it("every rule has a plain name and a one-line fix in Spanish and in English", () => {
    for (const id of RULE_IDS) {
      for (const locale of ["es", "en"] as const) {
        expect([id, ruleName(id, locale).length > 5, ruleFix(id, locale).length > 10]).toEqual([id, true, true]);
      }
      expect(ruleName(id, "es")).not.toBe(ruleName(id, "en"));
    }
  });
});
