import { parseA1 } from "../../src/domain/a1";
import type { Area, Cell, Grid } from "../../src/domain/grid";
import { validateGrids } from "../../src/domain/validate";

/**
 * The same POA content written the ways other offices write it (DOMAIN.md, "How other offices
 * write the same thing"). Each rewrite takes the workbook's grids and returns new ones with a
 * map from every old cell to where its content went, so a finding can be followed through.
 * The captions are recognised here by their own list, not by the reader under test.
 */
export interface Rewritten {
  grids: Grid[];
  /** Where the content of a cell of the input now is. */
  move(sheet: string, row: number, col: number): { row: number; col: number };
}

export interface Rewrite {
  name: string;
  apply(grids: Grid[]): Rewritten;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/\(\s*\d+\s*\)/g, " ")
    .replace(/[^A-Z0-9%]+/g, " ")
    .trim();

/** Header captions of an action (municipal) or a page (state), as a reviewer reads them. */
const HEADER_CAPTIONS = new Set(
  [
    "SECRETARIA",
    "NOMBRE DE LA ACCION",
    "BENEFICIARIOS",
    "EJE",
    "PRINCIPIO RECTOR",
    "NUMERO DE ACCION",
    "META",
    "OBJETIVO ESPECIFICO",
    "LINEA ESTRATEGICA",
    "INVERSION APROXIMADA",
    "ESTRATEGIA",
    "PROPOSITO",
    "PARTIDA PRESUPUESTAL",
    "INSTITUCION",
    "PROGRAMA PRESUPUESTAL",
    "UR PRINCIPAL",
    "UR DERIVADA",
    "EJE RECTOR",
    "EJE TRANSVERSAL",
    "EJE GENERAL",
    "FINALIDAD",
    "FUNCION",
    "SUBFUNCION",
    "MODALIDAD",
  ].map(fold),
);

const TABLE_CAPTIONS = new Set(
  [
    "ACTIVIDAD",
    "AREA RESPONSABLE",
    "UNIDAD DE MEDIDA",
    "INVERSION APROX POR ACTIVIDAD",
    "INDICADOR",
    "PROGRAMACION ANUAL",
    "PROGRAMACION MENSUAL",
    "META ANUAL",
    "TOTAL ACUMULADO",
  ].map(fold),
);

/** Fields whose value a form may print in the caption's own cell. */
const INLINE_FIELDS = new Set(
  ["SECRETARIA", "NOMBRE DE LA ACCION", "NUMERO DE ACCION", "INVERSION APROXIMADA", "EJE", "PRINCIPIO RECTOR", "INSTITUCION", "PROGRAMA PRESUPUESTAL", "UR PRINCIPAL", "UR DERIVADA"].map(fold),
);

const MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"];
const MONTH_NAMES = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"];

function isCaption(value: Cell): value is string {
  if (typeof value !== "string") return false;
  const key = fold(value.replace(/:\s*$/, ""));
  return HEADER_CAPTIONS.has(key) || TABLE_CAPTIONS.has(key);
}

function cloneGrid(grid: Grid): Grid {
  return {
    ...grid,
    origin: { ...grid.origin },
    values: grid.values.map((row) => (row ? [...row] : row)),
    numberFormats: grid.numberFormats?.map((row) => (row ? [...row] : row)),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}

const identity = (_sheet: string, row: number, col: number) => ({ row, col });

/** A rewrite that edits rows in place (no cell moves): each row of a copy of every sheet. */
function rowwise(name: string, edit: (row: Cell[], index: number, grid: Grid) => void): Rewrite {
  return {
    name,
    apply(grids) {
      const out = grids.map((grid) => {
        const copy = cloneGrid(grid);
        copy.values.forEach((row, i) => row && edit(row, i, copy));
        return copy;
      });
      return { grids: out, move: identity };
    },
  };
}

/** A rewrite that changes cell texts in place. */
export function cellwise(name: string, edit: (value: Cell, format: string, grid: Grid, row: number, col: number) => Cell): Rewrite {
  return rowwise(name, (row, i, grid) => {
    row.forEach((value, j) => {
      const format = grid.numberFormats?.[i]?.[j] ?? "General";
      row[j] = edit(value, format, grid, grid.origin.row + i, grid.origin.col + j);
    });
  });
}

function captionsOnly(name: string, edit: (caption: string) => string): Rewrite {
  return cellwise(name, (value) => (isCaption(value) ? edit(value) : value));
}

function titleCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const stripAccents = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");

let footnote = 0;

/** `NÚMERO DE ACCIÓN` → `NÚMERO DE ACCIÓN (7):`, as state forms print their captions. */
export const footnotes = captionsOnly("footnote marks and colons", (caption) => {
  if (/\)\s*:?\s*$/.test(caption)) return caption;
  footnote = (footnote % 24) + 1;
  return `${caption.replace(/:\s*$/, "")} (${footnote}):`;
});

let longFootnote = 99;

/** `PROPÓSITO` → `PROPÓSITO (100):`: a long form numbers its captions past 99. */
export const threeDigitFootnotes = captionsOnly("three-digit footnote marks", (caption) => {
  if (/\)\s*:?\s*$/.test(caption)) return caption.replace(/\(\s*(\d{1,2})\s*\)/, (_, n: string) => `(${100 + Number(n)})`);
  longFootnote = longFootnote >= 124 ? 100 : longFootnote + 1;
  return `${caption.replace(/:\s*$/, "")} (${longFootnote}):`;
});

export const colons = captionsOnly("trailing colons", (caption) => (caption.trimEnd().endsWith(":") ? caption : `${caption.trimEnd()}:`));

export const titleCaseNoAccents = captionsOnly("title case, no accents", (caption) => stripAccents(titleCase(caption)));

/** `NÚMERO DE ACCIÓN` → `No. de Acción`; `PROGRAMACIÓN ANUAL` → `META ANUAL`. */
export const abbreviations = captionsOnly("No./Núm. and META ANUAL", (caption) => {
  const key = fold(caption);
  if (key === "NUMERO DE ACCION") return "No. de Acción";
  if (key === "PROGRAMACION ANUAL") return "META ANUAL";
  if (key === "INVERSION APROX POR ACTIVIDAD") return "Inversión aprox. por actividad";
  return caption;
});

/** Month captions spelled out (`Enero`) and quarters in words (`1er. Trimestre`). */
export const monthNames = cellwise("months and quarters spelled out", (value) => {
  if (typeof value !== "string") return value;
  const month = MONTHS.indexOf(fold(value));
  if (month >= 0) return month % 2 === 0 ? MONTH_NAMES[month]! : MONTH_NAMES[month]!.toUpperCase();
  const quarter = /^\s*([1-4])\s*(?:er|o|do|ro|to)?\.?\s*TRIM\.?\s*(\(\d+\))?\s*$/i.exec(value);
  if (quarter) return `${["1er.", "2o.", "3er.", "4o."][Number(quarter[1]) - 1]} Trimestre${quarter[2] ? ` ${quarter[2]}` : ""}`;
  return value;
});

const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Money and thousands typed as text: `$69,740.00`, `$ -`, `4,400`. */
export const figuresAsText = cellwise("money and figures typed as text", (value, format) => {
  if (typeof value !== "number") return value;
  if (format.includes("$")) return value === 0 ? "$ -" : `$${MONEY.format(value)}`;
  if (format.includes("#,##0") && !format.includes("%") && Math.abs(value) >= 1000) return COUNT.format(value);
  return value;
});

let wordsOrder = 0;

/** `1950 H / 2250 M` → `Hombres: 1950, Mujeres: 2250` or `Mujeres 2,250 / Hombres 1,950`. */
export const beneficiariesInWords = cellwise("beneficiaries in words", (value) => {
  if (typeof value !== "string") return value;
  const match = /^\s*([\d,]+)\s*H\s*\/\s*([\d,]+)\s*M\s*$/i.exec(value);
  if (!match) return value;
  const [h, m] = [Number(match[1]!.replace(/,/g, "")), Number(match[2]!.replace(/,/g, ""))];
  return wordsOrder++ % 2 === 0 ? `Hombres: ${h}, Mujeres: ${m}` : `Mujeres ${COUNT.format(m)} / Hombres ${COUNT.format(h)}`;
});

/** The value under a caption moves into the caption's cell: `NÚMERO DE ACCIÓN: 3`. */
export const inlineValues: Rewrite = {
  name: "label and value in one cell",
  apply(grids) {
    const moved = new Map<string, Map<string, { row: number; col: number }>>();
    const out = grids.map((grid) => {
      const copy = cloneGrid(grid);
      const map = new Map<string, { row: number; col: number }>();
      moved.set(grid.sheet, map);
      const at = (row: number, col: number) => copy.values[row - copy.origin.row]?.[col - copy.origin.col];
      copy.values.forEach((row, i) => {
        row?.forEach((value, j) => {
          if (typeof value !== "string" || !INLINE_FIELDS.has(fold(value.replace(/:\s*$/, "")))) return;
          const r = copy.origin.row + i;
          const c = copy.origin.col + j;
          const fillable = (v: Cell | undefined): v is string | number => v !== undefined && v !== null && v !== "" && typeof v !== "object" && !isCaption(v);
          // The value below the caption (municipal blocks) or beside it (the state form's header).
          const below = at(r + 1, c);
          const beside = at(r, c + 1);
          const from = fillable(below) ? { row: r + 1, col: c, value: below } : typeof beside === "string" && fillable(beside) ? { row: r, col: c + 1, value: beside } : null;
          if (!from) return;
          const format = copy.numberFormats?.[from.row - copy.origin.row]?.[from.col - copy.origin.col] ?? "General";
          const shown = typeof from.value === "number" && format.includes("$") ? `$${MONEY.format(from.value)}` : String(from.value);
          row[j] = `${value.replace(/:\s*$/, "")}: ${shown}`;
          copy.values[from.row - copy.origin.row]![from.col - copy.origin.col] = null;
          map.set(`${from.row},${from.col}`, { row: r, col: c });
        });
      });
      return copy;
    });
    return {
      grids: out,
      move: (sheet, row, col) => moved.get(sheet)?.get(`${row},${col}`) ?? { row, col },
    };
  },
};

/** Values that repeat their caption: `Meta: Dar recepción…` under META, `Partida presupuestal: 2111` under PARTIDA. */
export const valuesRepeatCaption: Rewrite = {
  name: "values that repeat their caption",
  apply(grids) {
    const out = grids.map((grid) => {
      const copy = cloneGrid(grid);
      copy.values.forEach((row, i) => {
        row?.forEach((value, j) => {
          if (typeof value !== "string" || !HEADER_CAPTIONS.has(fold(value.replace(/:\s*$/, "")))) return;
          const below = copy.values[i + 1]?.[j];
          if (typeof below !== "string" || below.trim() === "" || isCaption(below)) return;
          // The activity table's header is no value, even cut in two by another rewrite.
          if (copy.values[i + 1]!.some((v) => typeof v === "string" && fold(v) === "ACTIVIDAD")) return;
          copy.values[i + 1]![j] = `${titleCase(stripAccents(value.replace(/\s*\(\d+\)\s*:?\s*$|:\s*$/, "")))}: ${below}`;
        });
      });
      return copy;
    });
    return { grids: out, move: identity };
  },
};

/** The whole sheet lower and to the right, read from an origin other than A1 (Office.js used ranges). */
export const offsetOrigin: Rewrite = {
  name: "sheet moved 3 rows down and 2 columns right",
  apply(grids) {
    const dr = 3;
    const dc = 2;
    const out = grids.map((grid) => ({
      ...cloneGrid(grid),
      origin: { row: grid.origin.row + dr, col: grid.origin.col + dc },
      merges: grid.merges.map((m) => ({ top: m.top + dr, left: m.left + dc, bottom: m.bottom + dr, right: m.right + dc })),
    }));
    return { grids: out, move: (_sheet, row, col) => ({ row: row + dr, col: col + dc }) };
  },
};

/**
 * Table captions split over two header rows (`PROGRAMACIÓN` / `ANUAL`): a row is inserted under
 * every activity-table header and each caption of two or more words is cut in two.
 */
export const splitTableHeaders: Rewrite = {
  name: "table captions split over two rows",
  apply(grids) {
    const inserted = new Map<string, number[]>();
    const out = grids.map((grid) => {
      const rows: number[] = [];
      grid.values.forEach((row, i) => {
        if (!row) return;
        const texts = row.filter((v): v is string => typeof v === "string").map((v) => fold(v));
        if (texts.includes("ACTIVIDAD") && texts.filter((t) => TABLE_CAPTIONS.has(t)).length >= 3) rows.push(grid.origin.row + i);
      });
      inserted.set(grid.sheet, rows);
      if (rows.length === 0) return cloneGrid(grid);
      const shift = (r: number) => r + rows.filter((x) => x < r).length;
      const values: Grid["values"] = [];
      const formats: string[][] = [];
      grid.values.forEach((row, i) => {
        const r = grid.origin.row + i;
        values[shift(r) - grid.origin.row] = row ? [...row] : undefined;
        if (grid.numberFormats?.[i]) formats[shift(r) - grid.origin.row] = [...grid.numberFormats[i]!];
        if (!rows.includes(r) || !row) return;
        const top = values[shift(r) - grid.origin.row]!;
        const bottom: Cell[] = row.map(() => null);
        row.forEach((value, j) => {
          if (typeof value !== "string" || !TABLE_CAPTIONS.has(fold(value))) return;
          const words = value.trim().split(/\s+/);
          if (words.length < 2) return;
          const cut = Math.ceil(words.length / 2);
          top[j] = words.slice(0, cut).join(" ");
          bottom[j] = words.slice(cut).join(" ");
        });
        values[shift(r) + 1 - grid.origin.row] = bottom;
        formats[shift(r) + 1 - grid.origin.row] = row.map(() => "General");
      });
      const merges: Area[] = grid.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) }));
      for (let i = 0; i < values.length; i++) if (!(i in values)) values[i] = undefined;
      return { ...cloneGrid(grid), values, numberFormats: grid.numberFormats ? formats : undefined, merges };
    });
    return {
      grids: out,
      move: (sheet, row, col) => ({ row: row + (inserted.get(sheet) ?? []).filter((x) => x < row).length, col }),
    };
  },
};

/**
 * A summary table laid out as another secretariat does: `ACCION` over the number column, the
 * name beside it, `INVERSION` without accent, amounts as text, and a total row with no caption.
 */
export const summaryOtherLayout = summaryRewrite("summary table in another arrangement", (header, rows, at) => {
  header[at.action - 1] = "ACCION";
  header[at.action] = "NOMBRE";
  header[at.amount] = "INVERSION";
  for (const data of rows) {
    const label = data[at.action];
    if (typeof label === "string" && fold(label).startsWith("TOTAL")) {
      data[at.action] = null;
      break;
    }
    const amount = data[at.amount];
    if (typeof amount === "number") data[at.amount] = amount === 0 ? "$ -" : `$${MONEY.format(amount)}`;
  }
});

/** Summary rows with the number and the name in one cell: `3. Actividades públicas`. */
export const summaryNumberInName = summaryRewrite("summary number and name in one cell", (_header, rows, at) => {
  for (const data of rows) {
    const number = data[at.action - 1];
    const name = data[at.action];
    if (typeof number !== "number" || typeof name !== "string") continue;
    data[at.action] = `${number}. ${name}`;
    data[at.action - 1] = null;
  }
});

/** The same, in the column left of the `ACCIÓN` caption, with nothing under the caption itself. */
export const summaryNumberInNameLeft = summaryRewrite("summary number and name in one cell, left of its caption", (_header, rows, at) => {
  for (const data of rows) {
    const number = data[at.action - 1];
    const name = data[at.action];
    if (typeof number !== "number" || typeof name !== "string") continue;
    data[at.action - 1] = `${number}. ${name}`;
    data[at.action] = null;
  }
});

/**
 * An action's INVERSIÓN APROXIMADA with its caption deleted and the amount under it typed as
 * text («$10,000.00»). Not among REWRITES: a reader must say it inferred the caption (a layout
 * warning), so the warnings are not the same.
 */
export const investmentUncaptionedAsText = rowwise("INVERSIÓN APROXIMADA without its caption, typed as text", (row, i, grid) => {
  row.forEach((value, j) => {
    if (typeof value !== "string" || fold(value) !== "INVERSION APROXIMADA") return;
    row[j] = null;
    const below = grid.values[i + 1];
    const amount = below?.[j];
    if (below && typeof amount === "number") below[j] = `$${MONEY.format(amount)}`;
  });
});

/** A rewrite of every `ACCIÓN | INVERSIÓN` summary table: its header row and the rows under it. */
function summaryRewrite(name: string, edit: (header: Cell[], rows: Cell[][], at: { action: number; amount: number }) => void): Rewrite {
  return rowwise(name, (row, i, grid) => {
    const action = row.findIndex((v) => typeof v === "string" && fold(v) === "ACCION");
    const amount = row.findIndex((v) => typeof v === "string" && fold(v) === "INVERSION");
    if (action < 1 || amount <= action) return;
    const rows: Cell[][] = [];
    for (let k = i + 1; k < grid.values.length && grid.values[k]; k++) rows.push(grid.values[k]!);
    edit(row, rows, { action, amount });
  });
}

export const REWRITES: Rewrite[] = [
  footnotes,
  threeDigitFootnotes,
  colons,
  titleCaseNoAccents,
  abbreviations,
  monthNames,
  figuresAsText,
  beneficiariesInWords,
  inlineValues,
  valuesRepeatCaption,
  offsetOrigin,
  splitTableHeaders,
  summaryOtherLayout,
  summaryNumberInName,
  summaryNumberInNameLeft,
];

/** Several rewrites one after the other, their cell maps composed. */
export function compose(...rewrites: Rewrite[]): Rewrite {
  return {
    name: rewrites.map((r) => r.name).join(" + "),
    apply(grids) {
      let current = grids;
      const moves: Array<Rewritten["move"]> = [];
      for (const rewrite of rewrites) {
        const result = rewrite.apply(current);
        current = result.grids;
        moves.push(result.move);
      }
      return {
        grids: current,
        move: (sheet, row, col) => moves.reduce((at, move) => move(sheet, at.row, at.col), { row, col }),
      };
    },
  };
}

/** A rewrite applied to some sheets only; the others stay as they were. */
export function onSheets(rewrite: Rewrite, which: (grid: Grid) => boolean): Rewrite {
  return {
    name: rewrite.name,
    apply(grids) {
      const chosen = grids.filter(which);
      const result = rewrite.apply(chosen);
      const rewritten = new Map(chosen.map((g, i) => [g.sheet, result.grids[i]!]));
      const names = new Set(chosen.map((g) => g.sheet));
      return {
        grids: grids.map((g) => rewritten.get(g.sheet) ?? g),
        move: (sheet, row, col) => (names.has(sheet) ? result.move(sheet, row, col) : { row, col }),
      };
    },
  };
}

/** The errors and warnings of a workbook, each as where it lands after a rewrite, sorted. */
export function findingKeys(input: Grid[], move: Rewritten["move"]): string[] {
  return validateGrids(input)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => movedKey(f, move))
    .sort();
}

/** Where a finding's cell ends up, as `rule severity sheet row`. */
export function movedKey(finding: { ruleId: string; severity: string; sheet: string; cell: string }, move: Rewritten["move"]): string {
  const at = parseA1(finding.cell) ?? { row: 0, col: 0 };
  return `${finding.ruleId} ${finding.severity} ${finding.sheet} ${move(finding.sheet, at.row, at.col).row + 1}`;
}
