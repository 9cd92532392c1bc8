import type { Cell } from "../../../src/domain/grid";
import { validateGrids } from "../../../src/domain/validate";
import { gridOf, stackedGrid } from "../../support/grid";

const MONTHS = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];
const money = (n: number) => `$${n.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
const even = (annual: number) => Array.from({ length: 12 }, (_, m) => (m < 11 ? Math.floor(annual / 12) : annual - 11 * Math.floor(annual / 12)));

/**
 * A municipal budget calendar as Hidalgo keeps one: CÓDIGO | PARTIDA | ANUAL | ENERO … DICIEMBRE,
 * amounts typed with «$», older codes kept as text, heading rows without figures, a subtotal by
 * funding source with no code, and a TOTAL.
 */
function hidalgo(options: { off?: number; total?: number } = {}) {
  const line = (code: string, name: string, annual: number, extra = 0): Cell[] => {
    const months = even(annual);
    months[3]! += extra;
    return [code, name, money(annual), ...months.map(money)];
  };
  const rows: Cell[][] = [
    ["PRESUPUESTO DE EGRESOS 2024 · CALENDARIO"],
    [],
    ["CÓDIGO", "PARTIDA", "ANUAL", ...MONTHS],
    [null, "RECURSOS PROPIOS"],
    line("111.1.1", "Dietas", 120_000),
    line("113.1.1", "Sueldos base", 1_200_000, options.off ?? 0),
    line("2111", "Materiales de oficina", 36_000),
    [null, "SUBTOTAL RECURSOS PROPIOS", money(1_356_000), ...Array(12).fill(null)],
    [null, "PARTICIPACIONES"],
    line("2611", "Combustibles", 240_000),
    [null, "SUBTOTAL PARTICIPACIONES", money(240_000), ...Array(12).fill(null)],
    [null, "TOTAL", money(options.total ?? 1_596_000), ...Array(12).fill(null)],
  ];
  return gridOf("Calendario", rows);
}

const found = (grid = hidalgo()) => validateGrids([grid]).findings.map((f) => `${f.ruleId} ${f.cell}`);

describe("a budget calendar beside the POAs", () => {
  it("a clean calendar has nothing to say, and no «no POA here»", () => {
    expect(found()).toEqual([]);
  });

  it("a line whose months add up to more than its annual figure is said at that line", () => {
    const findings = validateGrids([hidalgo({ off: 3_456 })]).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["monthly-sum C6"]);
    expect(findings[0]!.message).toBe("Los 12 meses de «113.1.1 Sueldos base» suman 1,203,456, pero su total anual es 1,200,000: los meses suman 3,456 más que lo anual.");
  });

  it("a TOTAL that is not the sum of its lines is said at the TOTAL", () => {
    const findings = validateGrids([hidalgo({ total: 1_600_000 })]).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["total-sum C12"]);
    expect(findings[0]!.message).toBe("El TOTAL de ANUAL es 1,600,000, pero los renglones de arriba suman 1,596,000: el total es 4,000 más.");
  });

  // Estado de México: concepts in words, months in title case, chapter rows over their concepts.
  it("chapters over their concepts: the TOTAL may add the concepts, and is not a false error", () => {
    const row = (code: string, name: string, annual: number): Cell[] => [code, name, annual, ...even(annual)];
    const grid = gridOf("Calendario", [
      ["Clave", "Concepto", "Anual", ...MONTHS.map((m) => m.charAt(0) + m.slice(1).toLowerCase())],
      row("1000", "Servicios personales", 1_800_000),
      row("1100", "Remuneraciones al personal de carácter permanente", 1_200_000),
      row("1300", "Remuneraciones adicionales y especiales", 600_000),
      row("2000", "Materiales y suministros", 360_000),
      row("2100", "Materiales de administración", 360_000),
      [null, "Total", 2_160_000, ...even(2_160_000)],
    ]);
    expect(found(grid)).toEqual([]);
  });

  it("a sheet with no such table still gets nothing from these rules", () => {
    const grid = gridOf("Notas", [["Enero", "Febrero"], [1, 2]]);
    expect(validateGrids([grid]).findings.filter((f) => f.ruleId === "monthly-sum" || f.ruleId === "total-sum")).toEqual([]);
  });

  it("a chapter that is not the sum of its concepts is said at the chapter, column by column", () => {
    const row = (code: string, name: string, annual: number): Cell[] => [code, name, annual, ...even(annual)];
    const chapter = row("1000", "Servicios personales", 1_900_000);
    const grid = gridOf("Calendario", [
      ["Clave", "Concepto", "Anual", ...MONTHS.map((m) => m.charAt(0) + m.slice(1).toLowerCase())],
      chapter,
      row("1100", "Remuneraciones al personal de carácter permanente", 1_200_000),
      row("1300", "Remuneraciones adicionales y especiales", 600_000),
      row("2000", "Materiales y suministros", 360_000),
      row("2100", "Materiales de administración", 360_000),
    ]);
    const findings = validateGrids([grid]).findings.filter((f) => f.ruleId === "chapter-sum");
    // The annual and each month of the chapter are off (1,900,000 over 12 against 1,800,000).
    expect(findings.map((f) => f.cell)).toEqual(["C2", "D2", "E2", "F2", "G2", "H2", "I2", "J2", "K2", "L2", "M2", "N2", "O2"]);
    expect(findings[0]!.message).toBe("«1000 Servicios personales» tiene 1,900,000 en ANUAL, pero sus 2 renglones (1100, 1300) suman 1,800,000: 100,000 más.");
  });

  it("codes written with dots nest too: «111» over «111.1» and «111.2»", () => {
    const row = (code: string, annual: number): Cell[] => [code, `Partida ${code}`, annual, ...even(annual)];
    const grid = gridOf("Calendario", [["CÓDIGO", "PARTIDA", "TOTAL ANUAL", ...MONTHS], row("111", 240_000), row("111.1", 120_000), row("111.2", 120_000)]);
    expect(found(grid)).toEqual([]);
    const wrong = gridOf("Calendario", [["CÓDIGO", "PARTIDA", "TOTAL ANUAL", ...MONTHS], row("111", 240_000), row("111.1", 120_000), row("111.2", 96_000)]);
    expect(found(wrong).filter((f) => f.startsWith("chapter-sum"))[0]).toBe("chapter-sum C2");
  });

  // The same calendar written the ways offices write it: the defect is found at the same line.
  it.each([
    ["months in title case", (v: Cell) => (typeof v === "string" && MONTHS.includes(v) ? v.charAt(0) + v.slice(1).toLowerCase() : v)],
    ["months abbreviated", (v: Cell) => (typeof v === "string" && MONTHS.includes(v) ? `${v.slice(0, 3)}.` : v)],
    ["«Anual» for ANUAL", (v: Cell) => (v === "ANUAL" ? "Total anual" : v)],
    ["amounts as numbers", (v: Cell) => (typeof v === "string" && v.startsWith("$") ? Number(v.replace(/[$,]/g, "")) : v)],
    ["codes as numbers", (v: Cell) => (v === "2111" ? 2111 : v)],
  ])("written with %s: the same findings", (_, rewrite) => {
    const original = hidalgo({ off: 3_456, total: 1_600_000 });
    const rewritten = { ...original, values: original.values.map((row) => row?.map(rewrite)) };
    expect(found(rewritten)).toEqual(found(original));
    expect(found(original)).toEqual(["monthly-sum C6", "total-sum C12"]);
  });

  // A calendar by quarters: «1er. Trimestre» … «4o. Trimestre» beside «Total anual».
  it("a calendar by quarters: each line's quarters add up to its annual, and its TOTAL to its lines", () => {
    const line = (code: string, name: string, q: number[]): Cell[] => [code, name, q.reduce((a, b) => a + b, 0), ...q];
    const off = line("2611", "Combustibles", [60_000, 60_000, 60_000, 60_000]);
    off[2] = 230_000;
    const grid = gridOf("Calendario", [
      ["CLAVE", "CONCEPTO", "Total anual", "1er. Trimestre", "2do. Trimestre", "3er. Trimestre", "4o. Trimestre"],
      line("2111", "Materiales de oficina", [9_000, 9_000, 9_000, 9_000]),
      off,
      [null, "TOTAL", 266_000, 69_000, 69_000, 69_000, 69_000],
    ]);
    const findings = validateGrids([grid]).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["monthly-sum C3"]);
    expect(findings[0]!.message).toBe("Los 4 trimestres de «2611 Combustibles» suman 240,000, pero su total anual es 230,000: los trimestres suman 10,000 más que lo anual.");
  });
});

/**
 * A works annex as Michoacán files one: a row per work, its money split by funding source under
 * a two-row header (FUENTE DE FINANCIAMIENTO over FISM | ESTATAL | BENEFICIARIOS, INVERSIÓN
 * TOTAL beside it), amounts as text with «$», and a TOTAL row.
 */
function michoacan(options: { estatal?: number; totalFism?: number; unsplit?: boolean } = {}) {
  const works: Array<[string, string, number, number, number]> = [
    ["Rehabilitación de la calle Morelos con concreto hidráulico", "Tacámbaro", 1_000_000, options.estatal ?? 500_000, 50_000],
    ["Ampliación de la red de agua potable", "Pedernales", 640_000, 0, 32_000],
    ["Techado de la cancha de usos múltiples", "Chupio", 780_000, 300_000, 0],
  ];
  const rows: Cell[][] = [
    ["ANEXO TÉCNICO DE OBRAS 2024"],
    ["NO.", "NOMBRE DE LA OBRA", "LOCALIDAD", "META", "FUENTE DE FINANCIAMIENTO", null, null, "INVERSIÓN TOTAL"],
    [null, null, null, null, "FISM", "ESTATAL", "BENEFICIARIOS", null],
    ...works.map(([name, place, fism, estatal, benef], i): Cell[] => [i + 1, name, place, "1 obra", money(fism), estatal === 0 ? "$ -" : money(estatal), benef === 0 ? "-" : money(benef), money(i === 0 ? 1_550_000 : fism + (i === 1 ? 0 : 300_000) + benef)]),
    ...(options.unsplit ? [[4, "Alumbrado público de la plaza", "Tacámbaro", "1 obra", null, null, null, money(120_000)] as Cell[]] : []),
    [null, "TOTAL", null, null, money(options.totalFism ?? 2_420_000), money(800_000), money(82_000), money(3_302_000 + (options.unsplit ? 120_000 : 0))],
  ];
  return gridOf("Anexo de obras", rows);
}

describe("a works annex: a row per work, its money by funding source", () => {
  it("a clean annex has nothing to say, and no «no POA here»; a work not split yet is not a sum of 0", () => {
    expect(found(michoacan())).toEqual([]);
    expect(found(michoacan({ unsplit: true }))).toEqual([]);
  });

  it("a work whose sources add up to more than its total is said at its total", () => {
    const findings = validateGrids([michoacan({ estatal: 503_000 })]).findings;
    // The ESTATAL total no longer adds up either: both are said, each at its cell.
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["source-sum H4", "total-sum F7"]);
    expect(findings[0]!.message).toBe(
      "Las fuentes de «Rehabilitación de la calle Morelos con concreto hidráulico» (FISM, ESTATAL, BENEFICIARIOS) suman 1,553,000, pero su INVERSIÓN TOTAL es 1,550,000: las fuentes suman 3,000 más.",
    );
    expect(findings[1]!.message).toBe("El TOTAL de ESTATAL es 800,000, pero los renglones de arriba suman 803,000: el total es 3,000 menos.");
  });

  it("a TOTAL that is not the sum of the works is said in the source's column, by its caption", () => {
    const findings = validateGrids([michoacan({ totalFism: 2_400_000 })]).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual(["total-sum E7"]);
    expect(findings[0]!.message).toBe("El TOTAL de FISM es 2,400,000, pero los renglones de arriba suman 2,420,000: el total es 20,000 menos.");
  });

  // Another office: one header row, sources captioned in words and title case, the total first.
  it("a one-row header in other words: «Total», «Recurso federal», «Aportación municipal»", () => {
    const grid = gridOf("Obras", [
      ["Obra", "Total", "Recurso federal", "Recurso estatal", "Aportación municipal"],
      ["Pavimentación de la calle Hidalgo", 900_000, 600_000, 200_000, 100_000],
      ["Drenaje sanitario en la colonia Centro", 450_000, 300_000, 100_000, 60_000],
      ["Total", 1_350_000, 900_000, 300_000, 160_000],
    ]);
    expect(found(grid)).toEqual(["source-sum B3"]);
  });
});

describe("a works annex written the ways offices write it: the same findings at the same cells", () => {
  const titleCase = (v: Cell) => (typeof v === "string" && v === v.toUpperCase() && !v.startsWith("$") ? v.charAt(0) + v.slice(1).toLowerCase() : v);
  const noAccents = (v: Cell) => (typeof v === "string" ? v.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : v);
  it.each([
    ["captions in title case", titleCase],
    ["no accents", noAccents],
    ["sources named as resources («Recurso estatal», «Aportación de beneficiarios»)", (v: Cell) => (v === "ESTATAL" ? "Recurso estatal" : v === "BENEFICIARIOS" ? "Aportación de beneficiarios" : v === "FISM" ? "FONDO III (FISM)" : v)],
    ["«MONTO TOTAL» for INVERSIÓN TOTAL", (v: Cell) => (v === "INVERSIÓN TOTAL" ? "MONTO TOTAL" : v)],
    ["amounts as numbers, blanks for «$ -»", (v: Cell) => (typeof v === "string" && v.startsWith("$") ? (v.includes("-") ? null : Number(v.replace(/[$,]/g, ""))) : v)],
  ])("%s", (_, rewrite) => {
    const original = michoacan({ estatal: 503_000 });
    const rewritten = { ...original, values: original.values.map((row) => row?.map(rewrite)) };
    expect(found(original)).toEqual(["source-sum H4", "total-sum F7"]);
    expect(found(rewritten)).toEqual(found(original));
  });

  it("the header in one row, the total before the sources", () => {
    const original = michoacan({ estatal: 503_000 });
    // INVERSIÓN TOTAL moves to column E, in the sources' row; the sources shift right by one.
    const values = original.values.map((row, r) => {
      if (r === 1) return ["NO.", "NOMBRE DE LA OBRA", "LOCALIDAD", "META", null, null, null, null];
      if (r === 2) return [null, null, null, null, "INVERSIÓN TOTAL", "FISM", "ESTATAL", "BENEFICIARIOS"];
      return row && [...row.slice(0, 4), row[7] ?? null, ...row.slice(4, 7)];
    });
    expect(found({ ...original, values })).toEqual(["source-sum E4", "total-sum G7"]);
  });
});

describe("a table below the POA blocks, on their own sheet", () => {
  // Two actions, then a calendar with its title: before, its rows were read as the last
  // action's activities (missing ÁREA RESPONSABLE, INDICADOR…) and its own defect was lost.
  it("is read as a calendar, not as the last action's activities: its defect found, no false error", () => {
    const poa = stackedGrid([{ numero: 1 }, { numero: 2 }]);
    const alone = validateGrids([poa]).findings.map((f) => `${f.ruleId} ${f.cell}`);
    const off = even(24_000);
    off[3]! += 500;
    const calendar: Cell[][] = [[], [], ["CALENDARIO DE EGRESOS 2021"], ["CÓDIGO", "PARTIDA", "ANUAL", ...MONTHS], ["2111", "Materiales de oficina", 12_000, ...even(12_000)], ["2611", "Combustibles", 24_000, ...off], [null, "TOTAL", 36_000]];
    const below = poa.values.length;
    const grid = gridOf("POA", [...poa.values.map((row) => row ?? []), ...calendar]);
    expect(found(grid)).toEqual([...alone, `monthly-sum C${below + 6}`]);
  });
});
