import type { Area } from "../grid";
import type { PlanCatalog, PlanLine } from "../plan/catalog";
import { area, type SheetCell, type SheetSpec } from "../sheets/spec";
import type { TemplateLayout } from "./municipal";

/** How deep a code sits: «3» 0, «3.2» 1, «3.2.1» 2; «ER1-2.1» 2, «ER1-2.1.1» 3. */
const depth = (code: string) => code.split(/[.-]/).length - 1;

interface Offered {
  /** The cells that get the drop-down. */
  at: Area;
  lines: readonly PlanLine[];
  caption: string;
  title: string;
  message: string;
}

/**
 * The plan's líneas and estrategias offered as drop-downs in a new template: each list written
 * in a column right of the form, hidden and off paper (Excel takes no more than 255 characters
 * in a list spelled inline), and the value cells validated against it.
 */
export function withPlanLists(built: { spec: SheetSpec; layout: TemplateLayout | null }, plan: PlanCatalog | null): SheetSpec {
  const { spec, layout } = built;
  if (!plan || plan.lines.length === 0 || !layout) return spec;
  const depths = [...new Set(plan.lines.map((l) => depth(l.code)))].sort((a, b) => a - b);
  const deepest = plan.lines.filter((l) => depth(l.code) === depths.at(-1));
  const above = depths.length > 1 ? plan.lines.filter((l) => depth(l.code) === depths.at(-2)) : [];
  const offered: Offered[] = [];
  const estrategia = "Elija la estrategia del plan de desarrollo, o escriba su clave y su texto como vienen en el plan.";
  if (layout.fields.linea && above.length > 0) {
    offered.push({ at: area(layout.fields.linea.row, layout.fields.linea.col), lines: above, caption: "LÍNEAS DEL PLAN", title: "Línea estratégica", message: "Elija la línea estratégica del plan de desarrollo, o escriba su clave y su texto como vienen en el plan." });
  }
  if (layout.fields.estrategia) offered.push({ at: area(layout.fields.estrategia.row, layout.fields.estrategia.col), lines: deepest, caption: "ESTRATEGIAS DEL PLAN", title: "Estrategia", message: estrategia });
  const clave = spec.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Estrategia Vinculante"));
  if (clave) {
    const last = layout.firstActivityRow + layout.activityRows - 1;
    offered.push({ at: area(layout.firstActivityRow, clave.col, last, clave.col), lines: deepest, caption: "ESTRATEGIAS DEL PLAN", title: "Estrategia Vinculante", message: estrategia });
  }
  if (offered.length === 0) return spec;
  // One gap column after the form, then a column per list.
  const firstList = spec.columnWidths.length + 1;
  const cells: SheetCell[] = [...spec.cells];
  const validations = [...spec.validations];
  offered.forEach((o, i) => {
    const col = firstList + i;
    cells.push({ row: 0, col, value: `${o.caption} (${plan.source})`, style: "note" });
    o.lines.forEach((line, k) => cells.push({ row: 1 + k, col, value: `${line.code} ${line.text}`, style: "note" }));
    validations.push({ area: o.at, kind: "range-list", source: area(1, col, o.lines.length, col), title: o.title, message: o.message });
  });
  const columnWidths = [...spec.columnWidths, 2, ...offered.map(() => 60)];
  return { ...spec, cells, validations, columnWidths, hiddenColumns: [...(spec.hiddenColumns ?? []), spec.columnWidths.length, ...offered.map((_, i) => firstList + i)] };
}
