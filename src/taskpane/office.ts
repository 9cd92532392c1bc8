import { OfficeWorkbook } from "../adapters/office/OfficeWorkbook";

export interface OfficeHost {
  host: string | null;
  displayLanguage: string | undefined;
  dark: boolean;
}

/**
 * Where the pane runs. Office.onReady answers in Excel, however slowly Excel starts, and in a
 * browser outside Office too (host null): no timeout, which would leave a slow Excel in preview
 * mode for good. When office.js could not be loaded at all, the pane is the preview.
 */
export async function waitForOffice(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): Promise<OfficeHost> {
  // Outside Office the pane speaks Spanish, our users' language; `?lang=en` asks for English.
  const outside: OfficeHost = { host: null, displayLanguage: new URLSearchParams(location.search).get("lang") ?? "es-MX", dark: false };
  if (office === undefined) return outside;
  const info = await office.onReady();
  if (!info.host) return outside;
  return {
    host: String(info.host),
    displayLanguage: office.context.displayLanguage,
    dark: isDark(office.context.officeTheme?.bodyBackgroundColor),
  };
}

function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

export function excelSupports(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * The open workbook's file name, from the document's address (a path on the desktop, a URL on the
 * web); undefined for a workbook not saved yet, whose address is empty.
 */
export function documentName(): string | undefined {
  const url = Office.context.document?.url ?? "";
  const last = url.split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? "";
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

export function officeWorkbook(): OfficeWorkbook {
  return new OfficeWorkbook((batch) => Excel.run(batch), excelSupports);
}
