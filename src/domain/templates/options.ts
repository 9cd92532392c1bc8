import { z } from "zod";
import type { Locale } from "../i18n/format";

export const TEMPLATE_FAMILIES = ["municipal-2021", "municipal-2022", "institucional", "mir"] as const;
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

const MESSAGES = {
  es: {
    family: "La familia debe ser municipal-2021, municipal-2022, institucional o mir.",
    year: "El año debe ser un número.",
    yearWhole: "El año debe ser un número entero.",
    yearRange: "El año debe estar entre 2000 y 2100.",
    secretaria: "El nombre de la secretaría es demasiado largo (máximo 200).",
    activities: "El número de actividades debe ser un número.",
    activitiesWhole: "El número de actividades debe ser entero.",
    activitiesMin: "Debe haber al menos 1 actividad.",
    activitiesMax: "Como máximo 200 actividades por plantilla.",
  },
  en: {
    family: "The family must be municipal-2021, municipal-2022, institucional or mir.",
    year: "The year must be a number.",
    yearWhole: "The year must be a whole number.",
    yearRange: "The year must be between 2000 and 2100.",
    secretaria: "The secretariat's name is too long (200 at most).",
    activities: "The number of activities must be a number.",
    activitiesWhole: "The number of activities must be whole.",
    activitiesMin: "There must be at least 1 activity.",
    activitiesMax: "At most 200 activities per template.",
  },
};

/** What the user picks for a new POA sheet, from the pane or the command line, checked in their language. */
export function templateOptionsSchema(locale: Locale) {
  const m = MESSAGES[locale];
  return z.object({
    family: z.enum(TEMPLATE_FAMILIES, { error: m.family }),
    year: z.number({ error: m.year }).int({ error: m.yearWhole }).min(2000, { error: m.yearRange }).max(2100, { error: m.yearRange }),
    secretaria: z.string().trim().max(200, { error: m.secretaria }).default(""),
    activities: z.number({ error: m.activities }).int({ error: m.activitiesWhole }).min(1, { error: m.activitiesMin }).max(200, { error: m.activitiesMax }).default(10),
  });
}

export const TemplateOptionsSchema = templateOptionsSchema("es");
export type TemplateOptions = z.infer<typeof TemplateOptionsSchema>;
export type TemplateInput = z.input<typeof TemplateOptionsSchema>;
