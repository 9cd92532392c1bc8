import type { GridView } from "../grid";
import { classifyText, HEADER_CAPTIONS, type HeaderField } from "../labels";
import type { Action, LayoutNote } from "../model";
import { readCaption } from "./captions";

/**
 * Which POA family a block or a sheet looks like, and what it lacks. A block that carries fewer
 * than half of its closest family's captions is not read as an action: it gets one `layout`
 * note naming that family and the missing captions, instead of one error per missing field.
 */
type Family = "municipal-2021" | "municipal-2022" | "institucional";

const FAMILY_NAMES: Record<Family, string> = {
  "municipal-2021": "municipal 2021 (EJE, OBJETIVO ESPECÍFICO)",
  "municipal-2022": "municipal 2022 (PRINCIPIO RECTOR, LÍNEA ESTRATÉGICA)",
  institucional: "estatal institucional trimestral",
};

const MUNICIPAL_FIELDS: Record<"municipal-2021" | "municipal-2022", HeaderField[]> = {
  "municipal-2021": ["secretaria", "nombre", "beneficiarios", "eje", "numero", "meta", "objetivo", "inversion", "estrategia", "proposito", "partida"],
  "municipal-2022": ["secretaria", "nombre", "beneficiarios", "eje", "numero", "meta", "linea", "inversion", "estrategia", "proposito", "partida"],
};
const ACTIVITY_TABLE = "tabla ACTIVIDAD | … | PROGRAMACIÓN ANUAL";

/** Captions of the state form, by the key they read as, and how a message names them. */
const STATE_CAPTIONS: Array<[RegExp, string]> = [
  [/^INSTITUCION$/, "INSTITUCIÓN"],
  [/^PROGRAMA PRESUPUESTAL$/, "PROGRAMA PRESUPUESTAL"],
  [/^UR (?:PRINCIPAL|DERIVADA)$/, "UR PRINCIPAL"],
  [/^EJE RECTOR$/, "EJE RECTOR"],
  [/^FINALIDAD$/, "Finalidad"],
  [/^FUNCION$/, "Función"],
  [/^SUBFUNCION$/, "Subfunción"],
  [/^MODALIDAD$/, "Modalidad"],
  [/^META ANUAL/, "META ANUAL"],
  [/CALENDARIO$/, "CALENDARIO"],
];

/** Half of a family's captions make a block that family's; fewer, and it is only "like" it. */
const RECOGNIZED = 0.5;
/** A sheet with no POA block still looks like a POA with a title or this many captions. */
const LOOKS_LIKE_POA = 3;

interface Match {
  family: Family;
  found: number;
  missing: string[];
}

function ratio(match: Match): number {
  return match.found / (match.found + match.missing.length);
}

function best(matches: Match[]): Match {
  return matches.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
}

/** How well a municipal block matches each municipal family, by the labels it carries. */
function municipalMatch(found: ReadonlySet<HeaderField>, hasTable: boolean): Match {
  return best(
    (["municipal-2021", "municipal-2022"] as const).map((family) => {
      const expected = MUNICIPAL_FIELDS[family];
      const missing = expected.filter((f) => !found.has(f)).map((f) => HEADER_CAPTIONS[f]);
      if (!hasTable) missing.push(ACTIVITY_TABLE);
      return { family, found: expected.length + 1 - missing.length, missing };
    }),
  );
}

function noteFor(match: Match, cell: string): LayoutNote {
  return { kind: "unrecognized", cell, data: { family: FAMILY_NAMES[match.family], missing: match.missing.join(", ") } };
}

/** Null when the action is its family's; otherwise the note that replaces it. */
export function unrecognizedAction(action: Action): LayoutNote | null {
  const found = new Set<HeaderField>();
  for (const [field, value] of Object.entries(action.fields)) if (value?.labelCell) found.add(field as HeaderField);
  const match = municipalMatch(found, action.tableHeader !== null);
  return ratio(match) >= RECOGNIZED ? null : noteFor(match, action.anchor);
}

/**
 * A sheet where no POA block was read: one note when it still looks like a POA (a title, or a
 * few captions of a family), naming the closest family; nothing for an inventory or a chart.
 */
export function unrecognizedSheet(view: GridView): LayoutNote | null {
  const municipal = new Set<HeaderField>();
  const state = new Set<string>();
  let title = false;
  let table = false;
  let first: string | null = null;
  const last = Math.min(view.lastRow, view.firstRow + 2000);
  for (let row = view.firstRow; row <= last; row++) {
    const cells = view.rowCells(row);
    if (!cells) continue;
    for (let i = 0; i < cells.length; i++) {
      const value = cells[i];
      if (typeof value !== "string" || value.trim() === "") continue;
      const hit = classifyText(value);
      if (hit?.kind === "title") title = true;
      else if (hit?.kind === "header") municipal.add(hit.field);
      else if (hit?.kind === "column" && hit.column === "actividad") table = true;
      const key = readCaption(value).key;
      const stateCaption = STATE_CAPTIONS.find(([pattern]) => pattern.test(key));
      if (stateCaption) state.add(stateCaption[1]);
      if (stateCaption || hit?.kind === "title" || hit?.kind === "header" || hit?.kind === "column") first ??= view.address(row, view.firstCol + i);
    }
  }
  if (first === null || (!title && municipal.size < LOOKS_LIKE_POA && state.size < LOOKS_LIKE_POA)) return null;
  const stateMatch: Match = {
    family: "institucional",
    found: state.size,
    missing: [...new Set(STATE_CAPTIONS.map(([, name]) => name))].filter((name) => !state.has(name)),
  };
  return noteFor(best([municipalMatch(municipal, table), stateMatch]), first);
}
