import { z } from "zod";
import { FigureSchema } from "./figures";
import { HEADER_FIELDS } from "./labels";
import { LocatedFigureSchema, LocatedTextSchema } from "./located";
import { IndicatorSheetSchema } from "./mir/indicatorReader";
import { MirSchema } from "./mir/model";

export { type Located, type LocatedFigure, LocatedFigureSchema, LocatedSchema, type LocatedText, LocatedTextSchema } from "./located";

export const ActivitySchema = z.object({
  row: z.number().int(),
  actividad: LocatedTextSchema,
  area: LocatedTextSchema.nullable(),
  unidad: LocatedTextSchema.nullable(),
  indicador: LocatedTextSchema.nullable(),
  inversion: LocatedFigureSchema.nullable(),
  /** State form: the plan line the activity serves, «Estrategia Vinculante (clave)» («ER1-2.1.1»). */
  estrategia: LocatedTextSchema.nullable().optional(),
  anual: LocatedFigureSchema.nullable(),
  /** Monthly (12) or quarterly (4) program, in calendar order. */
  periods: z.array(LocatedFigureSchema),
  /** A merged area that swallows a figure cell, e.g. E28:F28 over PROGRAMACIÓN ANUAL. */
  coveredFigureCells: z.array(z.string()),
  /** Values sit under the wrong headings; per-cell checks are left to the layout finding. */
  shifted: z.boolean(),
  /** Quarterly follow-up (state institutional layout): realized per quarter, total and progress. */
  followUp: z
    .object({
      ur: LocatedTextSchema.nullable(),
      number: LocatedTextSchema.nullable(),
      realized: z.array(LocatedFigureSchema),
      total: LocatedFigureSchema.nullable(),
      progress: LocatedFigureSchema.nullable(),
    })
    .nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const HeaderFieldSchema = z.enum(HEADER_FIELDS);

/** One header field: its label's cell (null when the label is missing) and its value. */
export const FieldSchema = z.object({
  labelCell: z.string().nullable(),
  /** The cell where the value is, or where it should be typed when empty. */
  value: LocatedTextSchema,
  figure: FigureSchema,
});
export type Field = z.infer<typeof FieldSchema>;

export const LayoutNoteSchema = z.object({
  kind: z.enum([
    "inferred-label",
    "orphan-rows",
    "no-month-header",
    "shifted-row",
    "extra-figures",
    "unit-figures-shifted",
    "merged-figure",
    "no-table",
    "no-poa",
    "unrecognized",
    "unfilled-template",
    "followup-unmatched",
    "followup-missing",
  ]),
  cell: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LayoutNote = z.infer<typeof LayoutNoteSchema>;

export const InstitutionalHeaderSchema = z.object({
  institucion: LocatedTextSchema.nullable(),
  programa: LocatedTextSchema.nullable(),
  units: z.array(
    z.object({
      label: LocatedTextSchema,
      code: LocatedTextSchema,
      name: LocatedTextSchema,
      assigned: LocatedFigureSchema,
      spent: z.array(LocatedFigureSchema),
    }),
  ),
  ped: z.array(z.object({ label: LocatedTextSchema, value: LocatedTextSchema })),
  classification: z.array(z.object({ label: LocatedTextSchema, code: LocatedTextSchema, name: LocatedTextSchema })),
});
export type InstitutionalHeader = z.infer<typeof InstitutionalHeaderSchema>;

export const ActionSchema = z.object({
  sheet: z.string(),
  /** First cell of the block (its title, or its first label). */
  anchor: z.string(),
  title: z.object({ cell: z.string(), year: z.number().int().nullable() }).nullable(),
  family: z.enum(["municipal-2021", "municipal-2022", "institucional", "unknown"]),
  /** The page header of the state institutional layout; null for municipal actions. */
  institutional: InstitutionalHeaderSchema.nullable(),
  fields: z.partialRecord(HeaderFieldSchema, FieldSchema),
  tableHeader: z.string().nullable(),
  periodKind: z.enum(["monthly", "quarterly"]),
  activities: z.array(ActivitySchema),
  notes: z.array(LayoutNoteSchema),
});
export type Action = z.infer<typeof ActionSchema>;

export const SummaryRowSchema = z.object({
  row: z.number().int(),
  number: LocatedFigureSchema.nullable(),
  name: LocatedTextSchema.nullable(),
  amount: LocatedFigureSchema,
});
export type SummaryRow = z.infer<typeof SummaryRowSchema>;

export const SummaryTableSchema = z.object({
  sheet: z.string(),
  header: z.string(),
  rows: z.array(SummaryRowSchema),
  total: LocatedFigureSchema.nullable(),
});
export type SummaryTable = z.infer<typeof SummaryTableSchema>;

/** One activity of a follow-up sheet: its PROGRAMADO row and the REALIZADO row under it. */
export const FollowUpRowSchema = z.object({
  row: z.number().int(),
  /** The action's number as typed in ACCIÓN. */
  action: LocatedTextSchema,
  activity: LocatedTextSchema,
  unidad: LocatedTextSchema.nullable(),
  anual: LocatedFigureSchema.nullable(),
  /** Month by month, January first; empty when the sheet has no PROGRAMADO row for it. */
  programmed: z.array(LocatedFigureSchema),
  realized: z.array(LocatedFigureSchema),
  /** Where the justification is (or is to be typed); null when the sheet has no such column. */
  justification: LocatedTextSchema.nullable(),
});
export type FollowUpRow = z.infer<typeof FollowUpRowSchema>;

/** A «Seguimiento» sheet: what was done month by month against each activity's program. */
export const FollowUpSheetSchema = z.object({
  header: z.string(),
  year: z.number().int().nullable(),
  /** The cut-off month (1–12) and its cell; null when the sheet has none or it is unreadable. */
  cutoff: z.object({ cell: z.string(), month: z.number().int().min(1).max(12).nullable() }).nullable(),
  rows: z.array(FollowUpRowSchema),
});
export type FollowUpSheet = z.infer<typeof FollowUpSheetSchema>;

/** One row of a budget calendar: what it is (code, words), its annual figure and its 12 months. */
export const CalendarRowSchema = z.object({
  row: z.number().int(),
  label: LocatedTextSchema.nullable(),
  /** A CONAC-style code typed in the row («2111», «111.1.1»), when it has one. */
  code: z.string().nullable(),
  /** A TOTAL row (not a SUBTOTAL): the sum of the table above it. */
  total: z.boolean(),
  /** A SUBTOTAL row: part of a TOTAL, never summed into it twice. */
  subtotal: z.boolean(),
  annual: LocatedFigureSchema,
  /** The 12 months, or the 4 quarters, in calendar order; or a works annex's funding sources. */
  periods: z.array(LocatedFigureSchema),
});
export type CalendarRow = z.infer<typeof CalendarRowSchema>;

/**
 * A table outside any POA block whose columns add up across: a budget calendar (an annual column
 * and the 12 months, or 4 quarters), or a works annex (a TOTAL column and the funding sources it
 * splits into, FEDERAL, ESTATAL, MUNICIPAL, FISM…). For an annex, `annual` is the TOTAL column and
 * `periods` the sources, named in `sources` as their captions say.
 */
export const CalendarTableSchema = z.object({
  header: z.string(),
  periodKind: z.enum(["monthly", "quarterly", "sources"]),
  /** The caption of the column the others add up to: «ANUAL», «TOTAL», «INVERSIÓN TOTAL». */
  totalCaption: z.string(),
  /** The funding sources' captions, for a works annex. */
  sources: z.array(z.string()).optional(),
  rows: z.array(CalendarRowSchema),
});
export type CalendarTable = z.infer<typeof CalendarTableSchema>;

export const SheetModelSchema = z.object({
  name: z.string(),
  actions: z.array(ActionSchema),
  summaries: z.array(SummaryTableSchema),
  notes: z.array(LayoutNoteSchema),
  /** Set when the sheet is a follow-up sheet rather than a POA. */
  followUp: FollowUpSheetSchema.optional(),
  /** Set when the sheet is our indicator follow-up («Seguimiento de indicadores»). */
  indicators: IndicatorSheetSchema.optional(),
  /** Matrices de Indicadores para Resultados on the sheet (a MIR sheet holds no POA block). */
  mirs: z.array(MirSchema).optional(),
  /** Budget calendars and works annexes on a sheet with no POA block. */
  calendars: z.array(CalendarTableSchema).optional(),
});
export type SheetModel = z.infer<typeof SheetModelSchema>;

export const WorkbookModelSchema = z.object({
  sheets: z.array(SheetModelSchema),
});
export type WorkbookModel = z.infer<typeof WorkbookModelSchema>;
