import { ruleFix, ruleName } from "../rules";
import type { Finding } from "../validate";
import type { Severity } from "../rules/rule";
import { OWN_TITLES } from "../sheets/titles";
import { area, type SheetCell, type SheetSpec, signatureLines, wrappedRowHeight } from "../sheets/spec";

/** The add-in knows its observations sheet by this table, never by the sheet's name. */
export const OBSERVATIONS_TABLE_NAME = "PoaObservaciones";
export const OBSERVATIONS_SHEET_NAME = "Observaciones";
export const OBSERVATION_STATES = ["Pendiente", "Corregido", "Aclarado"] as const;

export interface ObservationsHeader {
  secretaria: string;
  /** Which POA: its file name or its title. */
  poa: string;
  /** The date of the review, as it is to be printed (dd/mm/aaaa). */
  fecha: string;
  reviso: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_WORD: Record<Severity, string> = { error: "Error", warning: "Aviso", info: "Nota" };

const COLUMNS = [
  { header: "No.", width: 5 },
  { header: "HOJA", width: 12 },
  { header: "CELDA", width: 8 },
  { header: "ACCIÓN", width: 7 },
  { header: "TIPO", width: 7 },
  { header: "REGLA", width: 22 },
  { header: "QUÉ ESTÁ MAL", width: 44 },
  { header: "QUÉ SE ESPERA", width: 30 },
  { header: "ESTADO", width: 11 },
  { header: "RESPUESTA", width: 28 },
] as const;

/** Findings as a reviewer sends them back: grouped by action (in action order), errors first. */
export function orderForReview(findings: readonly Finding[]): Finding[] {
  const firstAt = new Map<string, number>();
  findings.forEach((f, i) => {
    const key = `${f.sheet}\u0000${f.action ?? ""}`;
    if (!firstAt.has(key)) firstAt.set(key, i);
  });
  return findings
    .map((f, i) => ({ f, i, group: firstAt.get(`${f.sheet}\u0000${f.action ?? ""}`)! }))
    .sort((a, b) => a.group - b.group || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * A link that jumps to the finding's cell: Excel follows it, and so does LibreOffice. `file` is
 * the POA's path from the observations workbook when they are two files, empty inside the POA.
 */
function cellLink(finding: Finding, file: string): SheetCell["formula"] {
  const sheet = finding.sheet.replace(/'/g, "''");
  return `=HYPERLINK("${file.replace(/"/g, '""')}#'${sheet.replace(/"/g, '""')}'!${finding.cell}","${finding.cell}")`;
}

function expectation(finding: Finding): string {
  const fix = ruleFix(finding.ruleId, "es");
  const expected = finding.expected;
  if (expected === null || expected === "") return fix;
  const shown = typeof expected === "number" ? new Intl.NumberFormat("es-MX", { maximumFractionDigits: 2 }).format(expected) : expected;
  return `${fix} Se espera: ${shown}.`;
}

/** An observation of the previous review: attended to by the new version, or still pending. */
export interface PreviousObservation {
  sheet: string;
  cell: string;
  action: number | null;
  message: string;
  state: "Atendida" | "Pendiente";
}

export interface ObservationsOptions {
  name?: string;
  table?: string;
  /** What the previous review observed: pending ones are said again, attended ones closed. */
  earlier?: readonly PreviousObservation[];
  /** The POA's file from the observations workbook, when the sheet is not written into the POA. */
  link?: string;
}

/**
 * The «Observaciones» sheet a reviewer returns to a secretaría: who and what was reviewed, then
 * one row per finding (a link to its cell, the rule in plain Spanish, what is wrong, what is
 * expected), an ESTADO drop-down and a RESPUESTA column for the author; printable, with the
 * signature lines of who reviewed and who received.
 */
export function buildObservationsSheet(findings: readonly Finding[], header: ObservationsHeader, options: ObservationsOptions = {}): SheetSpec {
  const { name = OBSERVATIONS_SHEET_NAME, table = OBSERVATIONS_TABLE_NAME, earlier = [], link = "" } = options;
  const last = COLUMNS.length - 1;
  const cells: SheetCell[] = [{ row: 0, col: 0, value: OWN_TITLES.observations, style: "title" }];
  const merges = [area(0, 0, 0, last)];
  const meta: Array<[string, string]> = [
    ["SECRETARÍA:", header.secretaria],
    ["POA:", header.poa],
    ["FECHA:", header.fecha],
    ["REVISÓ:", header.reviso],
  ];
  // Two pairs a row: label in A:B, value in C:F; label in G, value in H:J.
  meta.forEach(([label, value], i) => {
    const row = 1 + Math.floor(i / 2);
    if (i % 2 === 0) {
      cells.push({ row, col: 0, value: label, style: "label" }, { row, col: 2, value, style: "value" });
      merges.push(area(row, 0, row, 1), area(row, 2, row, 5));
    } else {
      cells.push({ row, col: 6, value: label, style: "label" }, { row, col: 7, value, style: "value" });
      merges.push(area(row, 7, row, last));
    }
  });
  const headerRow = 4;
  COLUMNS.forEach((column, c) => cells.push({ row: headerRow, col: c, value: column.header, style: "header" }));
  const ordered = orderForReview(findings);
  const first = headerRow + 1;
  const pending = new Set(earlier.filter((o) => o.state === "Pendiente").map((o) => `${o.sheet}\u0000${o.action ?? ""}\u0000${o.message}`));
  const attended = earlier.filter((o) => o.state === "Atendida");
  ordered.forEach((finding, i) => {
    const row = first + i;
    const again = pending.has(`${finding.sheet}\u0000${finding.action ?? ""}\u0000${finding.message}`);
    const values: Array<SheetCell["value"]> = [
      i + 1,
      finding.sheet,
      null,
      finding.action,
      SEVERITY_WORD[finding.severity],
      ruleName(finding.ruleId, "es"),
      finding.message,
      again ? `Ya se observó en la revisión anterior. ${expectation(finding)}` : expectation(finding),
      OBSERVATION_STATES[0],
      null,
    ];
    values.forEach((value, c) => {
      if (c === 2) cells.push({ row, col: c, formula: cellLink(finding, link), result: finding.cell, style: "text" });
      else cells.push({ row, col: c, value, style: c === 0 || c === 3 ? "count" : "text" });
    });
  });
  // What the previous review observed and this version corrected: said, and closed.
  attended.forEach((observation, i) => {
    const row = first + ordered.length + i;
    const values: Array<SheetCell["value"]> = [ordered.length + i + 1, observation.sheet, observation.cell, observation.action, "Atendida", "Observación anterior", observation.message, "Se corrigió en esta versión.", OBSERVATION_STATES[1], null];
    values.forEach((value, c) => cells.push({ row, col: c, value, style: c === 0 || c === 3 ? "count" : "text" }));
  });
  const rows = ordered.length + attended.length;
  const lastRow = Math.max(first, headerRow + rows);
  // Room to sign above each line.
  const signatureRow = lastRow + 5;
  const signatures = signatureLines(signatureRow, [
    [1, "Revisó"],
    [7, "Recibió"],
  ]);
  cells.push(...signatures.cells);
  merges.push(...signatures.merges);
  const rowHeights: Record<number, number> = { 0: 24, [headerRow]: 30 };
  ordered.forEach((finding, i) => {
    rowHeights[first + i] = wrappedRowHeight([
      [finding.message, 48],
      [expectation(finding), 32],
    ]);
  });
  return {
    name,
    cells,
    merges,
    columnWidths: COLUMNS.map((c) => c.width),
    rowHeights,
    validations:
      rows > 0 ? [{ area: area(first, 8, lastRow, 8), kind: "list", values: [...OBSERVATION_STATES], title: "Estado", message: "Pendiente, Corregido o Aclarado." }] : [],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: [headerRow, headerRow], keyColumns: 1 },
    freezeRows: headerRow + 1,
    table: rows > 0 ? { name: table, area: area(headerRow, 0, lastRow, last) } : null,
    chart: null,
  };
}

export interface StatusRow {
  file: string;
  secretaria: string;
  errors: number;
  warnings: number;
  actions: number;
  investment: number | null;
  /** The observations sheet of this file, or why it could not be read. */
  sheet: string;
}

/** The batch's first sheet: one row per POA reviewed, each pointing to its observations sheet. */
export function buildStatusSheet(rows: readonly StatusRow[]): SheetSpec {
  const headers = ["ARCHIVO", "SECRETARÍA", "ERRORES", "ADVERTENCIAS", "ACCIONES", "INVERSIÓN", "OBSERVACIONES"];
  const cells: SheetCell[] = [{ row: 0, col: 0, value: OWN_TITLES.status, style: "title" }];
  headers.forEach((header, c) => cells.push({ row: 2, col: c, value: header, style: "header" }));
  rows.forEach((r, i) => {
    const row = 3 + i;
    const values: Array<[SheetCell["value"], SheetCell["style"]]> = [
      [r.file, "text"],
      [r.secretaria, "text"],
      [r.errors, "count"],
      [r.warnings, "count"],
      [r.actions, "count"],
      [r.investment, "money"],
    ];
    values.forEach(([value, style], c) => cells.push({ row, col: c, value, style }));
    cells.push({ row, col: 6, value: r.sheet, style: "text" });
  });
  const lastRow = Math.max(3, 2 + rows.length);
  return {
    name: "Estado",
    cells,
    merges: [area(0, 0, 0, headers.length - 1)],
    columnWidths: [30, 30, 10, 13, 10, 18, 40],
    rowHeights: { 0: 24, 2: 30 },
    validations: [],
    conditionalFormats: [],
    print: { orientation: "landscape", titleRows: [2, 2] },
    freezeRows: 3,
    table: rows.length > 0 ? { name: "PoaEstado", area: area(2, 0, lastRow, headers.length - 1) } : null,
    chart: null,
  };
}
