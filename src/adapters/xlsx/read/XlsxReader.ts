import type { Grid } from "../../../domain/grid";
import type { SheetInfo, WorkbookReader } from "../../../workbook/types";
import type { ZipCodec } from "../codec";
import { assertXlsxBytes } from "../sniff";
import { corrupt, excerpt, limitReached, READ_LIMITS, type ReadLimits } from "./limits";
import { hasRelationships, readRelationships, readSharedStrings, readStyles, readWorkbookPart, type Relationship, type WorkbookInfo } from "./parts";
import { readSheetPart, type SheetContext } from "./sheet";
import { ZipArchive } from "./zip";

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

interface SheetPart {
  info: SheetInfo;
  /** Null for a chart sheet or a sheet listed without a part: no cells to read. */
  part: string | null;
  kind: "worksheet" | "other" | "no-part";
}

/**
 * Our own bounded reader of .xlsx files: the zip's central directory, then a streaming scan of
 * the workbook, its relationships, shared strings, number formats and each sheet, every size
 * checked against READ_LIMITS as it is read. It loads nothing that writing needs.
 */
export class XlsxReader implements WorkbookReader {
  /** Sheets already read: the pane reads the same sheet again on every check. */
  private readonly read = new Map<string, Grid>();

  private constructor(
    /** The file as it was read: what a copy with new sheets starts from. */
    readonly bytes: Uint8Array,
    readonly zip: ZipArchive,
    private readonly sheets: SheetPart[],
    private readonly context: SheetContext,
    private readonly limits: ReadLimits,
    /** Sheets holding an Excel table with this name (lower case), for telling our own summary apart. */
    readonly tableSheets: ReadonlyMap<string, string[]>,
  ) {}

  static open(data: Uint8Array, limits: ReadLimits = READ_LIMITS, codec?: ZipCodec): XlsxReader {
    assertXlsxBytes(data);
    if (data.byteLength > limits.fileBytes) throw limitReached({ es: "tamaño del archivo", en: "file size" }, limits.fileBytes / 1024 / 1024, { es: " MB", en: " MB" });
    const zip = new ZipArchive(data, limits, codec);
    const root = readRelationships(zip, "", limits).find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
    const workbook = readWorkbookPart(zip, root, limits);
    if (workbook.sheets.length === 0) throw corrupt({ es: "workbook.xml no lista ninguna hoja", en: "workbook.xml lists no sheet" }, { es: "no tiene ninguna hoja", en: "it has no sheet" });
    const seen = new Set<string>();
    for (const { name } of workbook.sheets) {
      // Excel tells sheet names apart ignoring case; two of one name would be read as one.
      const key = name.toLocaleLowerCase();
      if (seen.has(key)) throw corrupt({ es: `dos hojas de workbook.xml se llaman «${excerpt(name)}»`, en: `two sheets in workbook.xml are called “${excerpt(name)}”` }, { es: `tiene dos hojas llamadas «${excerpt(name)}»`, en: `it has two sheets called “${excerpt(name)}”` });
      seen.add(key);
    }
    // Without its relationships no sheet can be found: every sheet would be skipped in silence.
    if (!hasRelationships(zip, root)) throw corrupt({ es: `falta la parte de relaciones de ${excerpt(root)}`, en: `the relationships part of ${excerpt(root)} is missing` });
    const rels = readRelationships(zip, root, limits);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sharedStrings = rels.find((r) => SHARED_STRINGS.test(r.type));
    const styles = rels.find((r) => STYLES.test(r.type));
    // Named but not there: texts and number formats would be read as empty, and the findings with them.
    for (const rel of [sharedStrings, styles]) {
      if (rel && !zip.has(rel.target)) throw corrupt({ es: `falta la parte ${excerpt(rel.target)}`, en: `part ${excerpt(rel.target)} is missing` });
    }
    const context: SheetContext = {
      sharedStrings: sharedStrings ? readSharedStrings(zip, sharedStrings.target, limits) : [],
      styles: readStyles(zip, styles?.target ?? null, limits),
      date1904: workbook.date1904,
    };
    const sheets = sheetParts(workbook, byId, zip);
    return new XlsxReader(data, zip, sheets, context, limits, tablesBySheet(zip, sheets, limits));
  }

  /**
   * Sheets listed with no part behind them (`r:id=""`: Excel 4 macro sheets and dialog sheets,
   * which Excel still opens): left out, and said.
   */
  get skippedSheets(): string[] {
    return this.sheets.filter((s) => s.part === null && s.kind === "no-part").map((s) => s.info.name);
  }

  /** Names of the worksheets, in workbook order, without reading them. */
  sheetNames(): string[] {
    return this.sheets.filter((s) => s.part !== null).map((s) => s.info.name);
  }

  /** Worksheets in workbook order; whether each is protected is known once it has been read. */
  async listSheets(): Promise<SheetInfo[]> {
    const grids = new Map((await this.readSheets()).map((g) => [g.sheet, g]));
    return this.sheets.filter((s) => s.part !== null).map((s) => ({ ...s.info, protected: grids.get(s.info.name)?.protected ?? false }));
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    const grids: Grid[] = [];
    for (const sheet of this.sheets) {
      if (sheet.part === null || (wanted && !wanted.has(sheet.info.name))) continue;
      let grid = this.read.get(sheet.info.name);
      if (!grid) {
        // Built from typed XML values only: no zod pass over hundreds of thousands of cells.
        grid = readSheetPart(this.zip, sheet.part, sheet.info.name, this.context, this.limits);
        this.read.set(sheet.info.name, grid);
      }
      grids.push(grid);
    }
    return grids;
  }
}

function sheetParts(workbook: WorkbookInfo, byId: Map<string, Relationship>, zip: ZipArchive): SheetPart[] {
  return workbook.sheets.map((sheet) => {
    const info = { name: sheet.name, visible: sheet.state === "visible", protected: false };
    if (sheet.relId === "") return { info, part: null, kind: "no-part" };
    const rel = byId.get(sheet.relId);
    const name = excerpt(sheet.name);
    // A sheet whose relationship or part is missing is a damaged file, never a silent pass on the rest.
    if (!rel) throw corrupt({ es: `la hoja «${name}» apunta a una relación que no existe (${excerpt(sheet.relId)})`, en: `sheet “${name}” points to a relationship that does not exist (${excerpt(sheet.relId)})` }, { es: `le falta la hoja «${name}»`, en: `sheet “${name}” is missing` });
    if (!WORKSHEET.test(rel.type)) return { info, part: null, kind: "other" };
    if (!zip.has(rel.target)) throw corrupt({ es: `falta la parte ${excerpt(rel.target)} de la hoja «${name}»`, en: `part ${excerpt(rel.target)} of sheet “${name}” is missing` }, { es: `le falta la hoja «${name}»`, en: `sheet “${name}” is missing` });
    return { info, part: rel.target, kind: "worksheet" };
  });
}

/** Table names per sheet, from each sheet's relationships and the table parts' `name`. */
function tablesBySheet(zip: ZipArchive, sheets: SheetPart[], limits: ReadLimits): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of readRelationships(zip, sheet.part, limits)) {
      if (!/\/table$/.test(rel.type)) continue;
      const names: string[] = [];
      readTableName(zip, rel.target, names);
      tables.set(sheet.info.name, [...(tables.get(sheet.info.name) ?? []), ...names]);
    }
  }
  return tables;
}

/** The `name` of a table part (a few hundred bytes). */
function readTableName(zip: ZipArchive, part: string, names: string[]): void {
  let head = "";
  zip.readText(part, (text) => {
    if (head.length < 64 * 1024) head += text;
  });
  const match = /<(?:\w+:)?table\b[^>]*?\sname="([^"]*)"/.exec(head);
  if (match) names.push(match[1]!.toLowerCase());
}
