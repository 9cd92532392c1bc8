import { captionKey } from "./text";

/** Fields of an action's header block, by the labels that announce them. */
export const HEADER_FIELDS = [
  "secretaria",
  "nombre",
  "beneficiarios",
  "eje",
  "numero",
  "meta",
  "objetivo",
  "linea",
  "inversion",
  "estrategia",
  "proposito",
  "partida",
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** Columns of the activity table. */
export const TABLE_COLUMNS = ["actividad", "area", "unidad", "inversion", "indicador", "anual", "mensual", "control"] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

const HEADER_LABELS: Record<HeaderField, string[]> = {
  secretaria: ["SECRETARIA", "DEPENDENCIA", "SECRETARIA O DEPENDENCIA", "SECRETARIA DEPENDENCIA"],
  nombre: ["NOMBRE DE LA ACCION", "NOMBRE DE ACCION"],
  beneficiarios: ["BENEFICIARIOS", "BENEFICIARIAS Y BENEFICIARIOS", "POBLACION BENEFICIARIA"],
  eje: ["EJE", "PRINCIPIO RECTOR", "EJE RECTOR"],
  numero: ["NUMERO DE ACCION", "NO DE ACCION", "NUM DE ACCION", "N DE ACCION", "NUMERO ACCION", "NO ACCION", "NUM ACCION", "NO DE LA ACCION"],
  meta: ["META"],
  objetivo: ["OBJETIVO ESPECIFICO", "OBJETIVO"],
  linea: ["LINEA ESTRATEGICA", "LINEA DE ACCION"],
  inversion: ["INVERSION APROXIMADA", "INVERSION"],
  estrategia: ["ESTRATEGIA"],
  proposito: ["PROPOSITO"],
  partida: ["PARTIDA PRESUPUESTAL", "PARTIDAS PRESUPUESTALES", "PARTIDA"],
};

/** How each field's label is written on a fresh template (and in messages). */
export const HEADER_CAPTIONS: Record<HeaderField, string> = {
  secretaria: "SECRETARÍA",
  nombre: "NOMBRE DE LA ACCIÓN",
  beneficiarios: "BENEFICIARIOS",
  eje: "EJE",
  numero: "NÚMERO DE ACCIÓN",
  meta: "META",
  objetivo: "OBJETIVO ESPECÍFICO",
  linea: "LÍNEA ESTRATÉGICA",
  inversion: "INVERSIÓN APROXIMADA",
  estrategia: "ESTRATEGIA",
  proposito: "PROPÓSITO",
  partida: "PARTIDA PRESUPUESTAL",
};

const TABLE_LABELS: Record<TableColumn, string[]> = {
  actividad: ["ACTIVIDAD", "ACTIVIDADES"],
  area: ["AREA RESPONSABLE", "AREA"],
  unidad: ["UNIDAD DE MEDIDA"],
  inversion: ["INVERSION APROX POR ACTIVIDAD", "INVERSION APROXIMADA POR ACTIVIDAD", "INVERSION POR ACTIVIDAD"],
  indicador: ["INDICADOR"],
  anual: ["PROGRAMACION ANUAL", "META ANUAL"],
  mensual: ["PROGRAMACION MENSUAL", "CALENDARIO"],
  control: ["VERIFICACION", "CONTROL", "REVISION"],
};

export const TABLE_CAPTIONS: Record<TableColumn, string> = {
  actividad: "ACTIVIDAD",
  area: "ÁREA RESPONSABLE",
  unidad: "UNIDAD DE MEDIDA",
  inversion: "INVERSIÓN APROX. POR ACTIVIDAD",
  indicador: "INDICADOR",
  anual: "PROGRAMACIÓN ANUAL",
  mensual: "PROGRAMACIÓN MENSUAL",
  control: "VERIFICACIÓN",
};

export const QUARTER_CAPTIONS = ["1ER. TRIM", "2O. TRIM", "3ER. TRIM", "4O. TRIM"] as const;

export const MONTH_CAPTIONS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"] as const;
export const MONTH_NAMES = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"];

export type LabelHit =
  | { kind: "header"; field: HeaderField; inline: string }
  | { kind: "column"; column: TableColumn }
  | { kind: "month"; month: number }
  | { kind: "title"; year: number | null }
  | { kind: "summary-action" }
  | { kind: "summary-amount" }
  | { kind: "total" }
  | { kind: "signature" };

const EXACT = new Map<string, LabelHit>();
for (const field of Object.keys(HEADER_LABELS) as HeaderField[]) {
  for (const label of HEADER_LABELS[field]) EXACT.set(label, { kind: "header", field, inline: "" });
}
for (const column of Object.keys(TABLE_LABELS) as TableColumn[]) {
  for (const label of TABLE_LABELS[column]) EXACT.set(label, { kind: "column", column });
}
MONTH_CAPTIONS.forEach((m, i) => EXACT.set(m, { kind: "month", month: i }));
MONTH_NAMES.forEach((m, i) => EXACT.set(m, { kind: "month", month: i }));
EXACT.set("SEPT", { kind: "month", month: 8 });
EXACT.set("ACCION", { kind: "summary-action" });
EXACT.set("ACCIONES", { kind: "summary-action" });
EXACT.set("TOTAL", { kind: "total" });
EXACT.set("TOTAL GENERAL", { kind: "total" });
// The signature block closes a POA: "ELABORÓ / REVISÓ / AUTORIZÓ".
for (const word of ["ELABORO", "REVISO", "AUTORIZO", "VO BO", "NOMBRE Y FIRMA"]) EXACT.set(word, { kind: "signature" });

const TITLE = /^PROGRAMA OPERATIVO ANUAL(?: (?:DE |DEL |EJERCICIO )*(\d{4}))?/;
const PARTIDA_INLINE = /^PARTIDAS? PRESUPUESTAL(?:ES)?\b/;
const SUMMARY_AMOUNT = new Set(["INVERSION", "MONTO", "INVERSION APROXIMADA", "IMPORTE"]);

/** Labels are short; long cells are only checked for a title, an inline partida or "CAPTION: value". */
const MAX_LABEL_LENGTH = 60;

/** A long cell can only be a title or an inline partida (both start with a P), or carry a colon early. */
const MAY_START_WITH_P = /^[\s#*"'¿]*(?:<[^>]*>[\s#*]*)*p/i;

/** "NÚMERO DE ACCIÓN 3", "INVERSIÓN APROXIMADA $487,160.00": a figure typed after its caption. */
const CAPTION_THEN_FIGURE = /^(.*?[A-Za-zÀ-ÿ.)])\s*[.:]?\s+(\$?\s*-|[-$\\(]?\s*\d[\d,.\s]*\)?)$/;
const FIGURE_FIELDS = new Set<HeaderField>(["numero", "inversion"]);

// Labels, units and area names repeat on every page: classify each distinct text once.
const cache = new Map<string, LabelHit | null>();
const CACHE_LIMIT = 20_000;

/** What label, if any, a text cell holds. */
export function classifyText(text: string): LabelHit | null {
  if (text.length === 0) return null;
  if (text.length > MAX_LABEL_LENGTH && !MAY_START_WITH_P.test(text) && !hasEarlyColon(text)) return null;
  let hit = cache.get(text);
  if (hit === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = classifyUncached(text);
    cache.set(text, hit);
  }
  return hit;
}

function hasEarlyColon(text: string): boolean {
  const colon = text.indexOf(":");
  return colon > 0 && colon <= MAX_LABEL_LENGTH;
}

function classifyUncached(text: string): LabelHit | null {
  const head = captionKey(text.length > MAX_LABEL_LENGTH ? text.slice(0, MAX_LABEL_LENGTH) : text);
  if (head.length === 0) return null;
  const first = head.charCodeAt(0);
  if (first === 80 /* P */) {
    const title = TITLE.exec(head);
    if (title) return { kind: "title", year: title[1] ? Number(title[1]) : null };
    if (PARTIDA_INLINE.test(head)) {
      const inline = stripPartidaLabel(text);
      return { kind: "header", field: "partida", inline };
    }
  }
  const inline = inlineValue(text);
  if (inline && (inline.kind !== "header" || inline.inline !== "")) return inline;
  return text.length <= MAX_LABEL_LENGTH ? (EXACT.get(head) ?? null) : null;
}

/**
 * Caption and value in one cell, as some offices type them: "NÚMERO DE ACCIÓN: 3",
 * "Secretaría: Secretaría Particular", "NÚMERO DE ACCIÓN 3". Without a colon only a figure may
 * follow, and only for fields that hold one, so a sentence that starts with a caption's word
 * is never taken for a label.
 */
function inlineValue(text: string): LabelHit | null {
  const clean = text.replace(/<[^>]*>/g, " ");
  const colon = clean.indexOf(":");
  if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
    const hit = EXACT.get(captionKey(clean.slice(0, colon)));
    if (hit?.kind === "header") return { kind: "header", field: hit.field, inline: clean.slice(colon + 1).trim() };
    return null;
  }
  const figure = CAPTION_THEN_FIGURE.exec(clean.trim());
  if (!figure) return null;
  const hit = EXACT.get(captionKey(figure[1]!));
  if (hit?.kind === "header" && FIGURE_FIELDS.has(hit.field)) return { kind: "header", field: hit.field, inline: figure[2]!.trim() };
  return null;
}

export function isSummaryAmountLabel(text: string): boolean {
  return SUMMARY_AMOUNT.has(captionKey(text));
}

/** "<b>PARTIDA PRESUPUESTAL</b> 2111, 2441" → "2111, 2441". */
function stripPartidaLabel(text: string): string {
  const noTags = text.replace(/<[^>]*>/g, " ");
  const match = /partidas?\s+presupuestal(?:es)?\s*(?:\(\s*\d+\s*\))?\s*[.:]?/i.exec(noTags.normalize("NFC"));
  if (!match) return "";
  return noTags.slice(match.index + match[0].length).trim();
}
