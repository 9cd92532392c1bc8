import { mirTemplate } from "./mir";
import type { SheetSpec } from "../sheets/spec";
import { institutionalTemplate } from "./institutional";
import { municipalTemplate, type TemplateLayout } from "./municipal";
import { type TemplateInput, TemplateOptionsSchema } from "./options";

export { TEMPLATE_FAMILIES, type TemplateFamily, type TemplateInput, type TemplateOptions, TemplateOptionsSchema, templateOptionsSchema } from "./options";
export type { TemplateLayout } from "./municipal";

/** A new, empty POA action sheet (or MIR) of the chosen family. Throws a zod error on bad options. */
export function buildTemplate(input: TemplateInput): { spec: SheetSpec; layout: TemplateLayout | null } {
  const options = TemplateOptionsSchema.parse(input);
  if (options.family === "mir") return { spec: mirTemplate(options), layout: null };
  return options.family === "institucional" ? institutionalTemplate(options) : municipalTemplate(options);
}
