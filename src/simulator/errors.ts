/**
 * Errors as Excel raises them to an add-in: an `OfficeExtension.Error`-like object with the
 * documented code (Office.js reference, «Error handling with the application-specific JavaScript
 * APIs», table of error codes), thrown by `context.sync()` for what the queued batch did.
 */
export type ExcelErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded";

export class SimulatedExcelError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const excelError = (code: ExcelErrorCode, message: string) => new SimulatedExcelError(code, message);
