import { z } from "zod";
import { FigureSchema } from "./figures";
import { CellSchema } from "./grid";

/** A cell's raw value and where it is. Every value the reader hands on remembers its cell. */
export const LocatedSchema = z.object({
  cell: z.string(),
  row: z.number().int(),
  col: z.number().int(),
  raw: CellSchema,
});
export type Located = z.infer<typeof LocatedSchema>;

export const LocatedFigureSchema = LocatedSchema.extend({ figure: FigureSchema });
export type LocatedFigure = z.infer<typeof LocatedFigureSchema>;

export const LocatedTextSchema = LocatedSchema.extend({ text: z.string() });
export type LocatedText = z.infer<typeof LocatedTextSchema>;
