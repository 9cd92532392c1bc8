import ExcelJS from "exceljs";

/**
 * A large POA built from the real 2021 fixture: its action blocks copied cell by cell (values,
 * number formats, merges) over and over, each action renumbered and its activity table padded
 * to `activitiesPerAction` rows by repeating the block's own activity rows.
 */
export async function buildSyntheticWorkbook(fixturePath: string, actions: number, activitiesPerAction: number): Promise<ExcelJS.Workbook> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(fixturePath);
  const sheet = source.getWorksheet("POA 2021")!;
  const blocks = findBlocks(sheet);
  const out = new ExcelJS.Workbook();
  const target = out.addWorksheet("POA");
  target.columns = Array.from({ length: 19 }, () => ({ width: 14 }));
  let row = 1;
  for (let n = 0; n < actions; n++) {
    const block = blocks[n % blocks.length]!;
    const offset = row - block.top;
    for (let r = block.top; r <= block.tableEnd; r++) copyRow(sheet, target, r, r + offset);
    for (const merge of block.merges) {
      target.mergeCells(merge.top + offset, merge.left, merge.bottom + offset, merge.right);
    }
    target.getCell(block.numberCell.row + offset, block.numberCell.col).value = n + 1;
    let next = block.tableEnd + offset + 1;
    for (let i = block.activityCount; i < activitiesPerAction; i++) {
      copyRow(sheet, target, block.firstActivity + (i % block.activityCount), next++);
    }
    // Activity investments no longer match once rows repeat; that is what a reviewer's file looks like.
    row = next + 3;
  }
  return out;
}

interface Block {
  top: number;
  tableEnd: number;
  firstActivity: number;
  activityCount: number;
  numberCell: { row: number; col: number };
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

function findBlocks(sheet: ExcelJS.Worksheet): Block[] {
  const titles: number[] = [];
  sheet.eachRow((row, r) => {
    if (String(row.getCell(1).value ?? "").startsWith("PROGRAMA OPERATIVO ANUAL")) titles.push(r);
  });
  const merges = (sheet.model.merges ?? []).map((ref) => {
    const [a, b] = ref.split(":");
    const start = sheet.getCell(a!);
    const end = sheet.getCell(b!);
    return { top: Number(start.row), left: Number(start.col), bottom: Number(end.row), right: Number(end.col) };
  });
  return titles.map((top, i) => {
    const limit = (titles[i + 1] ?? sheet.rowCount + 1) - 1;
    let header = top;
    let numberCell = { row: top, col: 1 };
    let tableEnd = top;
    for (let r = top; r <= limit; r++) {
      const row = sheet.getRow(r);
      row.eachCell((cell, c) => {
        if (cell.value === "ACTIVIDAD") header = r;
        if (cell.value === "NÚMERO DE ACCIÓN" && cell.type !== ExcelJS.ValueType.Merge) numberCell = { row: r + 1, col: c };
      });
      if (row.cellCount > 0 && row.hasValues) tableEnd = r;
    }
    const firstActivity = header + 2;
    return {
      top,
      tableEnd,
      firstActivity,
      activityCount: tableEnd - firstActivity + 1,
      numberCell,
      merges: merges.filter((m) => m.top >= top && m.bottom <= limit),
    };
  });
}

function copyRow(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet, source: number, target: number): void {
  const row = from.getRow(source);
  const out = to.getRow(target);
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    if (cell.type === ExcelJS.ValueType.Merge) return;
    const copy = out.getCell(c);
    copy.value = cell.value;
    if (cell.numFmt) copy.numFmt = cell.numFmt;
  });
}
