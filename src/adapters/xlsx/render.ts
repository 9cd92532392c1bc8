import type ExcelJS from "exceljs";
import { columnName, toA1 } from "../../domain/a1";
import type { Area } from "../../domain/grid";
import { type SheetSpec, STYLES, type StyleDef } from "../../domain/sheets/spec";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const ref = (a: Area) => `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;

function applyStyle(cell: ExcelJS.Cell, style: StyleDef): void {
  cell.font = { name: "Calibri", size: style.size ?? 10, bold: style.bold ?? false, ...(style.color ? { color: { argb: argb(style.color) } } : {}) };
  cell.alignment = { wrapText: style.wrap ?? false, horizontal: style.horizontal ?? "left", vertical: style.vertical ?? "top" };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border === "thin") {
    const thin = { style: "thin" as const, color: { argb: "FFA19F9D" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  } else if (style.border === "top") {
    cell.border = { top: { style: "thin", color: { argb: "FF323130" } } };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

/** Every printed page says where it is: "Página 2 de 5", centred at the foot. */
const PAGE_FOOTER = "&CPágina &P de &N";

/** Renders a sheet description with ExcelJS: the same sheet the Office.js adapter writes. */
export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, name: string): ExcelJS.Worksheet {
  // Formulas the domain could not pre-compute (the live checks) are computed when Excel opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const ws = workbook.addWorksheet(name, {
    pageSetup: {
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(spec.print.titleRows ? { printTitlesRow: `${spec.print.titleRows[0] + 1}:${spec.print.titleRows[1] + 1}` } : {}),
    },
    views: spec.freezeRows > 0 ? [{ state: "frozen", ySplit: spec.freezeRows }] : [],
  });
  ws.headerFooter = { oddFooter: PAGE_FOOTER };
  spec.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row) + 1).height = height;

  const table = spec.table;
  const inTable = (row: number, col: number) =>
    table !== null && row >= table.area.top && row <= table.area.bottom && col >= table.area.left && col <= table.area.right;
  if (table) {
    // ExcelJS writes a table's cells itself, from its header and rows.
    const byPosition = new Map(spec.cells.map((c) => [`${c.row}:${c.col}`, c]));
    const at = (row: number, col: number) => byPosition.get(`${row}:${col}`);
    const columns = [];
    for (let col = table.area.left; col <= table.area.right; col++) {
      columns.push({ name: String(at(table.area.top, col)?.value ?? columnName(col)), filterButton: true });
    }
    const rows = [];
    for (let row = table.area.top + 1; row <= table.area.bottom; row++) {
      const values = [];
      for (let col = table.area.left; col <= table.area.right; col++) {
        const cell = at(row, col);
        values.push(cell?.formula ? { formula: cell.formula.slice(1), result: cell.result } : (cell?.value ?? null));
      }
      rows.push(values);
    }
    ws.addTable({
      name: table.name,
      ref: toA1(table.area.top, table.area.left),
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns,
      rows,
    });
  }

  for (const cell of spec.cells) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    if (!inTable(cell.row, cell.col)) {
      if (cell.formula) target.value = { formula: cell.formula.slice(1), result: cell.result } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
    }
    if (cell.style) applyStyle(target, STYLES[cell.style]);
  }
  for (const merge of spec.merges) ws.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);

  for (const validation of spec.validations) {
    for (let row = validation.area.top; row <= validation.area.bottom; row++) {
      for (let col = validation.area.left; col <= validation.area.right; col++) {
        ws.getCell(row + 1, col + 1).dataValidation = {
          ...(validation.kind === "list"
            ? { type: "list" as const, formulae: [`"${validation.values.join(",")}"`] }
            : { type: validation.kind, operator: "greaterThanOrEqual" as const, formulae: [validation.min] }),
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: validation.title,
          error: validation.message,
          showInputMessage: true,
          promptTitle: validation.title,
          prompt: validation.message,
        };
      }
    }
  }
  for (const format of spec.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: ref(format.area),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [format.formula],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.color) } } },
        },
      ],
    });
  }
  return ws;
}
