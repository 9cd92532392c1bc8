import { z } from "zod";
import { type Grid, GridView } from "../grid";
import { cellText } from "../reader/cells";
import { normalizeLabel } from "../text";
import { planCode, planWords } from "./codes";

export const PlanLineSchema = z.object({
  code: z.string(),
  text: z.string(),
  /** Where the plan says it, to point at when two lines of the plan disagree. */
  sheet: z.string(),
  cell: z.string(),
});
export type PlanLine = z.infer<typeof PlanLineSchema>;

/** The Plan Municipal (or Estatal) de Desarrollo as a list of codes and texts, in the plan's order. */
export const PlanCatalogSchema = z.object({
  /** The file it came from, as the user named it. */
  source: z.string(),
  lines: z.array(PlanLineSchema),
});
export type PlanCatalog = z.infer<typeof PlanCatalogSchema>;

/** A cell holding a code alone: «3.2.1», «ER1-2.1», «E2». */
const CODE_ONLY = /^\s*(?:[A-Z]{1,3}\d+(?:-\d+(?:\.\d+)*)?|\d+(?:\.\d+)+)\s*$/;
/** A catalog's caption cells, never lines of the plan. */
const CAPTIONS = new Set(["CLAVE", "CODIGO", "NUMERO", "NO", "NUM", "DESCRIPCION", "NOMBRE", "TEXTO", "EJE", "LINEA", "LINEA ESTRATEGICA", "ESTRATEGIA", "LINEA DE ACCION", "PRINCIPIO RECTOR"]);

/** Captions of a catalog's code column and of its text column. */
const CODE_CAPTION = /^(?:CLAVE|CODIGO|NUMERO|NO|NUM)\b/;
const TEXT_CAPTION = /^(?:DESCRIPCION|NOMBRE|TEXTO|DENOMINACION|LINEA|ESTRATEGIA|OBJETIVO)\b/;

/**
 * A plan read from any sheet of a workbook, by what its cells say: a code and its text in one
 * cell («3.2.1 Promover…»), or a code alone with its text beside it: under the caption
 * DESCRIPCIÓN (or NOMBRE, TEXTO…) when the sheet has one, otherwise the longest text to its
 * right (a NIVEL column says «Línea», not the line). A code given twice keeps its first text.
 * Nothing here is a POA: a sheet without codes adds nothing.
 */
export function readPlan(grids: readonly Grid[], source: string): PlanCatalog {
  const lines: PlanLine[] = [];
  const seen = new Set<string>();
  const add = (code: string, text: string, sheet: string, cell: string) => {
    if (seen.has(code) || text === "" || CAPTIONS.has(normalizeLabel(text))) return;
    seen.add(code);
    lines.push({ code, text, sheet, cell });
  };
  for (const grid of grids) {
    const view = new GridView(grid);
    let textCol: number | null = null;
    for (let row = view.firstRow; row <= view.lastRow; row++) {
      const cells = [...view.filledCells(row)].map(({ col, value }) => ({ col, text: cellText(value).trim() })).filter((c) => c.text !== "");
      const keys = cells.map((c) => normalizeLabel(c.text));
      if (keys.some((k) => CODE_CAPTION.test(k)) && keys.some((k) => TEXT_CAPTION.test(k))) {
        textCol = cells[keys.findIndex((k) => TEXT_CAPTION.test(k) && !CODE_CAPTION.test(k))]?.col ?? null;
        continue;
      }
      cells.forEach(({ col, text }, i) => {
        if (CODE_ONLY.test(text)) {
          const after = cells.slice(i + 1).filter((c) => !CODE_ONLY.test(c.text) && planCode(c.text) === null);
          const described = after.find((c) => c.col === textCol) ?? after.reduce<(typeof after)[number] | undefined>((long, c) => (!long || c.text.length > long.text.length ? c : long), undefined);
          if (described) add(text, described.text, grid.sheet, view.address(row, col));
          return;
        }
        const code = planCode(text);
        if (code) add(code, planWords(text, code), grid.sheet, view.address(row, col));
      });
    }
  }
  return { source, lines };
}

/** The plan's line for a code, or null. */
export function planLine(plan: PlanCatalog, code: string): PlanLine | null {
  return plan.lines.find((l) => l.code === code) ?? null;
}
