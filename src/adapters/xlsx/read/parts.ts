import { corrupt, limitReached, type ReadLimits } from "./limits";
import { attribute, attributes, decodeExcelEscapes, decodeXml, type XmlHandler, XmlScanner } from "./xml";
import type { ZipArchive } from "./zip";

/** Reads one part through a handler; false when the zip has no such part. */
export function scanPart(zip: ZipArchive, name: string, handler: XmlHandler, limits: ReadLimits): boolean {
  const scanner = new XmlScanner(handler, name, limits);
  if (!zip.readText(name, (text) => scanner.push(text))) return false;
  scanner.end();
  return true;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relationshipsOf(part: string): { folder: string; path: string } {
  const slash = part.lastIndexOf("/");
  const folder = slash < 0 ? "" : part.slice(0, slash);
  return { folder, path: `${folder ? `${folder}/` : ""}_rels/${part.slice(slash + 1)}.rels` };
}

export function hasRelationships(zip: ZipArchive, part: string): boolean {
  return zip.has(relationshipsOf(part).path);
}

/** A part's relationships (`_rels/x.rels`), targets resolved against the part's folder. */
export function readRelationships(zip: ZipArchive, part: string, limits: ReadLimits): Relationship[] {
  const { folder, path } = relationshipsOf(part);
  const rels: Relationship[] = [];
  scanPart(
    zip,
    path,
    {
      open(name, attrs) {
        if (name !== "Relationship") return;
        const a = attributes(attrs.text());
        if (a.TargetMode === "External" || !a.Id || !a.Target) return;
        rels.push({ id: a.Id, type: a.Type ?? "", target: resolve(folder, a.Target) });
      },
      close() {},
      wantsText: () => false,
      text() {},
    },
    limits,
  );
  return rels;
}

function resolve(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${folder}/${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Empty for the legacy macro and dialog sheets Excel lists without a part (`r:id=""`). */
  relId: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readWorkbookPart(zip: ZipArchive, part: string, limits: ReadLimits): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const found = scanPart(
    zip,
    part,
    {
      open(name, attrs) {
        if (name === "sheet") {
          const a = attributes(attrs.text());
          if (info.sheets.length >= limits.sheets) throw limitReached({ es: "hojas", en: "sheets" }, limits.sheets);
          if (!a.name || a.id === undefined) throw corrupt({ es: "una hoja de workbook.xml no tiene nombre o r:id", en: "a sheet in workbook.xml has no name or r:id" });
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          info.sheets.push({ name: a.name, state, relId: a.id });
        } else if (name === "workbookPr") {
          const value = attribute(attrs.text(), "date1904");
          info.date1904 = value === "1" || value === "true";
        }
      },
      close() {},
      wantsText: () => false,
      text() {},
    },
    limits,
  );
  if (!found) throw corrupt({ es: "falta la parte principal del libro (workbook.xml)", en: "the workbook part (workbook.xml) is missing" });
  return info;
}

/** Shared strings, rich text flattened; phonetic runs (`rPh`) left out as Excel shows them. */
export function readSharedStrings(zip: ZipArchive, part: string, limits: ReadLimits): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanPart(
    zip,
    part,
    {
      open(name, _attrs, selfClosing) {
        if (name === "si") {
          if (strings.length >= limits.sharedStrings) throw limitReached({ es: "textos compartidos", en: "shared strings" }, limits.sharedStrings);
          current = [];
          if (selfClosing) strings.push("");
        } else if (name === "rPh") phonetic++;
        else if (name === "t" && !selfClosing && phonetic === 0) inText = true;
      },
      wantsText: () => inText,
      close(name) {
        if (name === "si" && current) {
          strings.push(decodeExcelEscapes(current.join("")));
          current = null;
        } else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text(raw, cdata) {
        if (inText && current) current.push(cdata ? raw : decodeXml(raw));
      },
    },
    limits,
  );
  return strings;
}

/** Excel's built-in number formats, by id, as ExcelJS names them (so both readers agree). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The number format of each cell style (`s` attribute of a cell), from `cellXfs`. */
export function readStyles(zip: ZipArchive, part: string | null, limits: ReadLimits): string[] {
  if (!part) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  scanPart(
    zip,
    part,
    {
      open(name, attrs) {
        if (name === "numFmt") {
          const a = attributes(attrs.text());
          if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
        } else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) {
          if (formats.length >= 65_000) throw limitReached({ es: "estilos de celda", en: "cell styles" }, 65_000);
          const id = Number(attribute(attrs.text(), "numFmtId") ?? 0);
          formats.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
      wantsText: () => false,
      text() {},
    },
    limits,
  );
  return formats;
}
