import ExcelJS from "exceljs";
import { QUARTER_CAPTIONS } from "../../src/domain/labels";
import { INSTITUTIONAL } from "../../src/domain/templates/institucional";

type Row = [string, string, string, string, string, number, string, number, number[], Array<number | null>, number, number, string, string];

/** A state security secretariat's 2024 POA: three printed pages, two URs, eight activities. */
export const PAGES: Row[][] = [
  [
    ["0801", "1", "Patrullajes preventivos en colonias", "Art. 12 fr. I", "1.1.1", 600000, "Patrullaje", 1200, [300, 300, 300, 300], [290, 305, null, null], 595, 49.6, "Disuadir el delito", "Se cubrieron las rutas programadas"],
    ["0801", "2", "Operativos en zonas de alta incidencia", "Art. 12 fr. II", "1.1.2", 400000, "Operativo", 48, [12, 12, 12, 12], [12, 11, null, null], 23, 47.9, "Reducir la incidencia", "Un operativo se reprogramó"],
    ["0801", "3", "Capacitación policial", "Art. 15 fr. IV", "1.2.1", 300000, "Curso", 20, [5, 5, 5, 5], [5, 5, null, null], 10, 50, "Profesionalizar al personal", "Sin variaciones"],
    ["0801", "4", "Equipamiento de patrullas", "Art. 15 fr. VI", "1.2.2", 200000, "Patrulla", 10, [0, 5, 5, 0], [0, 4, null, null], 4, 40, "Mejorar la respuesta", "Entrega parcial del proveedor"],
  ],
  [
    ["0802", "5", "Pláticas de prevención en escuelas", "Art. 20 fr. I", "2.1.1", 150000, "Plática", 80, [20, 20, 20, 20], [18, 22, null, null], 40, 50, "Prevenir la violencia escolar", "Sin variaciones"],
    ["0802", "6", "Formación de comités vecinales", "Art. 20 fr. III", "2.1.2", 100000, "Comité", 24, [6, 6, 6, 6], [6, 6, null, null], 12, 50, "Involucrar a la comunidad", "Sin variaciones"],
    ["0802", "7", "Campañas de difusión", "Art. 21 fr. II", "2.2.1", 120000, "Campaña", 4, [1, 1, 1, 1], [1, 1, null, null], 2, 50, "Informar a la población", "Sin variaciones"],
  ],
  [["0802", "8", "Atención a jóvenes en riesgo", "Art. 22 fr. I", "2.3.1", 80000, "Joven", 200, [50, 50, 50, 50], [45, 50, null, null], 95, 47.5, "Reinsertar a jóvenes", "Bajas voluntarias en el primer trimestre"]],
];

export const UNITS = [
  ["UR PRINCIPAL", "0801", "Dirección General de Seguridad Pública", 1500000, [320000, 360000, 0, 0], 0.4533],
  ["UR DERIVADA", "0802", "Dirección de Prevención del Delito", 450000, [90000, 110000, 0, 0], 0.4444],
] as const;

export const HEADER_ROWS = 10;

/** First sheet row (1-based) of each page. */
export function pageTops(): number[] {
  const tops: number[] = [];
  let row = 1;
  for (const page of PAGES) {
    tops.push(row);
    row += HEADER_ROWS + page.length + 2;
  }
  return tops;
}

export function buildInstitutionalFixture(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("POA 2024", { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [10, 8, 34, 14, 14, 16, 14, 11, 9, 9, 9, 9, 9, 9, 9, 9, 11, 11, 28, 28].map((width) => ({ width }));
  const money = '"$"#,##0.00';
  const label = (cell: ExcelJS.Cell, text: string) => {
    cell.value = text;
    cell.font = { bold: true, size: 9 };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E7DD" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  const tops = pageTops();
  PAGES.forEach((activities, page) => {
    const t = tops[page]!;
    ws.mergeCells(t, 1, t, 20);
    ws.getCell(t, 1).value = "PROGRAMA OPERATIVO ANUAL 2024";
    ws.getCell(t, 1).font = { bold: true, size: 14 };
    label(ws.getCell(t + 1, 1), INSTITUTIONAL.institucion);
    ws.mergeCells(t + 1, 1, t + 1, 3);
    ws.mergeCells(t + 1, 4, t + 1, 10);
    ws.getCell(t + 1, 4).value = "Secretaría de Seguridad Pública del Estado";
    label(ws.getCell(t + 1, 11), INSTITUTIONAL.programa);
    ws.mergeCells(t + 1, 11, t + 1, 13);
    ws.mergeCells(t + 1, 14, t + 1, 20);
    ws.getCell(t + 1, 14).value = "E015 Seguridad pública y prevención del delito";
    const urCols = [1, 3, 4, 8, 9, 10, 11, 12, 13];
    INSTITUTIONAL.urHeader.forEach((caption, i) => label(ws.getCell(t + 2, urCols[i]!), caption));
    UNITS.forEach(([name, code, unitName, assigned, spent, progress], i) => {
      const r = t + 3 + i;
      label(ws.getCell(r, 1), name);
      ws.getCell(r, 3).value = code;
      ws.getCell(r, 4).value = unitName;
      ws.getCell(r, 8).value = assigned;
      ws.getCell(r, 8).numFmt = money;
      spent.forEach((v, q) => {
        ws.getCell(r, 9 + q).value = v;
        ws.getCell(r, 9 + q).numFmt = money;
      });
      ws.getCell(r, 13).value = progress;
      ws.getCell(r, 13).numFmt = "0.0%";
    });
    [["EJE RECTOR", 1, 3, "Eje 1. Seguridad humana"], ["EJE TRANSVERSAL", 8, 10, "Igualdad de género"], ["EJE GENERAL", 14, 16, "Estado de derecho"]].forEach(([caption, l, v, text]) => {
      label(ws.getCell(t + 5, l as number), caption as string);
      ws.getCell(t + 5, v as number).value = text as string;
    });
    const classification = [["1", "Gobierno"], ["1.7", "Asuntos de Orden Público y de Seguridad Interior"], ["1.7.1", "Policía"], ["E", "Prestación de Servicios Públicos"]];
    INSTITUTIONAL.classification.forEach((caption, i) => {
      label(ws.getCell(t + 6, 1 + i * 5), caption);
      ws.mergeCells(t + 6, 1 + i * 5, t + 6, 5 + i * 5);
      ws.getCell(t + 7, 1 + i * 5).value = classification[i]![0]!;
      ws.getCell(t + 7, 2 + i * 5).value = classification[i]![1]!;
    });
    const tableCols = [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 17, 18, 19, 20];
    INSTITUTIONAL.table.forEach((caption, i) => label(ws.getCell(t + 8, tableCols[i]!), caption));
    ws.mergeCells(t + 8, 9, t + 8, 12);
    ws.mergeCells(t + 8, 13, t + 8, 16);
    QUARTER_CAPTIONS.forEach((caption, q) => {
      label(ws.getCell(t + 9, 9 + q), caption);
      label(ws.getCell(t + 9, 13 + q), caption);
    });
    activities.forEach((a, i) => {
      const row = ws.getRow(t + HEADER_ROWS + i);
      const [ur, no, actividad, art, estrategia, monto, unidad, meta, calendar, realized, total, progress, objetivo, justificacion] = a;
      [ur, no, actividad, art, estrategia].forEach((v, c) => (row.getCell(1 + c).value = v));
      row.getCell(6).value = monto;
      row.getCell(6).numFmt = money;
      row.getCell(7).value = unidad;
      row.getCell(8).value = meta;
      calendar.forEach((v, q) => (row.getCell(9 + q).value = v));
      realized.forEach((v, q) => (row.getCell(13 + q).value = v));
      row.getCell(17).value = total;
      row.getCell(18).value = progress;
      row.getCell(19).value = objetivo;
      row.getCell(20).value = justificacion;
    });
  });
  const end = tops[tops.length - 1]! + HEADER_ROWS + PAGES[PAGES.length - 1]!.length + 2;
  ["ELABORÓ", "REVISÓ", "AUTORIZÓ"].forEach((caption, i) => {
    ws.getCell(end, 2 + i * 7).value = caption;
    ws.getCell(end + 3, 2 + i * 7).value = ["Lic. Ana Pérez Ruiz", "Mtro. Luis Díaz Soto", "Gral. Rosa Méndez Vela"][i]!;
  });
  return workbook;
}
