import { UserError } from "../workbook/errors";
import type { Strings } from "./strings";

/** What went wrong, told to the user in the pane's language; Office errors carry a code worth translating. */
export function describeError(error: unknown, strings: Strings): string {
  if (error instanceof UserError) return error.text(strings.locale);
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "ItemNotFound":
    case "InvalidOperationInCellEditMode":
    case "AccessDenied":
      return strings.excel[code];
    case "InsertDeleteConflict":
      return strings.excel.AccessDenied;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return strings.excel.PayloadTooLarge;
    default:
      return strings.unexpected(error instanceof Error ? error.message : String(error));
  }
}
