import { z } from "zod";
import { LocatedFigureSchema, LocatedTextSchema } from "../located";

export const MIR_LEVELS = ["fin", "proposito", "componente", "actividad"] as const;
export const MirLevelSchema = z.enum(MIR_LEVELS);
export type MirLevel = z.infer<typeof MirLevelSchema>;

/** The columns of a MIR (and the fields of a ficha técnica) a reader may find, by caption. */
export const MIR_FIELDS = ["resumen", "indicador", "metodo", "frecuencia", "tipo", "dimension", "unidad", "lineaBase", "meta", "sentido", "medios", "supuestos", "numerador", "denominador", "lineaBaseNumerador", "lineaBaseDenominador", "poa"] as const;
export type MirField = (typeof MIR_FIELDS)[number];

/** One objective of the matrix: its level and code (F, P, C1, A1.1), and what each column says. */
export const MirRowSchema = z.object({
  row: z.number().int(),
  level: MirLevelSchema,
  /** Where the level is said: «Fin», «Componente 1», «C1», «A1.2». */
  levelCell: LocatedTextSchema,
  /** «C1», «A1.2», «C1A2»: the code the row gives, when it gives one. */
  code: z.string().nullable(),
  /** `poa`: the POA activities the row says it is carried out by, by their codes («6-1», «10.2»). */
  texts: z.partialRecord(z.enum(["resumen", "indicador", "metodo", "frecuencia", "tipo", "dimension", "unidad", "sentido", "medios", "supuestos", "poa"]), LocatedTextSchema),
  /** numerador and denominador are the meta's variables; lineaBaseNumerador and lineaBaseDenominador the línea base's. */
  figures: z.partialRecord(z.enum(["lineaBase", "meta", "numerador", "denominador", "lineaBaseNumerador", "lineaBaseDenominador"]), LocatedFigureSchema),
});
export type MirRow = z.infer<typeof MirRowSchema>;

/** A Matriz de Indicadores para Resultados: one row per objective, Fin down to the Actividades. */
export const MirSchema = z.object({
  sheet: z.string(),
  /** The header row's first caption: where a finding about the whole matrix points. */
  header: z.string(),
  /** Every column found, by field: where to point when a row's cell is empty. */
  columns: z.partialRecord(z.enum(MIR_FIELDS), z.number().int()),
  /** The programa presupuestario the sheet names above the matrix, if it does. */
  programa: z.string().nullable(),
  layout: z.enum(["matrix", "ficha"]),
  rows: z.array(MirRowSchema),
});
export type Mir = z.infer<typeof MirSchema>;
