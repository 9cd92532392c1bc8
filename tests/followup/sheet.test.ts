import { UserWorkbook } from "../../src/adapters/xlsx/UserWorkbook";
import { parseA1 } from "../../src/domain/a1";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import type { FollowUpRow } from "../../src/domain/model";
import { progressTo } from "../../src/domain/followup/progress";
import { readWorkbook } from "../../src/domain/reader";
import type { Finding } from "../../src/domain/validate";
import { validateGrids } from "../../src/domain/validate";
import { insertFollowUp, NOTHING_TO_FOLLOW } from "../../src/app/followup";
import { fixture, followUpRows, programmedMonths, programmedTo, type Typed, typeIntoFollowUp, withFollowUp } from "../support/followup";
import { cellsOf, mergesOf } from "../support/cells";
import { itWithLibreOffice, recalculateWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(180_000);

const MUNICIPAL = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx"];
const CUTOFF = 3;

/** What a user types, activity by activity, cycling through everything the rules tell apart. */
const SCENARIOS = ["green", "yellow", "red", "red-justified", "text", "number-as-text", "future-month", "far-above"] as const;
type Scenario = (typeof SCENARIOS)[number];

function typedFor(scenario: Scenario, programmed: number[]): Typed {
  const upTo = (share: number) => [Math.round(programmed.slice(0, CUTOFF).reduce((a, b) => a + b, 0) * share), 0, 0];
  switch (scenario) {
    case "green":
      return { realized: programmed.slice(0, CUTOFF) };
    case "yellow":
      return { realized: upTo(0.8) };
    case "red":
      return { realized: upTo(0.5) };
    case "red-justified":
      return { realized: upTo(0.5), justification: "El proveedor entregó tarde; se recupera en abril." };
    case "text":
      return { realized: ["doce", ...programmed.slice(1, CUTOFF)], justification: "Falta el dato de enero." };
    case "number-as-text":
      return { realized: [String(programmed[0]), ...programmed.slice(1, CUTOFF)], justification: "Capturado como texto." };
    case "future-month":
      return { realized: [...programmed.slice(0, CUTOFF), undefined, undefined, 5] };
    case "far-above":
      return { realized: [programmed.slice(0, CUTOFF).reduce((a, b) => a + b, 0) * 3, 0, 0] };
  }
}

/** The rules a scenario must raise, worked out from the typed figures by hand, not by the engine. */
function expectedRules(scenario: Scenario, typed: Typed, programmed: number): string[] {
  const realized = (typed.realized ?? []).slice(0, CUTOFF).reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
  const ratio = realized / programmed;
  const rules: string[] = [];
  if (scenario === "text" || scenario === "number-as-text") rules.push("realized-text");
  if (scenario === "future-month") rules.push("realized-after-cutoff");
  if (ratio >= 1.5) rules.push("realized-above-programmed");
  if (ratio < 0.7 && !typed.justification) rules.push("red-justification");
  return rules.sort();
}

async function filledFollowUp(name: string) {
  const plain = await withFollowUp(fixture(name), CUTOFF);
  const { rows } = await followUpRows(plain);
  const plan = new Map<number, { scenario: Scenario; typed: Typed }>();
  let next = 0;
  rows.forEach((row, index) => {
    if (programmedTo(row, CUTOFF) <= 0) return;
    const scenario = SCENARIOS[next++ % SCENARIOS.length]!;
    plan.set(index, { scenario, typed: typedFor(scenario, programmedMonths(row)) });
  });
  const bytes = await typeIntoFollowUp(plain, (_, index) => plan.get(index)?.typed ?? null);
  return { plain, bytes, rows, plan };
}

/** Calc writes a percentage as shown: «80%». */
const percent = (text: string) => Number(text.replace("%", "")) / 100;

/** Findings on the follow-up sheet by the activity (its PROGRAMADO row) they are about. */
function byActivity(findings: readonly Finding[], sheet: string, rows: readonly FollowUpRow[]): Map<number, string[]> {
  const index = new Map(rows.map((r, i) => [r.row, i]));
  const result = new Map<number, string[]>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const at = parseA1(f.cell)!.row;
    const i = index.get(at) ?? index.get(at - 1);
    if (i === undefined) throw new Error(`finding outside any activity: ${f.cell} ${f.message}`);
    result.set(i, [...(result.get(i) ?? []), f.ruleId].sort());
  }
  return result;
}

describe.each(MUNICIPAL)("the follow-up sheet of %s", (name) => {
  it("adds no finding to the POA, and a fresh one raises none: nothing typed is «sin reporte», not red", async () => {
    const original = await XlsxReader.open(fixture(name)).readSheets();
    const copy = await XlsxReader.open(await withFollowUp(fixture(name), CUTOFF)).readSheets();
    // The POA's own sheets come through the copy cell for cell, merges included.
    expect(copy.slice(0, original.length).map((g) => [g.sheet, cellsOf(g), mergesOf(g)])).toEqual(original.map((g) => [g.sheet, cellsOf(g), mergesOf(g)]));
    const before = validateGrids(original).findings;
    const after = validateGrids(copy);
    expect(after.findings).toEqual(before);
    const followUp = after.model.sheets.find((s) => s.followUp)!;
    expect(followUp.name).toMatch(/^Seguimiento 20\d\d$/);
    expect(followUp.followUp!.cutoff).toEqual({ cell: "C3", month: CUTOFF });
    const activities = after.model.sheets.flatMap((s) => s.actions).flatMap((a) => a.activities);
    expect(followUp.followUp!.rows.map((r) => r.activity.text)).toEqual(activities.map((a) => a.actividad.text));
  });

  it("tells green, yellow and red apart, and flags text, a future month, far above and a red without justification at their cells", async () => {
    const { bytes, plan } = await filledFollowUp(name);
    const report = validateGrids(await XlsxReader.open(bytes).readSheets());
    const { sheet, rows } = await followUpRows(bytes);
    const found = byActivity(report.findings, sheet, rows);
    const expected = new Map<number, string[]>();
    for (const [index, { scenario, typed }] of plan) {
      const rules = expectedRules(scenario, typed, programmedTo(rows[index]!, CUTOFF));
      if (rules.length) expected.set(index, rules);
    }
    expect(found).toEqual(expected);
    // Every scenario happened at least once on this fixture.
    expect(new Set([...plan.values()].map((p) => p.scenario))).toEqual(new Set(SCENARIOS));
    const red = report.findings.find((f) => f.ruleId === "red-justification")!;
    expect(red.severity).toBe("error");
    expect(red.cell).toMatch(/^Z\d+$/);
    expect(red.message).toMatch(/va en rojo: \d+ % de lo programado hasta MARZO \([\d,]+ de [\d,]+\), y no tiene JUSTIFICACIÓN/);
  });

  itWithLibreOffice("computes in LibreOffice the same accumulated, avance (to date and annual) and semáforo as the engine", async () => {
    const { bytes, rows } = await filledFollowUp(name);
    const { sheet } = await followUpRows(bytes);
    const engine = readWorkbook(await XlsxReader.open(bytes).readSheets()).sheets.find((s) => s.followUp)!.followUp!.rows;
    const recalculated = (await recalculateWithLibreOffice(bytes)).get(sheet)!;
    let lights = 0;
    rows.forEach((row, i) => {
      const line = recalculated[row.row + 1]!;
      const progress = progressTo(engine[i]!.programmed.map((p) => p.figure), engine[i]!.realized.map((r) => r.figure), engine[i]!.anual?.figure ?? null, CUTOFF);
      expect(Number(recalculated[row.row]![21])).toBeCloseTo(progress.programmed, 9);
      expect(Number(line[21])).toBeCloseTo(progress.realized, 9);
      if (progress.avance === null) expect(line[22]).toBe("");
      else expect(percent(line[22]!)).toBeCloseTo(progress.avance, 9);
      if (progress.avanceAnual === null) expect(line[23]).toBe("");
      else expect(percent(line[23]!)).toBeCloseTo(progress.avanceAnual, 9);
      const light = progress.light ?? (progress.programmed > 0 ? "SIN REPORTE" : "");
      expect(line[24]).toBe(light);
      if (progress.light) lights++;
    });
    expect(lights).toBeGreaterThan(4);
  });

  it("keeps every realized figure, justification and the cut-off when it is inserted again", async () => {
    const { bytes } = await filledFollowUp(name);
    const before = await followUpRows(bytes);
    const workbook = UserWorkbook.open(bytes);
    const again = await insertFollowUp(workbook);
    const after = await followUpRows(await workbook.toBuffer());
    expect(again!.placement).toEqual({ name: before.sheet, replaced: true, renamed: false });
    expect(again!.cutoff).toBe(CUTOFF);
    expect(again!.kept).toBeGreaterThan(10);
    const typed = (rows: FollowUpRow[]) => rows.map((r) => [r.activity.text, r.realized.map((c) => c.raw), r.justification?.raw ?? null]);
    expect(typed(after.rows)).toEqual(typed(before.rows));
  });
});

describe("a follow-up that no longer matches its POA", () => {
  it("names the renamed activity on both sides; inserting again keeps the old row's figures at the end", async () => {
    const { bytes } = await filledFollowUp("secretaria-particular-2021.xlsx");
    const { rows } = await followUpRows(bytes);
    const renamed = rows.findIndex((r) => r.realized.some((c) => c.figure.kind === "number" && c.figure.value > 0));
    const poa = readWorkbook(await XlsxReader.open(bytes).readSheets()).sheets.flatMap((s) => s.actions);
    const activity = poa.flatMap((a) => a.activities.map((x) => ({ sheet: a.sheet, cell: x.actividad.cell })))[renamed]!;
    const workbook = UserWorkbook.open(bytes);
    workbook.setCell(activity.sheet, activity.cell, "Actividad con otro nombre");
    const edited = await workbook.toBuffer();
    const findings = validateGrids(await XlsxReader.open(edited).readSheets()).findings.filter((f) => f.messageId.startsWith("layout/followup"));
    expect(findings.map((f) => [f.messageId, f.sheet, f.severity])).toEqual([
      ["layout/followup-missing", activity.sheet, "warning"],
      ["layout/followup-unmatched", "Seguimiento 2021", "warning"],
    ]);
    expect(findings[0]!.message).toContain("«Actividad con otro nombre»");

    const reopened = UserWorkbook.open(edited);
    const done = await insertFollowUp(reopened);
    expect(done!.orphans).toBe(1);
    const after = await followUpRows(await reopened.toBuffer());
    const orphan = after.rows[after.rows.length - 1]!;
    expect(orphan.activity.text).toBe(rows[renamed]!.activity.text);
    expect(orphan.realized.map((c) => c.raw)).toEqual(rows[renamed]!.realized.map((c) => c.raw));
    expect(after.rows[renamed]!.activity.text).toBe("Actividad con otro nombre");
    expect(after.rows[renamed]!.realized.every((c) => c.raw === null)).toBe(true);
    const left = validateGrids(await XlsxReader.open(await reopened.toBuffer()).readSheets()).findings.filter((f) => f.messageId.startsWith("layout/followup"));
    expect(left.map((f) => [f.messageId, f.cell])).toEqual([["layout/followup-unmatched", orphan.activity.cell]]);
  });

  it("never writes over a user's sheet that took its name", async () => {
    const workbook = UserWorkbook.open(fixture("secretaria-particular-2021.xlsx"));
    // The user's own sheet, with our usual name and none of our tables.
    await workbook.addSheet({ name: "Seguimiento 2021", cells: [{ row: 0, col: 0, value: "Mis notas", style: "text" }], merges: [], columnWidths: [], rowHeights: {}, validations: [], conditionalFormats: [], print: { orientation: "portrait", titleRows: null }, freezeRows: 0, table: null, chart: null });
    const first = await insertFollowUp(workbook, { cutoff: CUTOFF });
    expect(first!.placement).toEqual({ name: "Seguimiento 2021 (2)", replaced: false, renamed: true });
    const second = await insertFollowUp(workbook);
    expect(second!.placement).toEqual({ name: "Seguimiento 2021 (2)", replaced: true, renamed: false });
    const mine = (await workbook.readSheets(["Seguimiento 2021"]))[0]!;
    expect(mine.values).toEqual([["Mis notas"]]);
  });

  it("has nothing to follow in the state form, which carries its own REALIZADO", async () => {
    await expect(insertFollowUp(UserWorkbook.open(fixture("estatal-sspc-2024.xlsx")))).rejects.toThrow(NOTHING_TO_FOLLOW.es);
  });
});

describe("the PROGRAMADO row follows the POA", () => {
  itWithLibreOffice("an edit to a month of the POA shows in the follow-up once recalculated", async () => {
    const bytes = await withFollowUp(fixture("secretaria-planeacion-2022.xlsx"), CUTOFF);
    const { sheet, rows } = await followUpRows(bytes);
    const poa = readWorkbook(await XlsxReader.open(bytes).readSheets()).sheets.flatMap((s) => s.actions);
    const target = poa[0]!.activities[0]!;
    const workbook = UserWorkbook.open(bytes);
    workbook.setCell(poa[0]!.sheet, target.periods[1]!.cell, 777);
    const recalculated = (await recalculateWithLibreOffice(await workbook.toBuffer())).get(sheet)!;
    expect(recalculated[rows[0]!.row]![6]).toBe("777");
  });
});
