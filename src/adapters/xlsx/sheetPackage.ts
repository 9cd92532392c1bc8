import { absoluteRange, columnLetters, columnName, qualified, toA1 } from "../../domain/a1";
import { ByteSink, type ChunkPool } from "./byteSink";
import { PAGE_FOOTER, PAGE_MARGINS, printLayout, streamedRowHeight } from "../../domain/sheets/print";
import type { Area } from "../../domain/grid";
import { type SheetCell, type SheetSpec, STYLES, type StyleDef, type StyleName } from "../../domain/sheets/spec";
import { chartXml, drawingXml } from "./chart";
import type { ZipCodec } from "./codec";
import { XlsxPackage } from "./graft/package";
import type { StyleOffsets } from "./graft/styles";
import { escapeAttr, escapeText, NS, XML_DECLARATION } from "./graft/xml";

/**
 * A sheet description written as SpreadsheetML, directly: the sheet part with its table, drawing
 * and chart, and the styles it uses, in a package of its own that is then grafted into a
 * workbook (the user's, or a new one). The same sheet the Office.js adapter writes in Excel.
 */
const { main: MAIN, rel: REL, pkg: PKG } = NS;
const XML = XML_DECLARATION;
const TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** Every printed page says where it is: "Página 2 de 5", centred at the foot. */
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const ref = (a: Area) => `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;
const rels = (items: ReadonlyArray<[string, string, string]>) =>
  `${XML}<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** The styles our sheets use, each a cell format; conditional formats each a differential one. */
function stylesXml(used: readonly StyleName[], spec: Pick<SheetSpec, "conditionalFormats">): { xml: string; index: Map<StyleName, number> } {
  const formats: string[] = [];
  const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const indexOf = (list: string[], item: string) => {
    const at = list.indexOf(item);
    return at >= 0 ? at : list.push(item) - 1;
  };
  const index = new Map<StyleName, number>();
  for (const name of used) {
    const style: StyleDef = STYLES[name];
    const font = `<font>${style.bold ? "<b/>" : ""}<sz val="${style.size ?? 10}"/>${style.color ? `<color rgb="${argb(style.color)}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`;
    const fill = style.fill ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>` : null;
    const border =
      style.border === "thin"
        ? '<border><left style="thin"><color rgb="FFA19F9D"/></left><right style="thin"><color rgb="FFA19F9D"/></right><top style="thin"><color rgb="FFA19F9D"/></top><bottom style="thin"><color rgb="FFA19F9D"/></bottom><diagonal/></border>'
        : style.border === "top"
          ? '<border><left/><right/><top style="thin"><color rgb="FF323130"/></top><bottom/><diagonal/></border>'
          : null;
    const numFmtId = style.numberFormat ? FIRST_CUSTOM_FORMAT + indexOf(formats, style.numberFormat) : 0;
    const fontId = indexOf(fonts, font);
    const fillId = fill ? indexOf(fills, fill) : 0;
    const borderId = border ? indexOf(borders, border) : 0;
    const vertical = style.vertical === "middle" ? "center" : (style.vertical ?? "top");
    const alignment = `<alignment horizontal="${style.horizontal ?? "left"}" vertical="${vertical}"${style.wrap ? ' wrapText="1"' : ""}/>`;
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""} applyAlignment="1"`;
    index.set(name, xfs.push(`<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}>${alignment}</xf>`) - 1);
  }
  const dxfs = spec.conditionalFormats.map(
    (f) => `<dxf><font><color rgb="${argb(f.color)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(f.fill)}"/></patternFill></fill></dxf>`,
  );
  const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
  const numFmts = formats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeAttr(code)}"/>`);
  const xml = `${XML}<styleSheet xmlns="${MAIN}">${numFmts.length ? list("numFmts", numFmts) : ""}${list("fonts", fonts)}${list("fills", fills)}${list("borders", borders)}<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>${list("cellXfs", xfs)}<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>${list("dxfs", dxfs)}</styleSheet>`;
  return { xml, index };
}

/** Streamed rows come in column order: most rows need no sorting. */
function inColumnOrder(cells: readonly SheetCell[]): boolean {
  for (let i = 1; i < cells.length; i++) if (cells[i]!.col < cells[i - 1]!.col) return false;
  return true;
}

/**
 * One cell: `open` is `<c r="` and its column's letters, `row` its row's number and closing
 * quote, `style` its ` s="…"` (three calls where there were seven: half a million cells).
 */
function writeCell(out: ByteSink, cell: SheetCell, open: string, row: string, style: string | undefined): void {
  out.ascii(open);
  out.ascii(row);
  if (style !== undefined) out.ascii(style);
  if (cell.formula) {
    const result = cell.result;
    out.ascii(typeof result === "string" ? ' t="str"><f>' : "><f>");
    out.text(cell.formula, 1);
    out.ascii("</f>");
    if (result !== undefined) {
      out.ascii("<v>");
      if (typeof result === "string") out.text(result);
      else out.ascii(String(result));
      out.ascii("</v>");
    }
    out.ascii("</c>");
  } else if (typeof cell.value === "number" && Number.isFinite(cell.value)) {
    out.ascii("><v>");
    out.ascii(String(cell.value));
    out.ascii("</v></c>");
  } else if (typeof cell.value === "string") {
    out.ascii(' t="inlineStr"><is><t>');
    out.text(cell.value);
    out.ascii("</t></is></c>");
  } else out.ascii("/>");
}

/**
 * A table's header cells hold its column names: text, unique, never empty (Excel repairs a file
 * otherwise). Returns the header row's cells as they must be written, and the names.
 */
function tableHeader(spec: SheetSpec): { cells: SheetCell[]; names: string[] } {
  const table = spec.table!;
  const given = new Map(spec.cells.filter((c) => c.row === table.area.top).map((c) => [c.col, c]));
  const names: string[] = [];
  const cells: SheetCell[] = [];
  for (let col = table.area.left; col <= table.area.right; col++) {
    const cell = given.get(col);
    let name = String(cell?.value ?? "").trim() || `Columna${col - table.area.left + 1}`;
    for (let n = 2; names.some((taken) => taken.toLowerCase() === name.toLowerCase()); n++) name = `${name}${n}`;
    names.push(name);
    cells.push({ ...(cell ?? { row: table.area.top, col }), value: name, formula: undefined });
  }
  return { cells, names };
}

/** A workbook with no sheet yet (a moment's state: the first graft gives it one), Calibri by default. */
export function emptyPackage(codec?: ZipCodec): XlsxPackage {
  return XlsxPackage.ofParts(
    [
      [
        "[Content_Types].xml",
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${TYPE.styles}"/></Types>`,
      ],
      ["_rels/.rels", rels([["rId1", "officeDocument", "xl/workbook.xml"]])],
      ["xl/workbook.xml", `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr fullCalcOnLoad="1"/></workbook>`],
      ["xl/_rels/workbook.xml.rels", rels([["rId1", "styles", "styles.xml"]])],
      ["xl/styles.xml", stylesXml([], { conditionalFormats: [] }).xml],
    ],
    codec,
  );
}

/**
 * Our sheet, ready to graft: a package of its own (workbook, styles, table, drawing, chart) and
 * the sheet part itself, written once the graft knows where our styles land in the workbook's.
 */
export interface OurSheet {
  pkg: XlsxPackage;
  part: string;
  /** The sheet part's XML, in pieces: its rows as UTF-8 chunks, the rest as text. */
  render(offsets: StyleOffsets, pool: ChunkPool): Iterable<string | Uint8Array>;
}

/** The sheet alone, in a package of its own: what `graftSheet` takes. */
export function sheetPackage(spec: SheetSpec, name: string): OurSheet {
  const paper = printLayout(spec);
  const header = spec.table ? tableHeader(spec) : null;
  const columns = header?.names ?? [];
  const headerRow = spec.table?.area.top ?? -1;
  const inHeader = (c: SheetCell) => c.row === headerRow && c.col >= spec.table!.area.left && c.col <= spec.table!.area.right;
  const cells = header ? [...spec.cells.filter((c) => !inHeader(c)), ...header.cells] : spec.cells;
  const used = new Set<StyleName>(spec.streamed?.styles);
  for (const c of cells) if (c.style) used.add(c.style);
  // In the order styles are declared, whichever cell uses one first: a sheet is written the same
  // whether its rows are streamed or not.
  const styles = stylesXml(
    (Object.keys(STYLES) as StyleName[]).filter((name) => used.has(name)),
    spec,
  );

  const byRow = new Map<number, SheetCell[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  for (const row of Object.keys(paper.rowHeights).map(Number)) if (!byRow.has(row)) byRow.set(row, []);
  /** Every row in sheet order: ours below the streamed rows too (a total, signatures). */
  function* rowsInOrder(): Generator<[row: number, cells: SheetCell[], height: number | undefined]> {
    const fixed = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
    const streamed = spec.streamed;
    let next = 0;
    for (; streamed && next < fixed.length && fixed[next]![0] < streamed.top; next++) yield [fixed[next]![0], fixed[next]![1], paper.rowHeights[fixed[next]![0]]];
    if (streamed) {
      let row = streamed.top;
      for (const line of streamed.rows()) yield [row++, line.cells, streamedRowHeight(line, spec.columnWidths)];
    }
    for (; next < fixed.length; next++) yield [fixed[next]![0], fixed[next]![1], paper.rowHeights[fixed[next]![0]]];
  }
  /** The rows, written as bytes and handed over a chunk at a time. */
  function* sheetData(xf: number, pool: ChunkPool): Generator<Uint8Array> {
    const styleAttribute = new Map([...styles.index].map(([name, i]) => [name, ` s="${i + xf}"`]));
    const opens: string[] = [];
    const out = new ByteSink(pool);
    for (const [row, list, height] of rowsInOrder()) {
      const number = String(row + 1);
      out.ascii('<row r="');
      out.ascii(number);
      if (height === undefined) out.ascii('">');
      else {
        out.ascii('" ht="');
        out.ascii(String(height));
        out.ascii('" customHeight="1">');
      }
      const rowQuote = `${number}"`;
      if (!inColumnOrder(list)) list.sort((a, b) => a.col - b.col);
      for (const c of list) {
        const style = c.style ? styleAttribute.get(c.style) : undefined;
        // A streamed row's style missing from the styles declared ahead: a builder's mistake.
        if (c.style && style === undefined) throw new Error(`Style «${c.style}» is not among the streamed rows' styles`);
        writeCell(out, c, (opens[c.col] ??= `<c r="${columnLetters(c.col)}`), rowQuote, style);
      }
      out.ascii("</row>");
      if (out.hasFilled) yield* out.takeFilled();
    }
    yield* out.takeAll();
  }

  const sheetRels: Array<[string, string, string]> = [];
  const hiddenColumns = new Set(spec.hiddenColumns);
  const cols = spec.columnWidths.length ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${hiddenColumns.has(i) ? ' hidden="1"' : ""} customWidth="1"/>`).join("")}</cols>` : "";
  const view = spec.freezeRows > 0 ? `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` : "";
  const merges = paper.merges.length ? `<mergeCells count="${paper.merges.length}">${paper.merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join("")}</mergeCells>` : "";
  // Zero-based, and the break is above that row (CT_Break).
  const rowBreaks = paper.breakBefore === null ? "" : `<rowBreaks count="1" manualBreakCount="1"><brk id="${paper.breakBefore}" max="16383" man="1"/></rowBreaks>`;
  const conditional = (dxf: number) =>
    spec.conditionalFormats
      .map((f, i) => `<conditionalFormatting sqref="${ref(f.area)}"><cfRule type="expression" dxfId="${i + dxf}" priority="${i + 1}"><formula>${escapeText(f.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`)
      .join("");
  // One element per kind of rule, over all its areas (a space-separated sqref, as Excel writes
  // it): ten thousand REALIZADO rows are one rule, not ten thousand.
  const byRule = new Map<string, { attributes: string; formula: string; areas: string[] }>();
  for (const v of spec.validations) {
    const message = ` allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeAttr(v.title)}" error="${escapeAttr(v.message)}" promptTitle="${escapeAttr(v.title)}" prompt="${escapeAttr(v.message)}"`;
    const attributes = v.kind === "list" || v.kind === "range-list" ? `type="list"${message}` : `type="${v.kind}" operator="greaterThanOrEqual"${message}`;
    const formula = v.kind === "list" ? escapeText(`"${v.values.join(",")}"`) : v.kind === "range-list" ? absoluteRange(v.source) : String(v.min);
    const key = `${attributes}\n${formula}`;
    const rule = byRule.get(key);
    if (rule) rule.areas.push(ref(v.area));
    else byRule.set(key, { attributes, formula, areas: [ref(v.area)] });
  }
  const validations = [...byRule.values()].map((r) => `<dataValidation ${r.attributes} sqref="${r.areas.join(" ")}"><formula1>${r.formula}</formula1></dataValidation>`);
  const dataValidations = validations.length ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "";
  let drawing = "";
  if (spec.chart) {
    sheetRels.push(["rId2", "drawing", "../drawings/drawing1.xml"]);
    drawing = '<drawing r:id="rId2"/>';
  }
  let tableParts = "";
  if (spec.table) {
    sheetRels.push(["rId1", "table", "../tables/table1.xml"]);
    tableParts = '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
  }
  const render = function* ({ xf, dxf }: StyleOffsets, pool: ChunkPool): Generator<string | Uint8Array> {
    yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="${paper.fit === "width" ? 1 : 0}"/></sheetPr><sheetViews><sheetView workbookViewId="0">${view}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
    yield* sheetData(xf, pool);
    yield `</sheetData>${merges}${conditional(dxf)}${dataValidations}<pageMargins left="${PAGE_MARGINS.left}" right="${PAGE_MARGINS.right}" top="${PAGE_MARGINS.top}" bottom="${PAGE_MARGINS.bottom}" header="${PAGE_MARGINS.header}" footer="${PAGE_MARGINS.footer}"/>` +
      // Letter paper; pages numbered from 1 on each sheet, not across the workbook.
      `<pageSetup paperSize="1"${paper.fit === "width" ? "" : ` scale="${paper.fit}"`} firstPageNumber="1" fitToWidth="1" fitToHeight="0" orientation="${spec.print.orientation}" useFirstPageNumber="1"/><headerFooter><oddFooter>${escapeText(`&C${PAGE_FOOTER}`)}</oddFooter></headerFooter>${rowBreaks}${drawing}${tableParts}</worksheet>`;
  };

  const titleAreas = [
    ...(paper.fit !== "width" && spec.print.keyColumns ? [qualified(name, `$A:$${columnName(spec.print.keyColumns - 1)}`)] : []),
    ...(spec.print.titleRows ? [qualified(name, `$${spec.print.titleRows[0] + 1}:$${spec.print.titleRows[1] + 1}`)] : []),
  ];
  const titles = titleAreas.length ? `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeText(titleAreas.join(","))}</definedName></definedNames>` : "";
  const parts: Array<[string, string]> = [
    ["_rels/.rels", rels([["rId1", "officeDocument", "xl/workbook.xml"]])],
    ["xl/workbook.xml", `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeAttr(name)}" sheetId="1" r:id="rId1"/></sheets>${titles}<calcPr fullCalcOnLoad="1"/></workbook>`],
    ["xl/_rels/workbook.xml.rels", rels([["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "styles", "styles.xml"]])],
    ["xl/styles.xml", styles.xml],
  ];
  const types: Array<[string, string]> = [
    ["/xl/workbook.xml", TYPE.workbook],
    ["/xl/styles.xml", TYPE.styles],
    ["/xl/worksheets/sheet1.xml", TYPE.sheet],
  ];
  if (sheetRels.length) parts.push(["xl/worksheets/_rels/sheet1.xml.rels", rels(sheetRels)]);
  if (spec.table) {
    const { area } = spec.table;
    const tableRef = ref(area);
    const tableColumnsXml = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c)}"/>`).join("");
    parts.push([
      "xl/tables/table1.xml",
      `${XML}<table xmlns="${MAIN}" id="1" name="${escapeAttr(spec.table.name)}" displayName="${escapeAttr(spec.table.name)}" ref="${tableRef}" headerRowCount="1"><autoFilter ref="${tableRef}"/><tableColumns count="${columns.length}">${tableColumnsXml}</tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    ]);
    types.push(["/xl/tables/table1.xml", TYPE.table]);
  }
  if (spec.chart) {
    parts.push(["xl/drawings/drawing1.xml", drawingXml(spec.chart, "rId1")], ["xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"]])], ["xl/charts/chart1.xml", chartXml(name, spec.chart)]);
    types.push(["/xl/drawings/drawing1.xml", TYPE.drawing], ["/xl/charts/chart1.xml", TYPE.chart]);
  }
  parts.push([
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("")}</Types>`,
  ]);
  return { pkg: XlsxPackage.ofParts(parts), part: "xl/worksheets/sheet1.xml", render };
}
