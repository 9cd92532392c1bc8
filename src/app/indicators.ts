import type { TypedIndicator } from "../domain/mir/indicatorSheet";
import { followedKey } from "../domain/mir/indicatorReader";
import { buildIndicatorSheet } from "../domain/mir/indicatorSheet";
import { eachMir, workbookYear } from "../domain/queries";
import { readWorkbook } from "../domain/reader";
import { UserError } from "../workbook/errors";
import type { WorkbookReader } from "../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../workbook/writer";

export const NO_INDICATORS = {
  es: "El libro no tiene ninguna MIR con indicadores (una matriz con RESUMEN NARRATIVO, INDICADOR y SUPUESTOS, o fichas técnicas): no hay indicadores que seguir.",
  en: "The workbook has no MIR with indicators (a matrix with RESUMEN NARRATIVO, INDICADOR and SUPUESTOS, or fichas técnicas): there are no indicators to follow.",
};

/**
 * «Seguimiento de indicadores» and `poa indicadores`: reads the workbook once, keeps what the
 * earlier indicator sheet had typed, and writes the sheet over that one only.
 */
export async function insertIndicatorFollowUp(workbook: WorkbookReader & WorkbookWriter, options: { quarter?: number } = {}): Promise<{ placement: SummaryPlacement; indicators: number; kept: number; quarter: number }> {
  const model = readWorkbook(await workbook.readSheets());
  const earlierSheet = model.sheets.find((s) => s.indicators)?.indicators;
  const earlier = new Map<string, TypedIndicator>(
    (earlierSheet?.rows ?? []).map((r) => [
      followedKey(r),
      {
        programmed: r.programmed.map((f) => f.raw),
        achieved: r.achieved.map((f) => f.raw),
        justification: r.justification.text.trim(),
        variables: r.variables.map((v) => ({ programmed: v.programmed.map((f) => f.raw), achieved: v.achieved.map((f) => f.raw) })),
      },
    ]),
  );
  const quarter = options.quarter ?? earlierSheet?.quarter ?? 1;
  const built = buildIndicatorSheet({ mirs: [...eachMir(model)], quarter, year: workbookYear(model), earlier });
  if (built.indicators === 0) throw new UserError(NO_INDICATORS);
  const placement = await workbook.writeAddinSheet(built.spec);
  return { placement, indicators: built.indicators, kept: built.kept, quarter };
}
