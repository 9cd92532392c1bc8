import { type Figure, parseFigure } from "../figures";
import { type GridView, isBlank } from "../grid";
import type { LocatedFigure, LocatedText } from "../located";
import { cellText, locateFigure, locateText } from "../reader/cells";
import { captionKey } from "../text";
import { codeBefore, levelOf, withoutLevel } from "./levels";
import type { Mir, MirField, MirRow } from "./model";

/** Each column of the matrix by its caption (a group caption, INDICADORES, joined to the one under it). */
/** A caption naming a variable: the first (numerador) or the second (denominador). */
const FIRST_VARIABLE = String.raw`(NUMERADOR|VARIABLE 1|V1)`;
const SECOND_VARIABLE = String.raw`(DENOMINADOR|VARIABLE 2|V2)`;
/** «LÍNEA BASE V1», «Numerador de la línea base»: a línea base's variable, either way round. */
const baseVariable = (variable: string) => new RegExp(String.raw`LINEA BASE\b.*\b${variable}\b|\b${variable}\b.*LINEA BASE`);
/** «Actividad POA», «Clave POA», «No. ACT»: the POA activities a MIR row names by code. */
const POA_CODE = /\b(ACTIVIDAD(ES)?|CLAVE|CLAVES|CODIGO)( DE( LA)? ACTIVIDAD)? (DEL )?POA\b|^NO ACT\b|^NUMERO DE ACTIVIDAD/;

const CAPTIONS: Array<[MirField | "level", RegExp]> = [
  ["level", /^NIVEL\b/],
  ["poa", POA_CODE],
  ["resumen", /RESUMEN NARRATIVO|^OBJETIVOS?\b/],
  // Not «Tipo de fórmula» (Nuevo León), which says what kind of formula it is.
  ["metodo", /METODO DE CALCULO|^(?!.*\bTIPO\b).*FORMULA/],
  ["frecuencia", /FRECUENCIA/],
  ["dimension", /DIMENSION/],
  // The indicator's type, not «Tipo de valor de la meta» (SHCP: absoluto o relativo) nor «Tipo de fórmula».
  ["tipo", /\bTIPO\b(?!.*\b(VALOR|META|FORMULA|CALCULO)\b)/],
  ["unidad", /UNIDAD DE MEDIDA/],
  ["lineaBaseNumerador", baseVariable(FIRST_VARIABLE)],
  ["lineaBaseDenominador", baseVariable(SECOND_VARIABLE)],
  // Not the year of the línea base: its value.
  ["lineaBase", /LINEA BASE(?!.*\bANO\b)/],
  ["sentido", /SENTIDO/],
  ["medios", /MEDIOS? DE VERIFICACION|FUENTES? DE (INFORMACION|VERIFICACION)/],
  ["supuestos", /SUPUESTOS?$/],
  // «META V1» under META, or NUMERADOR alone: the meta's variables.
  ["numerador", new RegExp(String.raw`\b${FIRST_VARIABLE}\b`)],
  ["denominador", new RegExp(String.raw`\b${SECOND_VARIABLE}\b`)],
  ["meta", /\bMETA\b/],
  ["indicador", /(NOMBRE|DENOMINACION) DEL INDICADOR|INDICADOR(?:ES)? (NOMBRE|DENOMINACION)|^INDICADOR(?:ES)?$/],
];
const TEXT_FIELDS = ["resumen", "indicador", "metodo", "frecuencia", "tipo", "dimension", "unidad", "sentido", "medios", "supuestos", "poa"] as const;
const FIGURE_FIELDS = ["lineaBase", "meta", "numerador", "denominador", "lineaBaseNumerador", "lineaBaseDenominador"] as const;
/**
 * A línea base or meta typed as 85 % is 0.85 in its cell, formatted as a percentage; one typed as
 * 85 or «85%» in a plain cell is 85. Both are read as 85, so the two can be compared, and with
 * what the método gives (× 100).
 */
function mirFigure(view: GridView, row: number, col: number, field: (typeof FIGURE_FIELDS)[number]): LocatedFigure {
  const located = locateFigure(view, row, col);
  const { figure } = located;
  // A «%» in quotes or after a backslash is shown, not applied.
  const percent = view.numberFormat(row, col).replace(/"[^"]*"|\\./g, "").includes("%");
  if ((field !== "lineaBase" && field !== "meta") || figure.kind !== "number" || !percent) return located;
  return { ...located, figure: { ...figure, value: Math.round(figure.value * 100 * 1e9) / 1e9 } };
}

/** Blank rows a matrix may hold (a page break) before it is over. */
const GAP_ROWS = 3;
const SIGNATURE = /^(ELABORO|REVISO|AUTORIZO|VO BO|NOMBRE Y FIRMA)/;

/** A cell's text, or the text of the merged area that covers it («COMPONENTES» over three rows). */
function textAt(view: GridView, row: number, col: number): string {
  const merge = view.mergeAt(row, col);
  return cellText(merge ? view.value(merge.top, merge.left) : view.value(row, col)).trim();
}

/** The columns a header row names, with the row under it when that row carries the group's parts. */
/** The parts an indicator column may hold in one cell, in the order its caption names them. */
const PARTS: Array<[MirField, RegExp]> = [
  ["indicador", /\b(NOMBRE|DENOMINACION)\b/],
  ["metodo", /\b(FORMULA|METODO)\b/],
  ["frecuencia", /\bFRECUENCIA\b/],
  ["tipo", /\bTIPO\b/],
  ["dimension", /\bDIMENSION\b/],
  ["unidad", /\bUNIDAD\b/],
];

/** «Indicadores: Nombre, Fórmula, Frecuencia y Tipo» (the EdoMex PbRM-01e): one cell per row holds them all. */
function combinedParts(key: string): MirField[] | null {
  if (!/\bINDICADOR/.test(key)) return null;
  const found = PARTS.map(([field, pattern]) => ({ field, at: key.search(pattern) })).filter((p) => p.at >= 0);
  return found.length >= 2 ? found.sort((a, b) => a.at - b.at).map((p) => p.field) : null;
}

interface Header {
  columns: Partial<Record<MirField | "level", number>>;
  rows: number;
  /** The indicator's parts when one column holds them all, in the caption's order. */
  combined: { col: number; parts: MirField[] } | null;
}

function headerColumns(view: GridView, row: number): Header | null {
  // A sheet is read row by row: the captions are folded only where a matrix's header may be.
  if (!view.textsMatch(row, /resumen|objetivo/i) || !(view.textsMatch(row, /supuesto/i) || (row < view.lastRow && view.textsMatch(row + 1, /supuesto/i)))) return null;
  let combined: Header["combined"] = null;
  const read = (withBelow: boolean) => {
    const columns: Partial<Record<MirField | "level", number>> = {};
    const cols = new Set<number>();
    for (const { col } of view.filledCells(row)) cols.add(col);
    if (withBelow) for (const { col } of view.filledCells(row + 1)) cols.add(col);
    for (const col of [...cols].sort((a, b) => a - b)) {
      const above = textAt(view, row, col);
      const below = withBelow ? cellText(view.value(row + 1, col)).trim() : "";
      const key = captionKey(below && below !== above ? `${above} ${below}` : above);
      const parts = combinedParts(key);
      if (parts) {
        combined = { col, parts };
        for (const part of parts) columns[part] ??= col;
        continue;
      }
      const field = CAPTIONS.find(([, pattern]) => pattern.test(key))?.[0];
      if (field && columns[field] === undefined) columns[field] = col;
    }
    return columns;
  };
  const isHeader = (c: Partial<Record<MirField | "level", number>>) => c.resumen !== undefined && c.supuestos !== undefined && (c.indicador !== undefined || c.medios !== undefined);
  const alone = read(false);
  // The header starts on a row of its own captions, never on a blank row above them.
  if (alone.resumen === undefined) return null;
  const joined = row < view.lastRow ? read(true) : null;
  // Two rows when the second adds columns (INDICADORES over Nombre | Fórmula | Frecuencia).
  if (joined && isHeader(joined) && Object.keys(joined).length > Object.keys(alone).length) return { columns: joined, rows: 2, combined };
  combined = null;
  read(false);
  return isHeader(alone) ? { columns: alone, rows: 1, combined } : null;
}

/** «PROGRAMA PRESUPUESTARIO: E012 Seguridad» or the caption with its value beside it, between two rows. */
function programaIn(view: GridView, from: number, to: number): string | null {
  for (let row = Math.max(view.firstRow, from); row < to; row++) {
    const cells = [...view.filledCells(row)].map(({ col, value }) => ({ col, text: cellText(value).trim() })).filter((c) => c.text !== "");
    const at = cells.findIndex((c) => /^PROGRAMA PRESUPUEST/.test(captionKey(c.text)));
    if (at < 0) continue;
    const inline = cells[at]!.text.split(/:\s*/).slice(1).join(": ").trim();
    return inline || cells[at + 1]?.text || null;
  }
  return null;
}

/**
 * The MIRs of a sheet, in the one-row-per-level layout of the state and municipal forms: a
 * header with RESUMEN NARRATIVO (or OBJETIVO), SUPUESTOS and the indicator's columns, then a row
 * per Fin, Propósito, Componente and Actividad, their level in a NIVEL column (or the first).
 */
export function readMirs(view: GridView): Mir[] {
  const mirs: Mir[] = [];
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const header = headerColumns(view, row);
    if (!header) continue;
    const { columns } = header;
    const first = Math.min(...Object.values(columns));
    const levelCol = columns.level ?? first;
    const rows: MirRow[] = [];
    let blanks = 0;
    let last = row + header.rows - 1;
    for (let r = row + header.rows; r <= view.lastRow; r++) {
      const filled = [...view.filledCells(r)].filter(({ value }) => !isBlank(value) && cellText(value).trim() !== "");
      if (filled.length === 0) {
        if (++blanks > GAP_ROWS) break;
        continue;
      }
      if (SIGNATURE.test(captionKey(cellText(filled[0]!.value))) || headerColumns(view, r)) break;
      blanks = 0;
      last = r;
      const said = textAt(view, r, levelCol);
      // «Actividad 1.1: Integración…» when the level is written in the objective's cell.
      const level = levelOf(said) ?? levelOf(/^(.*?)\s*[:.\-–]\s+/.exec(said)?.[1] ?? "") ?? levelOf(said.split(/[\s.:]+/)[0] ?? "");
      if (!level) continue;
      const texts: MirRow["texts"] = {};
      for (const field of TEXT_FIELDS) {
        const col = columns[field];
        if (col !== undefined) texts[field] = locateText(view, r, col);
      }
      if (header.combined) Object.assign(texts, splitCombined(locateText(view, r, header.combined.col), header.combined.parts));
      // A level said once for several rows («COMPONENTES» over all of them) leaves each row's code
      // to its objective («C2 Asesorías otorgadas»); the level or the code written in the
      // objective's own cell («Fin: Contribuir a…») is not part of it.
      const code = level.code ?? (texts.resumen ? codeBefore(texts.resumen.text) : null);
      if (texts.resumen && (columns.resumen === levelCol || code !== level.code)) texts.resumen = { ...texts.resumen, text: withoutLevel(texts.resumen.text) };
      const figures: MirRow["figures"] = {};
      for (const field of FIGURE_FIELDS) {
        const col = columns[field];
        if (col !== undefined) figures[field] = mirFigure(view, r, col, field);
      }
      const levelCell: LocatedText = { ...locateText(view, r, levelCol), text: said };
      rows.push({ row: r, level: level.level, levelCell, code, texts, figures });
    }
    if (rows.length > 0) {
      const { level: _, ...fields } = columns;
      mirs.push({ sheet: view.sheet, header: view.address(row, first), columns: fields, programa: programaIn(view, row - 12, row), layout: "matrix", rows });
    }
    row = last;
  }
  return mirs;
}

/** A ficha técnica's labels, each with its field: «NOMBRE DEL INDICADOR:», «MÉTODO DE CÁLCULO», «VARIABLE 1»… */
const FICHA_LABELS: Array<[MirField | "level" | "code", RegExp]> = [
  ["level", /^NIVEL( DE LA MIR| DEL OBJETIVO)?$/],
  ["code", /^(CLAVE|CODIGO)( DEL (INDICADOR|NIVEL))?$/],
  ["resumen", /^(RESUMEN NARRATIVO|OBJETIVO( DEL NIVEL)?)$/],
  ["indicador", /^(NOMBRE|DENOMINACION)( DEL INDICADOR)?$/],
  ["metodo", /^(METODO DE CALCULO|FORMULA( DE CALCULO)?)$/],
  ["frecuencia", /^FRECUENCIA( DE MEDICION)?$/],
  ["tipo", /^TIPO( DE INDICADOR)?$/],
  ["dimension", /^DIMENSION( A MEDIR)?$/],
  ["unidad", /^UNIDAD DE MEDIDA$/],
  ["lineaBase", /^LINEA BASE( VALOR)?$/],
  ["meta", /^META( ANUAL)?$/],
  ["sentido", /^SENTIDO( DEL INDICADOR)?$/],
  ["medios", /^MEDIOS? DE VERIFICACION$/],
  ["supuestos", /^SUPUESTOS?$/],
  ["numerador", new RegExp(String.raw`^(META )?${FIRST_VARIABLE}( (DE LA )?META)?$`)],
  ["denominador", new RegExp(String.raw`^(META )?${SECOND_VARIABLE}( (DE LA )?META)?$`)],
  ["lineaBaseNumerador", new RegExp(String.raw`^(LINEA BASE ${FIRST_VARIABLE}|${FIRST_VARIABLE} (DE LA )?LINEA BASE)$`)],
  ["lineaBaseDenominador", new RegExp(String.raw`^(LINEA BASE ${SECOND_VARIABLE}|${SECOND_VARIABLE} (DE LA )?LINEA BASE)$`)],
  ["poa", POA_CODE],
];

/**
 * A ficha técnica: one indicator per sheet, each field a label and its value (beside it, under
 * it, or after a colon in the same cell). Read when the sheet names the indicator, its método de
 * cálculo and its level.
 */
export function readFicha(view: GridView): Mir | null {
  // A ficha names its indicator and its method: a sheet that does not is left at once.
  let named = false;
  for (let row = view.firstRow; row <= view.lastRow && !named; row++) named = view.textsMatch(row, /nombre del indicador|m[eé]todo de c[aá]lculo/i);
  if (!named) return null;
  const found = new Map<MirField | "level" | "code", { label: LocatedText; value: LocatedText; figure: Figure }>();
  for (let row = view.firstRow; row <= view.lastRow; row++) {
    const cells = [...view.filledCells(row)].map(({ col, value }) => ({ col, text: cellText(value).trim() })).filter((c) => c.text !== "");
    cells.forEach(({ col, text }, i) => {
      const [label, ...rest] = text.split(":");
      const field = FICHA_LABELS.find(([, pattern]) => pattern.test(captionKey(label!)))?.[0];
      if (!field || found.has(field)) return;
      const inline = rest.join(":").trim();
      const beside = cells[i + 1];
      const below = cellText(view.value(row + 1, col)).trim();
      const value =
        inline !== ""
          ? { ...locateText(view, row, col), text: inline }
          : beside && !FICHA_LABELS.some(([, p]) => p.test(captionKey(beside.text.split(":")[0]!)))
            ? locateText(view, row, beside.col)
            : below !== "" && !FICHA_LABELS.some(([, p]) => p.test(captionKey(below.split(":")[0]!)))
              ? locateText(view, row + 1, col)
              : { ...locateText(view, row, view.spanEnd(row, col) + 1), text: "" };
      const figureField = (FIGURE_FIELDS as readonly string[]).includes(field) ? (field as (typeof FIGURE_FIELDS)[number]) : null;
      found.set(field, { label: locateText(view, row, col), value, figure: inline !== "" ? parseFigure(inline) : figureField ? mirFigure(view, value.row, value.col, figureField).figure : locateFigure(view, value.row, value.col).figure });
    });
  }
  const level = found.get("level");
  const said = level ? (levelOf(level.value.text) ?? levelOf(level.value.text.split(/[\s.:]+/)[0] ?? "")) : null;
  if (!said || !found.has("indicador") || !found.has("metodo")) return null;
  const code = found.get("code")?.value.text.trim() || null;
  const texts: MirRow["texts"] = {};
  for (const field of TEXT_FIELDS) {
    const at = found.get(field);
    if (at) texts[field] = at.value;
  }
  const figures: MirRow["figures"] = {};
  for (const field of FIGURE_FIELDS) {
    const at = found.get(field);
    if (at) figures[field] = { ...at.value, figure: at.figure };
  }
  const columns = Object.fromEntries([...found.entries()].filter(([f]) => f !== "level" && f !== "code").map(([f, at]) => [f, at.value.col]));
  return {
    sheet: view.sheet,
    header: level!.label.cell,
    columns,
    programa: programaIn(view, view.firstRow, view.lastRow + 1),
    layout: "ficha",
    rows: [{ row: level!.value.row, level: said.level, levelCell: level!.value, code: said.code ?? (code ? levelOf(code)?.code ?? code : null), texts, figures }],
  };
}

/**
 * One cell holding an indicator's name, formula, frequency and type: by their labels when the
 * lines have them («Fórmula: (A/B)*100»), otherwise line by line in the caption's order.
 */
function splitCombined(at: LocatedText, parts: readonly MirField[]): MirRow["texts"] {
  const lines = at.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: MirRow["texts"] = {};
  const labeled = lines.map((line) => {
    const [label, ...rest] = line.split(":");
    const field = rest.length ? PARTS.find(([, pattern]) => pattern.test(captionKey(label!)))?.[0] : undefined;
    return field ? { field, text: rest.join(":").trim() } : null;
  });
  const set = (field: MirField, text: string) => {
    if (field in out || !(TEXT_FIELDS as readonly string[]).includes(field)) return;
    (out as Record<string, LocatedText>)[field] = { ...at, text };
  };
  if (labeled.some(Boolean)) {
    for (const part of labeled) if (part) set(part.field, part.text);
  }
  else lines.forEach((line, i) => parts[i] && set(parts[i]!, line));
  for (const field of parts) set(field, "");
  return out;
}
