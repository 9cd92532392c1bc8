import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { partBytes, type Parts, replacePart, storedZip, unzipParts, zipParts } from "./xlsxParts";

/**
 * Hostile and broken workbooks, made in the test (nothing big is committed): each one a way a
 * file can try to crash, hang or fool the reader.
 */
async function small(): Promise<Parts> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POA");
  ws.getCell("A1").value = "PROGRAMA OPERATIVO ANUAL 2024";
  ws.getCell("A2").value = "hola";
  wb.addWorksheet("Notas").getCell("A1").value = "otra hoja";
  return unzipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Rows each holding a value in A and one in XFD: few cells, the whole width of the sheet between them. */
function sparseWide(parts: Parts, rows: number): Parts {
  return replacePart(parts, SHEET, (xml) => {
    const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>1</v></c><c r="XFD${i + 3}"><v>2</v></c></row>`).join("");
    return xml.replace("</sheetData>", `${body}</sheetData>`);
  });
}

const SHEET = "xl/worksheets/sheet1.xml";

function withMerges(parts: Parts, refs: string[]): Parts {
  return replacePart(parts, SHEET, (xml) => {
    const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
    return xml.replace(/<mergeCells[^>]*>.*?<\/mergeCells>/s, "").replace("</sheetData>", `</sheetData>${merges}`);
  });
}

/** A sheet whose XML inflates far beyond its size: 48 MB of blanks in a few dozen KB. */
function bomb(parts: Parts): Uint8Array {
  const rows = " ".repeat(48 * 1024 * 1024);
  const files: Record<string, [Uint8Array, { level: 9 }]> = {};
  for (const [name, data] of parts) {
    const text = name === SHEET ? (data as string).replace("<sheetData>", `<sheetData>${rows}`) : data;
    files[name] = [typeof text === "string" ? strToU8(text) : text, { level: 9 }];
  }
  return zipSync(files);
}

const LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>';

export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** What `poa validate` must answer: the exit code, and a word of the Spanish message. */
  exit: 0 | 1 | 2;
  says: RegExp | null;
  /** The technical reason, said only with --debug. */
  detail?: RegExp;
}

export async function hostileCases(): Promise<HostileCase[]> {
  const base = await small();
  const merges40k = Array.from({ length: 40_000 }, (_, i) => `A${i + 3}:B${i + 3}`);
  const valid = zipParts(base);
  const workbookXml = (edit: (xml: string) => string) => zipParts(replacePart(base, "xl/workbook.xml", edit));
  const sheetXml = (edit: (xml: string) => string) => zipParts(replacePart(base, SHEET, edit));
  const DAMAGED = /El archivo está dañado y no se puede leer.*guárdelo de nuevo desde Excel.*pida el archivo otra vez/;
  return [
    { name: "zip bomb", bytes: bomb(base), exit: 2, says: /bomba zip/ },
    { name: "whole-sheet merge", bytes: zipParts(withMerges(base, ["A1:XFD1048576"])), exit: 0, says: null },
    { name: "40,000 merges", bytes: zipParts(withMerges(base, merges40k)), exit: 0, says: null },
    { name: "overlapping merges", bytes: zipParts(withMerges(base, ["A1:C3", "B2:D4"])), exit: 0, says: null },
    {
      name: "billion laughs",
      bytes: sheetXml((xml) => xml.replace(/^<\?xml[^>]*\?>/, LAUGHS).replace("<v>", "<v>&lol4;")),
      exit: 2,
      says: DAMAGED,
      detail: /DTD/,
    },
    {
      name: "XXE",
      bytes: zipParts(
        replacePart(base, "xl/sharedStrings.xml", (xml) =>
          xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace("hola", "&xxe;"),
        ),
      ),
      exit: 2,
      says: DAMAGED,
      detail: /DTD/,
    },
    { name: "truncated zip", bytes: valid.subarray(0, Math.floor(valid.length * 0.6)), exit: 2, says: /está incompleto, como si no se hubiera copiado o descargado entero/ },
    { name: "missing workbook.xml", bytes: zipParts(base.filter(([n]) => n !== "xl/workbook.xml")), exit: 2, says: DAMAGED, detail: /workbook\.xml/ },
    { name: "missing sheet part", bytes: zipParts(base.filter(([n]) => n !== SHEET)), exit: 2, says: /le falta la hoja «POA»/, detail: /sheet1\.xml/ },
    { name: "bad cell reference", bytes: sheetXml((xml) => xml.replace('r="A2"', 'r="ZZZZ99999999"')), exit: 2, says: DAMAGED, detail: /referencia de celda inválida/ },
    { name: "shared string out of range", bytes: sheetXml((xml) => xml.replace(/(<c r="A2"[^>]*><v>)\d+/, "$1999999")), exit: 2, says: DAMAGED, detail: /texto compartido que no existe/ },
    { name: "sheet name over Excel's 31", bytes: workbookXml((xml) => xml.replace('name="POA"', `name="${"y".repeat(32)}"`)), exit: 0, says: null },
    { name: "NaN in a number cell", bytes: sheetXml((xml) => xml.replace("</sheetData>", '<row r="9"><c r="C9"><v>NaN</v></c></row></sheetData>')), exit: 0, says: null },
    // Bounded by area, not only by the cells written.
    { name: "5,000 rows from A to XFD", bytes: zipParts(sparseWide(base, 5_000)), exit: 2, says: /límite de lectura: celdas de la hoja «POA» desde la columna A/ },
    { name: "50,000 rows from A to XFD", bytes: zipParts(sparseWide(base, 50_000)), exit: 2, says: /límite de lectura: celdas de la hoja «POA» desde la columna A/ },
    // One cell at the far corner is one cell, read in no time.
    { name: "a value in XFD1048576", bytes: sheetXml((xml) => xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>')), exit: 0, says: null },
    // Integrity.
    {
      name: "a byte changed inside workbook.xml",
      bytes: storedZip(partBytes(base), (name, data) => (name === "xl/workbook.xml" ? data.map((b, i) => (i === data.length - 40 ? b ^ 0x04 : b)) : data)),
      exit: 2,
      says: DAMAGED,
      detail: /\(CRC-32\) de la parte xl\/workbook\.xml no coincide/,
    },
    { name: "no workbook relationships", bytes: zipParts(base.filter(([n]) => n !== "xl/_rels/workbook.xml.rels")), exit: 2, says: DAMAGED, detail: /relaciones de xl\/workbook\.xml/ },
    {
      name: "a second, empty workbook.xml",
      bytes: storedZip([...partBytes(base), ["xl/workbook.xml", new Uint8Array()]]),
      exit: 2,
      says: DAMAGED,
      detail: /xl\/workbook\.xml está dos veces/,
    },
    { name: "a second workbook.xml in other case", bytes: storedZip([...partBytes(base), ["XL/Workbook.xml", new Uint8Array()]]), exit: 2, says: DAMAGED, detail: /dos veces/ },
    { name: "every sheet the same name", bytes: workbookXml((xml) => xml.replace('name="Notas"', 'name="poa"')), exit: 2, says: /tiene dos hojas llamadas «poa»/ },
    { name: "no sheet at all", bytes: workbookXml((xml) => xml.replace(/<sheet [^>]*\/>/g, "")), exit: 2, says: /no tiene ninguna hoja/ },
    // Strict where the format is strict, and what the file holds never echoed whole.
    { name: "shared-string index 0x1", bytes: sheetXml((xml) => xml.replace(/(<c r="A2"[^>]*><v>)\d+/, "$10x1")), exit: 2, says: DAMAGED, detail: /texto compartido que no existe \(0x1\)/ },
    { name: "a 5 MiB shared-string index", bytes: sheetXml((xml) => xml.replace(/(<c r="A2"[^>]*><v>)\d+/, `$1${"9".repeat(5 * 1024 * 1024)}`)), exit: 2, says: DAMAGED, detail: /\(9{79}…\)/ },
    { name: "a sheet without </sheetData>", bytes: sheetXml((xml) => xml.replace("</sheetData>", "")), exit: 2, says: DAMAGED, detail: /termina antes de cerrar/ },
    { name: "merged area B5:A1", bytes: zipParts(withMerges(base, ["B5:A1"])), exit: 2, says: DAMAGED, detail: /área combinada inválida \(B5:A1\)/ },
    { name: "merged area A0:B0", bytes: zipParts(withMerges(base, ["A0:B0"])), exit: 2, says: DAMAGED, detail: /área combinada inválida \(A0:B0\)/ },
    // Odd but valid: Excel opens these.
    { name: "every part stored, not compressed", bytes: storedZip(partBytes(base)), exit: 0, says: null },
    {
      name: "a chart sheet among the worksheets",
      bytes: zipParts([
        ...replacePart(
          replacePart(base, "xl/workbook.xml", (xml) => xml.replace("</sheets>", '<sheet name="Gráfica" sheetId="7" r:id="rIdChart"/></sheets>')),
          "xl/_rels/workbook.xml.rels",
          (xml) => xml.replace("</Relationships>", '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
        ),
        ["xl/chartsheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'],
      ]),
      exit: 0,
      says: null,
    },
    {
      name: "a legacy macro sheet listed with r:id=\"\"",
      bytes: workbookXml((xml) => xml.replace("</sheets>", '<sheet name="Macro1" sheetId="9" r:id=""/></sheets>')),
      exit: 0,
      says: /la hoja «Macro1» es una hoja de macros o de diálogo/,
    },
  ];
}
