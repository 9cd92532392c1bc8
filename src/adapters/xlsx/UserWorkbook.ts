import type { Grid } from "../../domain/grid";
import { placeAddinSheet } from "../../domain/sheets/placement";
import { type SheetSpec, uniqueSheetName } from "../../domain/sheets/spec";
import type { SheetInfo, WorkbookReader } from "../../workbook/types";
import type { SummaryPlacement, WorkbookWriter } from "../../workbook/writer";
import type { ZipCodec } from "./codec";
import { setCell } from "./graft/cells";
import { graftSheet, sheetsWithTables } from "./graft/graft";
import { XlsxPackage } from "./graft/package";
import { XlsxReader } from "./read/XlsxReader";
import { emptyPackage, sheetPackage } from "./sheetPackage";

/**
 * A workbook we write into: a user's own (.xlsx or .xlsm), or a new one. Our sheets are grafted into its package: each sheet of
 * ours is written alone as SpreadsheetML, then its parts, styles and names are added to the user's; every part
 * we do not write (charts, images, comments, pivot tables, macros, custom XML…) stays byte for
 * byte, and so does every cell of the user's sheets. The file is read once, by our bounded
 * reader: its sheets are read from that reading until something is written.
 */
export class UserWorkbook implements WorkbookReader, WorkbookWriter {
  private constructor(
    private readonly pkg: XlsxPackage,
    private reader: WorkbookReader | null,
  ) {}

  /** A new workbook, no sheet yet: the summary, the observations, the report, a template are added to it. */
  static empty(codec?: ZipCodec): UserWorkbook {
    return new UserWorkbook(emptyPackage(codec), null);
  }

  /** `read` is our reader's reading of these bytes, when the caller has it (the CLI, the preview's worker). */
  static open(data: Uint8Array, read?: WorkbookReader): UserWorkbook {
    const reader = read ?? XlsxReader.open(data);
    const pkg = reader instanceof XlsxReader ? XlsxPackage.of(reader.zip) : XlsxPackage.from(data);
    return new UserWorkbook(pkg, reader);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return (await this.current()).listSheets();
  }

  async readSheets(names?: readonly string[]): Promise<Grid[]> {
    return (await this.current()).readSheets(names);
  }

  private async current(): Promise<WorkbookReader> {
    this.reader ??= XlsxReader.open(await this.toBuffer());
    return this.reader;
  }

  async addSheet(spec: SheetSpec, options: { first?: boolean } = {}): Promise<string> {
    const name = uniqueSheetName(spec.name, sheetsWithTables(this.pkg).map((s) => s.name));
    await this.graft(spec, { name, replace: null, first: options.first });
    return name;
  }

  async writeAddinSheet(spec: SheetSpec): Promise<SummaryPlacement> {
    const table = spec.table?.name.toLowerCase();
    const place = placeAddinSheet(
      sheetsWithTables(this.pkg).map((s) => ({ name: s.name, ours: table !== undefined && s.tables.includes(table) })),
      spec.name,
    );
    await this.graft(spec, { name: place.name, replace: place.replace });
    return { name: place.name, replaced: place.replace !== null, renamed: place.renamed };
  }

  private async graft(spec: SheetSpec, place: { name: string; replace: string | null; first?: boolean }): Promise<void> {
    graftSheet(this.pkg, sheetPackage(spec, place.name), place);
    this.reader = null;
  }

  /** A value typed into a cell (the preview's grid), written into that sheet's part alone. */
  setCell(sheet: string, cell: string, value: string | number | null): void {
    setCell(this.pkg, sheet, cell, value);
    this.reader = null;
  }

  toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  /** The file in pieces, for writing it to disk without joining it. */
  toPieces(): Promise<Uint8Array[]> {
    return this.pkg.toPieces();
  }
}
