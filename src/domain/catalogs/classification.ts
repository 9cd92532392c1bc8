import { z } from "zod";
import funcionalCsv from "./conac-funcional.csv";
import programaticaCsv from "./conac-programatica.csv";
import { csvRecords } from "./csv";

/**
 * CONAC's Clasificación Funcional del Gasto (finalidad 1, función 1.7, subfunción 1.7.1) and the
 * modalities of the Clasificación Programática (E Prestación de Servicios Públicos, …).
 */
const FunctionalRecord = z.object({
  code: z.string().regex(/^\d(\.\d){0,2}$/),
  name: z.string().min(1),
  level: z.enum(["finalidad", "funcion", "subfuncion"]),
});
const ProgrammaticRecord = z.object({ code: z.string().regex(/^[A-Z]$/), name: z.string().min(1), group: z.string().min(1) });

let catalogs: { functional: Map<string, string>; modalities: Map<string, string> } | null = null;

/** Read on first use, not when the module loads: most commands never name a classification. */
function read(): NonNullable<typeof catalogs> {
  catalogs ??= {
    functional: new Map(csvRecords(funcionalCsv).map((r) => FunctionalRecord.parse(r)).map((r) => [r.code, r.name])),
    modalities: new Map(csvRecords(programaticaCsv).map((r) => ProgrammaticRecord.parse(r)).map((r) => [r.code, r.name])),
  };
  return catalogs;
}

/** "1.7" → "Asuntos de Orden Público y de Seguridad Interior"; also reads "17" and "1.7." as "1.7". */
export function functionalName(code: string): string | null {
  return read().functional.get(normalizeFunctionalCode(code)) ?? null;
}

export function normalizeFunctionalCode(code: string): string {
  const trimmed = code.trim().replace(/\.$/, "");
  return /^\d{1,3}$/.test(trimmed) ? trimmed.split("").join(".") : trimmed;
}

/** "E" or "E015" (a budget program's key starts with its modality) → the modality's name. */
export function modalityName(code: string): string | null {
  const letter = /^\s*([A-Z])/i.exec(code)?.[1]?.toUpperCase();
  return letter ? (read().modalities.get(letter) ?? null) : null;
}
