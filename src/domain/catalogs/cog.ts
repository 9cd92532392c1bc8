import { z } from "zod";
import cogCsv from "./conac-cog.csv";
import { csvRecords } from "./csv";

/**
 * CONAC's Clasificador por Objeto del Gasto down to the partida genérica (3 digits). The 4th
 * digit, the partida específica, is set by each government and is not in the federal catalog.
 */
const CogRecord = z.object({
  code: z.string().regex(/^[1-9]\d{0,2}$/),
  name: z.string().min(1),
  level: z.enum(["capitulo", "concepto", "partida_generica"]),
});

let catalog: Map<string, string> | null = null;

/** Read on first use, not when the module loads: most commands never look a partida up. */
function entries(): Map<string, string> {
  catalog ??= new Map(csvRecords(cogCsv).map((record) => CogRecord.parse(record)).map((entry) => [entry.code, entry.name]));
  return catalog;
}

export interface CogEntry {
  code: string;
  name: string;
}

export interface PartidaLookup {
  chapter: CogEntry | null;
  concept: CogEntry | null;
  generic: CogEntry | null;
}

function entry(code: string): CogEntry | null {
  const name = entries().get(code);
  return name === undefined ? null : { code, name };
}

/** Looks up "2111" (or "2111-1") level by level: chapter 2, concept 21, partida genérica 211. */
export function lookupPartida(code: string): PartidaLookup {
  const digits = code.slice(0, 4);
  return { chapter: entry(digits.slice(0, 1)), concept: entry(digits.slice(0, 2)), generic: entry(digits.slice(0, 3)) };
}

export function cogSize(): number {
  return entries().size;
}
