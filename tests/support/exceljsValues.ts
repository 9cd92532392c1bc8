import type { Cell } from "../../src/domain/grid";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's serial day number for a date, as Office.js reports date cells. */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * ExcelJS cell values (rich text, formulas with cached results, hyperlinks, dates, errors) as
 * the plain values Office.js gives for the same cells.
 */
export function normalizeExcelJsValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return excelSerial(value);
  const obj = value as Record<string, unknown>;
  if (typeof obj.error === "string") return { error: obj.error };
  if (Array.isArray(obj.richText)) {
    return (obj.richText as Array<{ text?: unknown }>).map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  if ("formula" in obj || "sharedFormula" in obj) return normalizeExcelJsValue(obj.result);
  if (typeof obj.text === "string") return obj.text;
  if (obj.text && typeof obj.text === "object") return normalizeExcelJsValue(obj.text);
  return null;
}
