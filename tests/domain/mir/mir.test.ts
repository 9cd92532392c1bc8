import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxReader } from "../../../src/adapters/xlsx/read/XlsxReader";
import { UserWorkbook } from "../../../src/adapters/xlsx/UserWorkbook";
import type { Cell } from "../../../src/domain/grid";
import { buildTemplate } from "../../../src/domain/templates";
import { readWorkbook } from "../../../src/domain/reader";
import { validateGrids } from "../../../src/domain/validate";
import { gridOf, stackedGrid } from "../../support/grid";
import { cleanMir, fichaGrids, type MirLine, mirGrid, pbrmGrid } from "../../support/mir";

const MIR_RULES = /^mir-/;
const findings = (lines: MirLine[]) => validateGrids([mirGrid(lines)]).findings.filter((f) => MIR_RULES.test(f.ruleId));
/** The clean MIR with one row changed. */
const edited = (index: number, change: Partial<MirLine>) => cleanMir().map((l, i) => (i === index ? { ...l, ...change } : l));
/** Row `index` of the MIR is on sheet row 6 + index (two header rows under three rows of title). */
const at = (col: string, index: number) => `${col}${6 + index}`;

describe("a MIR read by its captions", () => {
  it("reads the matrix: the program, every level with its code, the indicator's columns under INDICADORES", () => {
    const [mir] = readWorkbook([mirGrid(cleanMir())]).sheets[0]!.mirs!;
    expect(mir!.programa).toBe("E015 Becas para la permanencia escolar");
    expect(mir!.rows.map((r) => [r.level, r.code])).toEqual([
      ["fin", null],
      ["proposito", null],
      ["componente", "C1"],
      ["actividad", "A1.1"],
      ["actividad", "A1.2"],
      ["componente", "C2"],
      ["actividad", "A2.1"],
    ]);
    expect(Object.keys(mir!.columns).sort()).toEqual(["denominador", "dimension", "frecuencia", "indicador", "lineaBase", "medios", "meta", "metodo", "numerador", "resumen", "sentido", "supuestos", "tipo", "unidad"]);
  });

  it("a well-built MIR has nothing to say, and the sheet is not read as a POA", () => {
    const report = validateGrids([mirGrid(cleanMir())]);
    expect(report.findings).toEqual([]);
    expect(report.stats.actions).toBe(0);
  });
});

describe("each rule finds its defect, at its cell", () => {
  it.each<[string, () => MirLine[], string[], RegExp | null]>([
    ["mir-structure: two Fines", () => [...cleanMir().slice(0, 1), ...cleanMir()], ["mir-structure A7"], /^La MIR tiene otro Fin en esta fila/],
    ["mir-structure: no Propósito", () => cleanMir().filter((l) => l.nivel !== "Propósito"), ["mir-structure A4"], /^La MIR no tiene Propósito: la matriz lleva uno\.$/],
    ["mir-structure: a Componente without Actividades", () => cleanMir().filter((l) => l.nivel !== "Actividad 2.1"), ["mir-structure A11"], /^Componente C2 «Asesorías académicas otorgadas» no tiene Actividades/],
    // C2 is left without its Actividad, and A3.1 belongs to no Componente.
    ["mir-structure: an Actividad of a Componente that is not there", () => edited(6, { nivel: "Actividad 3.1" }), ["mir-structure A11", "mir-structure A12"], /^Componente C2/],
    ["mir-required: no supuestos", () => edited(3, { supuestos: "" }), [`mir-required ${at("O", 3)}`], /^Falta SUPUESTOS en Actividad A1\.1 «Integración del padrón de beneficiarios»\.$/],
    ["mir-syntax-fin", () => edited(0, { resumen: "Reducir el abandono escolar" }), [`mir-syntax-fin ${at("B", 0)}`], /^El Fin «Reducir el abandono escolar» no empieza con «Contribuir a»/],
    ["mir-syntax-fin: no how", () => edited(0, { resumen: "Contribuir a reducir el abandono escolar" }), [`mir-syntax-fin ${at("B", 0)}`], /no dice cómo contribuye/],
    ["mir-syntax-proposito", () => edited(1, { resumen: "Los estudiantes concluyen su ciclo mediante becas" }), [`mir-syntax-proposito ${at("B", 1)}`], /dice cómo \(«mediante», «a través de»\)/],
    ["mir-syntax-componente", () => edited(2, { resumen: "Entregar becas económicas" }), [`mir-syntax-componente ${at("B", 2)}`], /participio/],
    ["mir-syntax-actividad", () => edited(3, { resumen: "Integrar el padrón de beneficiarios" }), [`mir-syntax-actividad ${at("B", 3)}`], /empieza con un verbo en infinitivo/],
    ["mir-tipo-level", () => edited(0, { tipo: "Gestión" }), [`mir-tipo-level ${at("F", 0)}`], /^El indicador de Fin «.*» es de tipo «Gestión», pero en el nivel Fin es Estratégico\.$/],
    ["mir-dimension-level", () => edited(0, { dimension: "Economía" }), [`mir-dimension-level ${at("G", 0)}`], /^El indicador de Fin «.*» mide «Economía», que no es lo usual en el nivel Fin \(Eficacia\)\.$/],
    ["mir-dimension-level: not a dimension", () => edited(2, { dimension: "Eficaz" }), [`mir-dimension-level ${at("G", 2)}`], /^La dimensión de Componente C1 .* \(«Eficaz»\) no es una de las cuatro/],
    ["mir-name", () => edited(2, { indicador: "Becas económicas entregadas" }), [`mir-name ${at("C", 2)}`], /^El nombre del indicador de Componente C1 «Becas económicas entregadas» es su mismo objetivo/],
    ["mir-supuesto", () => edited(5, { supuestos: "Asesorías académicas otorgadas." }), [`mir-supuesto ${at("O", 5)}`], /^Los supuestos de Componente C2 .* repiten su objetivo/],
    ["mir-frequency", () => edited(3, { frecuencia: "Anual" }), [`mir-frequency ${at("E", 3)}`], /se mide «Anual», pero el nivel Actividad se mide Trimestral, Bimestral, Mensual/],
    ["mir-frequency: not a frequency", () => edited(2, { frecuencia: "Cada que se pueda" }), [`mir-frequency ${at("E", 2)}`], /no es una frecuencia de medición/],
    ["mir-formula", () => edited(2, { metodo: "Porcentaje de avance" }), [`mir-formula ${at("D", 2)}`], /no es una operación entre variables/],
    ["mir-formula: parentheses", () => edited(2, { metodo: "((Becas entregadas / Becas programadas) * 100" }), [`mir-formula ${at("D", 2)}`], /no cierra sus paréntesis/],
    ["mir-formula-unit", () => edited(4, { unidad: "Beca" }), [`mir-formula-unit ${at("H", 4)}`], /multiplica por 100, pero su unidad de medida es «Beca»/],
    ["mir-meta-sense", () => edited(0, { meta: 9 }), [`mir-meta-sense ${at("J", 0)}`], /es descendente, pero su meta \(9\) es mayor que su línea base \(8\)/],
    ["mir-formula-recompute", () => edited(1, { meta: 95 }), [`mir-formula-recompute ${at("J", 1)}`], /^La meta de Propósito «.*» es 95, pero su método con 450 y 500 da 90\.$/],
    ["mir-zero-denominator", () => edited(1, { denominador: 0 }), [`mir-zero-denominator ${at("M", 1)}`], /^El denominador de Propósito .* es 0/],
    // The línea base's variables in columns P and Q: 85 % is 425 of 500, not 400.
    ["mir-formula-recompute: the línea base", () => edited(1, { lineaBaseNumerador: 400, lineaBaseDenominador: 500 }), [`mir-formula-recompute ${at("I", 1)}`], /^La línea base de Propósito «.*» es 85, pero su método con 400 y 500 da 80\.$/],
    ["mir-zero-denominator: the línea base", () => edited(1, { lineaBaseNumerador: 0, lineaBaseDenominador: 0 }), [`mir-zero-denominator ${at("Q", 1)}`], /^El denominador de la línea base de Propósito .* es 0: la línea base no se puede calcular\.$/],
  ])("%s", (_, lines, expected, message) => {
    const found = findings(lines());
    expect(found.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(expected);
    if (message) expect(found[0]!.message).toMatch(message);
  });
});

describe("the same MIR written the ways offices write it: the same findings", () => {
  const defective = () => edited(0, { tipo: "Gestión" }).map((l, i) => (i === 3 ? { ...l, frecuencia: "Anual", supuestos: "" } : l));
  const rewrite = (change: (value: Cell, row: number, col: number) => Cell) => {
    const grid = mirGrid(defective());
    return { ...grid, values: grid.values.map((row, r) => row?.map((v, c) => change(v, r, c))) };
  };
  const captionRows = new Set([3, 4]);
  it.each<[string, (value: Cell, row: number, col: number) => Cell]>([
    ["captions in title case", (v, r) => (captionRows.has(r) && typeof v === "string" ? v.charAt(0) + v.slice(1).toLowerCase() : v)],
    ["captions without accents", (v, r) => (captionRows.has(r) && typeof v === "string" ? v.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : v)],
    ["captions with footnote marks", (v, r) => (captionRows.has(r) && typeof v === "string" ? `${v} (${r + 7})` : v)],
    ["«Denominación» for the indicator's name, «Fórmula de cálculo» for its método", (v, r) => (r === 4 && v === "Nombre" ? "Denominación" : r === 4 && v === "Fórmula" ? "Fórmula de cálculo" : v)],
    ["levels as codes (F, P, C1, A1.1)", (v, _r, c) => (c === 0 && typeof v === "string" ? v.replace(/^Fin$/, "F").replace(/^Propósito$/, "P").replace(/^Componente (\d)/, "C$1").replace(/^Actividad (\d\.\d)/, "A$1") : v)],
    ["levels as word and code («Componente C1», «Actividad A1.1»)", (v, _r, c) => (c === 0 && typeof v === "string" ? v.replace(/^Componente (\d)/, "Componente C$1").replace(/^Actividad (\d\.\d)/, "Actividad A$1") : v)],
    ["activities coded Actividad-then-Componente («A2C1»)", (v, _r, c) => (c === 0 && typeof v === "string" ? v.replace(/^Actividad (\d)\.(\d)/, "A$2C$1") : v)],
    ["levels in capitals («COMPONENTE 1», «ACTIVIDAD 1.1»)", (v, _r, c) => (c === 0 && typeof v === "string" && v !== "ELABORÓ" ? v.toUpperCase() : v)],
    ["figures typed as text", (v, r, c) => (r > 4 && c >= 8 && c <= 12 && typeof v === "number" ? String(v) : v)],
  ])("%s", (_, change) => {
    const original = validateGrids([mirGrid(defective())]).findings.map((f) => `${f.ruleId} ${f.cell}`);
    expect(original).toEqual(["mir-tipo-level F6", "mir-frequency E9", "mir-required O9"]);
    expect(validateGrids([rewrite(change)]).findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(original);
  });
});

describe("percentages as Excel keeps them, and types said with more words", () => {
  // Typed as 85 %, Excel keeps 0.85 in a cell formatted 0%; the same MIR must say the same.
  const asPercentCells = (lines: MirLine[]) => {
    const grid = mirGrid(lines);
    const formats = grid.values.map((row) => (row ?? []).map(() => "General"));
    grid.values.forEach((row, r) => {
      if (r < 5 || row?.[7] !== "Porcentaje") return;
      for (const c of [8, 9]) {
        if (typeof row[c] !== "number") continue;
        row[c] = (row[c] as number) / 100;
        formats[r]![c] = "0%";
      }
    });
    return { ...grid, numberFormats: formats };
  };
  const messages = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId} ${f.cell}: ${f.message}`).sort();

  it("a línea base and a meta in percent-formatted cells read as the percentages they show", () => {
    expect(validateGrids([asPercentCells(cleanMir())]).findings).toEqual([]);
    const propósito = readWorkbook([asPercentCells(cleanMir())]).sheets[0]!.mirs![0]!.rows[1]!;
    expect([propósito.figures.lineaBase?.figure, propósito.figures.meta?.figure]).toEqual([expect.objectContaining({ value: 85 }), expect.objectContaining({ value: 90 })]);
    // The Fin is descending: a meta of 9 % over a línea base of 8 % is said as in plain cells.
    const defective = edited(0, { meta: 9 }).map((l, i) => (i === 1 ? { ...l, meta: 95 } : l));
    expect(messages([asPercentCells(defective)])).toEqual(messages([mirGrid(defective)]));
    expect(messages([mirGrid(defective)])).toHaveLength(2);
  });

  it("«De gestión» is of type Gestión", () => {
    const found = validateGrids([mirGrid(edited(0, { tipo: "De gestión" }))]).findings;
    expect(found.map((f) => `${f.ruleId} ${f.cell}`)).toEqual([`mir-tipo-level ${at("F", 0)}`]);
  });
});

describe("«Insertar MIR»: the template", () => {
  it("not filled in yet is one note; filled in as a user would, it reads back with nothing to say", async () => {
    const { spec } = buildTemplate({ family: "mir", year: 2025, secretaria: "Dirección de Educación", activities: 4 });
    const workbook = UserWorkbook.empty();
    const name = await workbook.addSheet(spec);
    const blank = validateGrids(await XlsxReader.open(await workbook.toBuffer()).readSheets());
    expect(blank.findings.map((f) => `${f.ruleId} ${f.severity} ${f.cell}`)).toEqual(["mir-required info A5"]);
    // Every row of the clean MIR typed into the template's rows, level by level (its Componente 2 has two Actividades).
    const lines = [...cleanMir(), { ...cleanMir()[6]!, nivel: "Actividad 2.2", resumen: "Seguimiento de las asesorías" }];
    const grid = (await XlsxReader.open(await workbook.toBuffer()).readSheets()).find((g) => g.sheet === name)!;
    lines.forEach((l, i) => {
      const row = grid.values[6 + i]!;
      expect(row[0]).toBe(l.nivel);
      [l.resumen, l.indicador, l.metodo, l.frecuencia, l.tipo, l.dimension, l.unidad, l.lineaBase, l.meta, l.sentido, l.numerador ?? null, l.denominador ?? null, l.medios, l.supuestos].forEach((v, k) => (row[1 + k] = v));
    });
    expect(validateGrids([grid]).findings).toEqual([]);
  });
});

describe("the MIR beside the POA (mir-poa-link)", () => {
  // The POA's two actions carry out the MIR's Actividades by the same names.
  const poa = () =>
    stackedGrid([
      { numero: 1, activities: [{ name: "Integración del padrón de beneficiarios de becas", unidad: "Padrón", anual: 1, months: [1, ...Array(11).fill(null)] }, { name: "Entrega de becas a los estudiantes", unidad: "Beca", anual: 500, months: Array(12).fill(null).map((_, m) => (m === 2 || m === 8 ? 250 : null)) }] },
      { numero: 2, activities: [{ name: "Capacitación de asesores académicos", unidad: "Asesor", anual: 12, months: [12, ...Array(11).fill(null)] }, { name: "Mantenimiento de las aulas", unidad: "Aula", anual: 4, months: [1, null, null, 1, null, null, 1, null, null, 1, null, null] }] },
    ]);
  const linkFindings = (lines: MirLine[]) => validateGrids([poa(), mirGrid(lines)]).findings.filter((f) => f.ruleId === "mir-poa-link");

  it("ties each MIR Actividad to its POA activities by name; a POA activity in no MIR is said for its action", () => {
    const found = linkFindings(cleanMir());
    expect(found.map((f) => [f.sheet, f.cell, f.severity])).toEqual([
      ["POA", "A31", "info"],
      ["MIR", "B9", "info"],
      ["MIR", "B10", "info"],
      ["MIR", "B12", "info"],
    ]);
    expect(found[0]!.message).toBe("1 actividad(es) de la acción 2 no están en ninguna MIR del libro: «Mantenimiento de las aulas».");
    expect(found[1]!.message).toBe("Actividad A1.1 «Integración del padrón de beneficiarios» se liga por su nombre con 1 actividad(es) del POA: «Integración del padrón de beneficiarios de becas» (POA!A13).");
  });

  // A1.2 is named unlike its POA activity: by name nothing ties it; by its code (action 1, activity 2) it is.
  it("ties by the codes of an ACTIVIDAD POA column, whatever the names; a code the POA does not have is said", () => {
    const lines = cleanMir().map((l, i) => (i === 4 ? { ...l, resumen: "Pago de becas", poa: "1.2" } : i === 6 ? { ...l, poa: "02-01" } : l));
    const byName = linkFindings(cleanMir().map((l, i) => (i === 4 ? { ...l, resumen: "Pago de becas" } : l)));
    expect(byName.filter((f) => f.severity === "warning").map((f) => f.cell)).toEqual([at("B", 4)]);
    const found = linkFindings(lines);
    expect(found.filter((f) => f.severity === "warning")).toEqual([]);
    expect(found.filter((f) => f.sheet === "MIR").map((f) => [f.cell, f.message])).toEqual([
      [at("B", 3), "Actividad A1.1 «Integración del padrón de beneficiarios» se liga por su nombre con 1 actividad(es) del POA: «Integración del padrón de beneficiarios de becas» (POA!A13)."],
      [at("P", 4), "Actividad A1.2 «Pago de becas» se liga por su clave (1.2) con 1 actividad(es) del POA: «Entrega de becas a los estudiantes» (POA!A14)."],
      [at("P", 6), "Actividad A2.1 «Capacitación de asesores» se liga por su clave (02-01) con 1 actividad(es) del POA: «Capacitación de asesores académicos» (POA!A30)."],
    ]);
    const unknown = linkFindings(lines.map((l, i) => (i === 4 ? { ...l, poa: "1.2, 3.1" } : l))).filter((f) => f.severity === "warning");
    expect(unknown.map((f) => [f.cell, f.message])).toEqual([[at("P", 4), "Actividad A1.2 «Pago de becas» cita la actividad 3.1 del POA, que no está en este libro: revise la clave en ACTIVIDAD POA (en el formato estatal, el No. ACT o UR-No. ACT; en el municipal, acción.actividad, como 10.2)."]]);
  });

  // The state form numbers its activities (No. ACT) within each UR: «6-3» is UR 6's third.
  it("on the state form, a code is the No. ACT after its UR", async () => {
    const state = await XlsxReader.open(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/estatal-sspc-2024.xlsx")))).readSheets();
    const lines = cleanMir().map((l, i) => (i === 4 ? { ...l, resumen: "Procesamiento de la información policial", poa: "06-3" } : l));
    const found = validateGrids([...state, mirGrid(lines)]).findings.filter((f) => f.ruleId === "mir-poa-link" && f.cell === at("P", 4));
    expect(found.map((f) => f.message)).toEqual(["Actividad A1.2 «Procesamiento de la información policial» se liga por su clave (06-3) con 1 actividad(es) del POA: «Procesamiento y análisis de la información obtenida de la P…» (POA 1!C37)."]);
  });

  it("a MIR Actividad no POA activity carries out; a unit that differs; a count whose meta differs from the POA's program", () => {
    const lines = edited(3, { resumen: "Depuración del padrón de beneficiarios" });
    expect(linkFindings(lines).filter((f) => f.severity === "warning").map((f) => f.cell)).toEqual([at("B", 3)]);
    const unit = linkFindings(edited(6, { unidad: "Curso" })).filter((f) => f.severity === "warning");
    expect(unit.map((f) => f.cell)).toEqual([at("H", 6)]);
    expect(unit[0]!.message).toBe("Actividad A2.1 «Capacitación de asesores» se mide en «Curso», pero su actividad del POA «Capacitación de asesores académicos» (POA!A30) en «Asesor».");
    const meta = linkFindings(edited(6, { meta: 10 })).filter((f) => f.severity === "warning");
    expect(meta.map((f) => [f.cell, f.message])).toEqual([[at("J", 6), "La meta de Actividad A2.1 «Capacitación de asesores» es 10, pero sus actividades del POA programan 12 en el año."]]);
  });
});

describe("the SHCP's column order, with captions that name other things («Tipo de valor de la meta», «Tipo de fórmula»)", () => {
  // Columns as the federal PASH lists them, with Nuevo León's «Tipo de fórmula» before the método.
  const shcp = (lines: MirLine[]) =>
    gridOf("MIR", [
      ["NIVEL", "OBJETIVOS", "ORDEN", "SUPUESTOS", "NOMBRE DEL INDICADOR", "DEFINICIÓN", "TIPO DE FÓRMULA", "MÉTODO DE CÁLCULO", "TIPO DE VALOR DE LA META", "UNIDAD DE MEDIDA", "TIPO DE INDICADOR", "DIMENSIÓN DEL INDICADOR", "FRECUENCIA DE MEDICIÓN", "LÍNEA BASE", "META ANUAL", "SENTIDO", "MEDIOS DE VERIFICACIÓN"],
      ...lines.map((l, i): Cell[] => [l.nivel, l.resumen, i + 1, l.supuestos, l.indicador, `Mide ${l.indicador.toLowerCase()}`, "Porcentaje", l.metodo, "Relativo", l.unidad, l.tipo, l.dimension, l.frecuencia, l.lineaBase, l.meta, l.sentido, l.medios]),
    ]);
  const messages = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId}: ${f.message}`).sort();

  it("reads the indicator's type and método, not the meta's type nor the formula's kind; a clean MIR has nothing to say", () => {
    const fin = readWorkbook([shcp(cleanMir())]).sheets[0]!.mirs![0]!.rows[0]!;
    expect([fin.texts.tipo?.cell, fin.texts.metodo?.cell]).toEqual(["K2", "H2"]);
    expect(validateGrids([shcp(cleanMir())]).findings).toEqual([]);
  });

  it("says what the wide matrix says", () => {
    const defective = edited(0, { tipo: "Gestión" }).map((l, i) => (i === 3 ? { ...l, frecuencia: "Anual" } : l));
    expect(messages([shcp(defective)])).toEqual(messages([mirGrid(defective)]));
    expect(messages([shcp(defective)])).toHaveLength(2);
  });
});

describe("the variables under LÍNEA BASE and META, in a header of two rows", () => {
  // LÍNEA BASE over AÑO | VALOR | V1 | V2 and META over VALOR | V1 | V2, as Nuevo León's form has them.
  const grid = (lineaBase: { valor: number; v1: number; v2: number }) =>
    gridOf("MIR", [
      ["NIVEL", "RESUMEN NARRATIVO", "NOMBRE DEL INDICADOR", "MÉTODO DE CÁLCULO", "FRECUENCIA", "TIPO", "UNIDAD DE MEDIDA", "LÍNEA BASE", null, null, null, "META", null, null, "SENTIDO", "MEDIOS DE VERIFICACIÓN", "SUPUESTOS"],
      [null, null, null, null, null, null, null, "AÑO", "VALOR", "V1", "V2", "VALOR", "V1", "V2"],
      ["Propósito", "Los estudiantes de familias de bajos ingresos concluyen su ciclo escolar", "Porcentaje de becarios que concluyen el ciclo", "(Becarios que concluyen / Becarios inscritos) * 100", "Anual", "Estratégico", "Porcentaje", 2024, lineaBase.valor, lineaBase.v1, lineaBase.v2, 90, 450, 500, "Ascendente", "Padrón de becarios", "Las familias mantienen a sus hijos en la escuela"],
    ], { merges: ["H1:K1", "L1:N1"] });

  it("reads each variable under its group; the year is not the línea base", () => {
    const row = readWorkbook([grid({ valor: 85, v1: 425, v2: 500 })]).sheets[0]!.mirs![0]!.rows[0]!;
    const value = (field: keyof typeof row.figures) => (row.figures[field]?.figure.kind === "number" ? `${row.figures[field]!.cell}=${row.figures[field]!.figure.value}` : null);
    expect(["lineaBase", "lineaBaseNumerador", "lineaBaseDenominador", "meta", "numerador", "denominador"].map((f) => value(f as keyof typeof row.figures))).toEqual(["I3=85", "J3=425", "K3=500", "L3=90", "M3=450", "N3=500"]);
  });

  it("a línea base its variables do not give is said at its cell", () => {
    const found = validateGrids([grid({ valor: 85, v1: 400, v2: 500 })]).findings.filter((f) => f.ruleId === "mir-formula-recompute");
    expect(found.map((f) => `${f.cell} ${f.message}`)).toEqual(["I3 La línea base de Propósito «Los estudiantes de familias de bajos ingresos concluyen su …» es 85, pero su método con 400 y 500 da 80."]);
  });
});

describe("the same MIR as fichas técnicas, one indicator per sheet", () => {
  it("reads each ficha as its level with its fields; a clean set has nothing to say", () => {
    const sheets = readWorkbook(fichaGrids(cleanMir())).sheets;
    expect(sheets.map((s) => s.mirs?.[0]?.rows[0]?.level)).toEqual(["fin", "proposito", "componente", "actividad", "actividad", "componente", "actividad"]);
    expect(sheets[1]!.mirs![0]!.rows[0]!.figures.numerador?.figure).toEqual({ kind: "number", value: 450, fromText: false });
    expect(validateGrids(fichaGrids(cleanMir())).findings).toEqual([]);
    expect(validateGrids(fichaGrids(cleanMir(), { inline: true })).findings).toEqual([]);
  });

  // The layout changes; what is said does not: the same rules, the same messages.
  it.each([false, true])("each defect is said with the same message as in the matrix (inline labels: %s)", (inline) => {
    const defective = edited(0, { tipo: "Gestión" }).map((l, i) => (i === 3 ? { ...l, frecuencia: "Anual", supuestos: "" } : i === 1 ? { ...l, meta: 95, lineaBaseNumerador: 400, lineaBaseDenominador: 500 } : l));
    const messages = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId}: ${f.message}`).sort();
    expect(messages(fichaGrids(defective, { inline }))).toEqual(messages([mirGrid(defective)]));
    expect(messages([mirGrid(defective)])).toHaveLength(5);
  });

  it("the fichas together make one MIR: a missing Propósito is said once", () => {
    const found = validateGrids(fichaGrids(cleanMir().filter((l) => l.nivel !== "Propósito"))).findings;
    expect(found.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`)).toEqual(["mir-structure Ficha 1!A4"]);
  });
});

describe("the EdoMex PbRM-01e: the indicator's name, formula, frequency and type in one cell", () => {
  it.each([false, true])("reads each part (labeled: %s); a clean MIR has nothing to say; defects say what the wide matrix says", (labeled) => {
    const [mir] = readWorkbook([pbrmGrid(cleanMir(), { labeled })]).sheets[0]!.mirs!;
    expect(mir!.programa).toBe("02050603 Alimentación para la población infantil");
    const fin = mir!.rows[0]!;
    expect([fin.texts.indicador?.text, fin.texts.metodo?.text, fin.texts.frecuencia?.text, fin.texts.tipo?.text]).toEqual(["Tasa de abandono escolar", "(Alumnos que abandonan / Alumnos inscritos) * 100", "Anual", "Estratégico"]);
    expect(validateGrids([pbrmGrid(cleanMir(), { labeled })]).findings).toEqual([]);
    const defective = edited(0, { tipo: "Gestión" }).map((l, i) => (i === 3 ? { ...l, frecuencia: "Anual" } : i === 2 ? { ...l, metodo: "Porcentaje de avance" } : l));
    const messages = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId}: ${f.message}`).sort();
    expect(messages([pbrmGrid(defective, { labeled })])).toEqual(messages([mirGrid(defective)]));
    expect(validateGrids([pbrmGrid(defective, { labeled })]).findings.map((f) => f.cell)).toEqual(["C5", "C7", "C8"]);
  });
});

describe("levels said in other places", () => {
  const messages = (grids: Parameters<typeof validateGrids>[0]) => validateGrids(grids).findings.map((f) => `${f.ruleId}: ${f.message}`).sort();
  const defective = () => edited(0, { tipo: "Gestión" }).map((l, i) => (i === 3 ? { ...l, frecuencia: "Anual" } : l));

  it("no NIVEL column: the level before the objective in its cell («Fin: Contribuir a…»)", () => {
    const wide = mirGrid(defective());
    // The NIVEL column taken out: every merged area moves one column left.
    const merges = wide.merges.filter((m) => m.left > 0).map((m) => ({ ...m, left: m.left - 1, right: m.right - 1 }));
    const inResumen = { ...wide, merges, values: wide.values.map((row, r): Cell[] | undefined => (r < 3 || !row ? row : r < 5 ? row.slice(1) : [row[0] ? `${row[0]}: ${row[1]}` : (row[1] ?? null), ...row.slice(2)])) };
    expect(messages([inResumen])).toEqual(messages([wide]));
    expect(messages([inResumen])).toHaveLength(2);
  });

  it("«COMPONENTES» and «ACTIVIDADES» merged over their rows, each row's code before its objective", () => {
    // Components first, then every activity, as some state forms group them.
    const lines = cleanMir();
    const order = [0, 1, 2, 5, 3, 4, 6];
    const grouped = order.map((i) => lines[i]!).map((l) => {
      const code = /^Componente (\d)/.exec(l.nivel) ? `C${/\d/.exec(l.nivel)![0]}` : /^Actividad ([\d.]+)/.exec(l.nivel)?.[1];
      const nivel = l.nivel.startsWith("Componente") ? "COMPONENTES" : l.nivel.startsWith("Actividad") ? "ACTIVIDADES" : l.nivel.toUpperCase();
      return { ...l, nivel, resumen: code ? `${code.startsWith("C") ? code : `A${code}`} ${l.resumen}` : l.resumen };
    });
    const grid = mirGrid(grouped);
    // Only the first row of each group says its level: the cell is merged over the others.
    grid.values[8]![0] = null;
    grid.values[10]![0] = null;
    grid.values[11]![0] = null;
    grid.merges.push({ top: 7, left: 0, bottom: 8, right: 0 }, { top: 9, left: 0, bottom: 11, right: 0 });
    expect(validateGrids([grid]).findings).toEqual([]);
    const [mir] = readWorkbook([grid]).sheets[0]!.mirs!;
    expect(mir!.rows.map((r) => r.code)).toEqual([null, null, "C1", "C2", "A1.1", "A1.2", "A2.1"]);
    expect(mir!.rows[2]!.texts.resumen!.text).toBe("Becas económicas entregadas");
  });
});
