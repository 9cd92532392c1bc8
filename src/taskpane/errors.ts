import { ProtectedSheetError } from "../adapters/office/OfficeWorkbook";
import { WorkbookReadError } from "../workbook/errors";
import type { Strings } from "./strings";

/** A refusal the pane explains in its own words (nothing to follow, …): shown as written. */
export class PaneRefusal extends Error {}

/** What went wrong, told to the user; Office errors carry a code worth translating. */
export function describeError(error: unknown, strings: Strings): string {
  if (error instanceof ProtectedSheetError || error instanceof WorkbookReadError || error instanceof PaneRefusal) return error.message;
  const code = (error as { code?: string } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ItemNotFound":
      return "La hoja o celda ya no existe: vuelva a validar.";
    case "InvalidOperationInCellEditMode":
      return "Excel está editando una celda: presione Entrar o Esc y vuelva a intentarlo.";
    case "AccessDenied":
    case "InsertDeleteConflict":
      return "Excel no permitió la operación (¿hoja protegida o libro de solo lectura?).";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "La hoja es demasiado grande para leerla de una vez; reduzca el rango usado (borre celdas vacías con formato al final).";
    default:
      return strings.unexpected(detail);
  }
}
