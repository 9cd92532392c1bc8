import { ruleName } from "../rules";
import { OWN_TITLES } from "../sheets/titles";
import { area, type SheetCell, type SheetSpec, type StyleName } from "../sheets/spec";
import type { Bilingual } from "../rules/rule";
import type { Change, Comparison, Fate } from "./compare";

export const CHANGES_TABLE_NAME = "PoaCambios";
export const CHANGES_SHEET_NAME = "Cambios";

/** What each kind of change and each finding's fate is called, on the sheet (Spanish) and in the CLI. */
export const KIND_WORDS: Record<Change["kind"], Bilingual> = {
  "action-added": { es: "Acción nueva", en: "Action added" },
  "action-removed": { es: "Acción quitada", en: "Action removed" },
  "action-renumbered": { es: "Acción renumerada", en: "Action renumbered" },
  "activity-added": { es: "Actividad nueva", en: "Activity added" },
  "activity-removed": { es: "Actividad quitada", en: "Activity removed" },
  value: { es: "Cifra o dato cambiado", en: "Figure or value changed" },
};

export const FATE_WORDS: Record<Fate, Bilingual> = { fixed: { es: "Corregido", en: "Fixed" }, open: { es: "Sigue", en: "Still there" }, new: { es: "Nuevo", en: "New" } };

/**
 * The «Cambios» sheet: one row per change (a link to its cell in the new version), the
 * investment of each action before and after, and what became of each finding. `link` is how a
 * cell is reached: "#" inside the same workbook, "NUEVO.xlsx#" in the new file beside this one.
 */
export function buildChangesSheet(comparison: Comparison, names: { before: string; after: string; link: string }): SheetSpec {
  const cells: SheetCell[] = [];
  const put = (row: number, col: number, value: SheetCell["value"], style: StyleName) => cells.push({ row, col, value, style });
  const last = 6;
  put(0, 0, OWN_TITLES.changes, "title");
  put(1, 0, `Anterior: ${names.before} · Nuevo: ${names.after}`, "subtitle");
  const header = 3;
  ["ACCIÓN", "NOMBRE DE LA ACCIÓN", "ACTIVIDAD", "QUÉ CAMBIÓ", "ANTES", "DESPUÉS", "CELDA"].forEach((h, c) => put(header, c, h, "header"));
  comparison.changes.forEach((change, i) => {
    const row = header + 1 + i;
    put(row, 0, change.action, "count");
    put(row, 1, change.actionName, "text");
    put(row, 2, change.activity, "text");
    put(row, 3, change.field ? `${KIND_WORDS[change.kind].es}: ${change.field}` : KIND_WORDS[change.kind].es, "text");
    put(row, 4, change.before, typeof change.before === "number" ? "count" : "text");
    put(row, 5, change.after, typeof change.after === "number" ? "count" : "text");
    if (change.cell && change.sheet) {
      const target = `${names.link}'${change.sheet.replace(/'/g, "''").replace(/"/g, '""')}'!${change.cell}`;
      cells.push({ row, col: 6, formula: `=HYPERLINK("${target}","${change.cell}")`, result: change.cell, style: "text" });
    } else put(row, 6, null, "text");
  });
  const changesEnd = header + Math.max(1, comparison.changes.length);

  const totalsHeader = changesEnd + 3;
  put(totalsHeader - 1, 0, "INVERSIÓN POR ACCIÓN", "subtitle");
  ["ACCIÓN", "NOMBRE DE LA ACCIÓN", "ANTES", "DESPUÉS", "DIFERENCIA (DESPUÉS − ANTES)"].forEach((h, c) => put(totalsHeader, c, h, "header"));
  comparison.totals.forEach((total, i) => {
    const row = totalsHeader + 1 + i;
    put(row, 0, total.action, "count");
    put(row, 1, total.name, "text");
    put(row, 2, total.before, "money");
    put(row, 3, total.after, "money");
    put(row, 4, total.before !== null && total.after !== null ? Math.round((total.after - total.before) * 100) / 100 : null, "money");
  });

  const findingsHeader = totalsHeader + comparison.totals.length + 3;
  put(findingsHeader - 1, 0, "HALLAZGOS", "subtitle");
  ["ESTADO", "HOJA", "CELDA", "ACCIÓN", "REGLA", "MENSAJE"].forEach((h, c) => put(findingsHeader, c, h, "header"));
  const order: Fate[] = ["new", "open", "fixed"];
  const findings = [...comparison.findings].sort((a, b) => order.indexOf(a.fate) - order.indexOf(b.fate));
  findings.forEach(({ fate, finding }, i) => {
    const row = findingsHeader + 1 + i;
    put(row, 0, FATE_WORDS[fate].es, "text");
    put(row, 1, finding.sheet, "text");
    put(row, 2, finding.cell, "text");
    put(row, 3, finding.action, "count");
    put(row, 4, ruleName(finding.ruleId, "es"), "text");
    put(row, 5, finding.message, "text");
  });
  return {
    name: CHANGES_SHEET_NAME,
    cells,
    merges: [area(0, 0, 0, last), area(1, 0, 1, last)],
    columnWidths: [8, 34, 34, 30, 18, 18, 10],
    rowHeights: { 0: 24 },
    validations: [],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: [header, header], keyColumns: 2 },
    freezeRows: 0,
    table: comparison.changes.length > 0 ? { name: CHANGES_TABLE_NAME, area: area(header, 0, changesEnd, last) } : null,
    chart: null,
  };
}
