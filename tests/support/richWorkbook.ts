import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Parts, replacePart, unzipParts } from "./xlsxParts";

/**
 * A real POA (the 2021 fixture) carrying what ExcelJS would lose and Excel users have: a chart
 * and an image in a drawing, notes with their VML, threaded comments, conditional formatting in
 * an extLst, a pivot table with its cache, defined names, a hidden and a very hidden sheet, a
 * protected sheet, macros (`vbaProject.bin`, so an .xlsm), an external link, custom XML, custom
 * properties and a calculation chain. Built part by part in the test: nothing big is committed.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const rels = (items: Array<[string, string, string]>) =>
  `${XML}<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${R}/${type}`}" Target="${target}"/>`).join("")}</Relationships>`;

/** Bytes no writer of ours would make: a part must come back exactly as it went. */
const opaque = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17) % 256);

export const RICH_PARTS: Parts = [
  ["xl/vbaProject.bin", opaque(4096, 1)],
  ["xl/media/image1.png", opaque(2048, 2)],
  ["xl/drawings/drawing1.xml", `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="914400" cy="914400"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Escudo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`],
  ["xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "image", "../media/image1.png"], ["rId2", "chart", "../charts/chart1.xml"]])],
  ["xl/charts/chart1.xml", `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`],
  ["xl/comments1.xml", `${XML}<comments xmlns="${MAIN}"><authors><author>Revisora</author></authors><commentList><comment ref="A3" authorId="0"><text><t>Revisar con Tesorería</t></text></comment></commentList></comments>`],
  ["xl/drawings/vmlDrawing1.vml", '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>'],
  ["xl/threadedComments/threadedComment1.xml", `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A3" dT="2026-11-01T10:00:00.00" personId="{1}" id="{2}"><text>Revisar con Tesorería</text></threadedComment></ThreadedComments>`],
  ["xl/pivotCache/pivotCacheDefinition1.xml", `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Resumen"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`],
  ["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]])],
  ["xl/pivotCache/pivotCacheRecords1.xml", `${XML}<pivotCacheRecords xmlns="${MAIN}" count="0"/>`],
  ["xl/pivotTables/pivotTable1.xml", `${XML}<pivotTableDefinition xmlns="${MAIN}" name="Dinámica" cacheId="7" dataCaption="Valores"><location ref="J1:K2" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`],
  ["xl/pivotTables/_rels/pivotTable1.xml.rels", rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]])],
  ["xl/externalLinks/externalLink1.xml", `${XML}<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${R}" r:id="rId1"/></externalLink>`],
  ["xl/externalLinks/_rels/externalLink1.xml.rels", `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="presupuesto.xlsx" TargetMode="External"/></Relationships>`],
  ["xl/calcChain.xml", `${XML}<calcChain xmlns="${MAIN}"><c r="G47" i="1"/></calcChain>`],
  ["customXml/item1.xml", `${XML}<datos><oficina>Planeación</oficina></datos>`],
  ["docProps/custom.xml", `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Expediente"><vt:lpwstr>POA-2021-07</vt:lpwstr></property></Properties>`],
];

/** The hidden, very hidden and protected sheets: small sheets of their own. */
const simpleSheet = (text: string, extra = "") =>
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData>${extra}</worksheet>`;

export function richWorkbook(): Parts {
  let parts: Parts = unzipParts(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));
  parts = replacePart(parts, "xl/workbook.xml", (xml) =>
    xml
      .replace(
        "</sheets>",
        '<sheet sheetId="3" name="Catálogos" state="hidden" r:id="rId90"/><sheet sheetId="4" name="Cálculo" state="veryHidden" r:id="rId91"/><sheet sheetId="5" name="Firmas" r:id="rId92"/></sheets><externalReferences><externalReference r:id="rId93"/></externalReferences><definedNames><definedName name="Tasa">0.16</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'POA 2021\'!$A$1:$N$60</definedName></definedNames>',
      )
      .replace(/<calcPr[^>]*\/>/, '<calcPr calcId="171027"/><pivotCaches><pivotCache cacheId="7" r:id="rId94"/></pivotCaches>'),
  );
  parts = replacePart(parts, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rId90" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId91" Type="${R}/worksheet" Target="worksheets/sheet4.xml"/><Relationship Id="rId92" Type="${R}/worksheet" Target="worksheets/sheet5.xml"/><Relationship Id="rId93" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/><Relationship Id="rId94" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rId95" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rId96" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  parts = replacePart(parts, "_rels/.rels", (xml) =>
    xml.replace("</Relationships>", `<Relationship Id="rId90" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`),
  );
  // The summary sheet carries the drawing, the notes, the threaded comments, a pivot table and x14 data bars.
  parts = replacePart(parts, "xl/worksheets/sheet2.xml", (xml) =>
    xml.replace(
      /<\/worksheet>$/,
      `<drawing r:id="rIdDr"/><legacyDrawing r:id="rIdVml"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings/></ext></extLst></worksheet>`,
    ),
  );
  parts.push(
    ["xl/worksheets/_rels/sheet2.xml.rels", rels([["rIdDr", "drawing", "../drawings/drawing1.xml"], ["rIdVml", "vmlDrawing", "../drawings/vmlDrawing1.vml"], ["rIdCm", "comments", "../comments1.xml"], ["rIdTc", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"], ["rIdPt", "pivotTable", "../pivotTables/pivotTable1.xml"]])],
    ["xl/worksheets/sheet3.xml", simpleSheet("Catálogo de partidas")],
    ["xl/worksheets/sheet4.xml", simpleSheet("Tasa de IVA")],
    ["xl/worksheets/sheet5.xml", simpleSheet("Firmas", '<sheetProtection sheet="1" objects="1" scenarios="1"/>')],
    ...RICH_PARTS,
  );
  const types: Array<[string, string]> = [
    ["/xl/worksheets/sheet3.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
    ["/xl/worksheets/sheet4.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
    ["/xl/worksheets/sheet5.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"],
    ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
    ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ["/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
    ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"],
    ["/xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"],
    ["/xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"],
    ["/xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"],
    ["/xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"],
    ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
  ];
  parts = replacePart(parts, "[Content_Types].xml", (xml) =>
    xml
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace(
        "</Types>",
        `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>${types.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("")}</Types>`,
      ),
  );
  return parts;
}
