import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { type Parts, replacePart, unzipParts, zipParts } from "./xlsxParts";

/**
 * Hostile and broken workbooks, made in the test (nothing big is committed): each one a way a
 * file can try to crash, hang or fool the reader.
 */
async function small(): Promise<Parts> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("POA");
  ws.getCell("A1").value = "PROGRAMA OPERATIVO ANUAL 2024";
  ws.getCell("A2").value = "hola";
  return unzipParts(new Uint8Array(await wb.xlsx.writeBuffer()));
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
}

export async function hostileCases(): Promise<HostileCase[]> {
  const base = await small();
  const merges40k = Array.from({ length: 40_000 }, (_, i) => `A${i + 3}:B${i + 3}`);
  const valid = zipParts(base);
  return [
    { name: "zip bomb", bytes: bomb(base), exit: 2, says: /bomba zip/ },
    { name: "whole-sheet merge", bytes: zipParts(withMerges(base, ["A1:XFD1048576"])), exit: 0, says: null },
    { name: "40,000 merges", bytes: zipParts(withMerges(base, merges40k)), exit: 0, says: null },
    { name: "overlapping merges", bytes: zipParts(withMerges(base, ["A1:C3", "B2:D4"])), exit: 0, says: null },
    {
      name: "billion laughs",
      bytes: zipParts(replacePart(base, SHEET, (xml) => xml.replace(/^<\?xml[^>]*\?>/, LAUGHS).replace("<v>", "<v>&lol4;"))),
      exit: 2,
      says: /DTD/,
    },
    {
      name: "XXE",
      bytes: zipParts(
        replacePart(base, "xl/sharedStrings.xml", (xml) =>
          xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace("hola", "&xxe;"),
        ),
      ),
      exit: 2,
      says: /DTD/,
    },
    { name: "truncated zip", bytes: valid.subarray(0, Math.floor(valid.length * 0.6)), exit: 2, says: /dañado/ },
    { name: "missing workbook.xml", bytes: zipParts(base.filter(([n]) => n !== "xl/workbook.xml")), exit: 2, says: /falta la parte principal/ },
    { name: "missing sheet part", bytes: zipParts(base.filter(([n]) => n !== SHEET)), exit: 2, says: /falta la hoja/ },
    { name: "bad cell reference", bytes: zipParts(replacePart(base, SHEET, (xml) => xml.replace('r="A2"', 'r="ZZZZ99999999"'))), exit: 2, says: /referencia de celda inválida/ },
    {
      name: "shared string out of range",
      bytes: zipParts(replacePart(base, SHEET, (xml) => xml.replace(/(<c r="A2"[^>]*><v>)\d+/, "$1999999"))),
      exit: 2,
      says: /texto compartido que no existe/,
    },
    {
      name: "sheet name over Excel's 31",
      bytes: zipParts(replacePart(base, "xl/workbook.xml", (xml) => xml.replace('name="POA"', `name="${"y".repeat(32)}"`))),
      exit: 0,
      says: null,
    },
    { name: "NaN in a number cell", bytes: zipParts(replacePart(base, SHEET, (xml) => xml.replace("</sheetData>", '<row r="9"><c r="C9"><v>NaN</v></c></row></sheetData>'))), exit: 0, says: null },
  ];
}
