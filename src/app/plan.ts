import type { Grid } from "../domain/grid";
import { type PlanCatalog, readPlan } from "../domain/plan/catalog";
import { UserError } from "../workbook/errors";

/**
 * «Cargar plan» and `--plan`: the development plan read from any workbook. One with no code at
 * all is refused in the words of someone who keeps the plan in Excel.
 */
export function planFrom(grids: readonly Grid[], name: string): PlanCatalog {
  const plan = readPlan(grids, name);
  if (plan.lines.length === 0) {
    throw new UserError({
      es: `«${name}» no tiene claves del plan que leer: escriba cada línea con su clave y su texto («3.2.1 Promover…», o la clave en una columna y el texto en la siguiente).`,
      en: `“${name}” has no plan codes to read: write each line with its code and its text («3.2.1 Promover…», or the code in one column and the text in the next).`,
    });
  }
  return plan;
}
