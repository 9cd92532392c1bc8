import { z } from "zod";

export const TEMPLATE_FAMILIES = ["municipal-2021", "municipal-2022", "institucional"] as const;
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

/** What the user picks for a new POA sheet, from the pane or the command line. */
export const TemplateOptionsSchema = z.object({
  family: z.enum(TEMPLATE_FAMILIES, { error: "La familia debe ser municipal-2021, municipal-2022 o institucional." }),
  year: z
    .number({ error: "El año debe ser un número." })
    .int({ error: "El año debe ser un número entero." })
    .min(2000, { error: "El año debe estar entre 2000 y 2100." })
    .max(2100, { error: "El año debe estar entre 2000 y 2100." }),
  secretaria: z.string().trim().max(200, { error: "El nombre de la secretaría es demasiado largo (máximo 200)." }).default(""),
  activities: z
    .number({ error: "El número de actividades debe ser un número." })
    .int({ error: "El número de actividades debe ser entero." })
    .min(1, { error: "Debe haber al menos 1 actividad." })
    .max(200, { error: "Como máximo 200 actividades por plantilla." })
    .default(10),
});
export type TemplateOptions = z.infer<typeof TemplateOptionsSchema>;
export type TemplateInput = z.input<typeof TemplateOptionsSchema>;
