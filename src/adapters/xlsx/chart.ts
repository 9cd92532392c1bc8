import JSZip from "jszip";
import { toA1 } from "../../domain/a1";
import type { Area } from "../../domain/grid";
import type { ChartSpec } from "../../domain/sheets/spec";

export interface PendingChart {
  sheet: string;
  chart: ChartSpec;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;

const escapeAttribute = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeXml = (text: string) => text.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, body: string) =>
    body.startsWith("#") ? String.fromCodePoint(parseInt(body.slice(body[1] === "x" ? 2 : 1), body[1] === "x" ? 16 : 10)) : (ENTITIES[body] ?? whole),
  );
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (sheet: string, a: Area) =>
  `${quoteSheet(sheet)}!$${toA1(a.top, a.left).replace(/(\d+)$/, "$$$1")}:$${toA1(a.bottom, a.right).replace(/(\d+)$/, "$$$1")}`;

function chartXml(sheet: string, chart: ChartSpec): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">
<c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/>
<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx>
<c:spPr><a:solidFill><a:srgbClr val="107C41"/></a:solidFill></c:spPr>
<c:cat><c:strRef><c:f>${escapeXml(absolute(sheet, chart.categories))}</c:f></c:strRef></c:cat>
<c:val><c:numRef><c:f>${escapeXml(absolute(sheet, chart.values))}</c:f></c:numRef></c:val>
</c:ser>
<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>
<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/></c:catAx>
<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${chart.axis.max === null ? "" : `<c:max val="${chart.axis.max}"/><c:min val="0"/>`}</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${escapeAttribute(chart.axis.numberFormat)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/></c:valAx>
</c:plotArea>
<c:plotVisOnly val="1"/>
</c:chart>
</c:chartSpace>`;
}

function drawingXml(chart: ChartSpec, chartRel: string): string {
  const { row, col, cols, rows } = chart.at;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor>
<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="${chartRel}"/></a:graphicData></a:graphic>
</xdr:graphicFrame><xdr:clientData/>
</xdr:twoCellAnchor>
</xdr:wsDr>`;
}

/** Adds a relationship to a .rels part (creating it), returning its id. */
function addRelationship(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  const used = new Set([...base.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdPoa${n}`)) n++;
  const id = `rIdPoa${n}`;
  return { xml: base.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`), id };
}

/**
 * ExcelJS cannot write charts; this adds a bar chart to a written workbook as the OOXML parts
 * Excel itself writes: chart, drawing, their relationships and content types.
 */
export async function addCharts(bytes: Uint8Array, charts: readonly PendingChart[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [index, { sheet, chart }] of charts.entries()) {
    const n = index + 1;
    const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => decodeXml(/name="([^"]*)"/.exec(tag)?.[1] ?? "") === sheet);
    const relId = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
    const target = relId && new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(workbookRels);
    const sheetTarget = target?.[1] ?? target?.[2];
    if (!sheetTarget) continue;
    const sheetPath = `xl/${sheetTarget.replace(/^\/?xl\//, "")}`;
    const sheetFile = sheetPath.split("/").pop()!;
    const sheetRelsPath = `xl/worksheets/_rels/${sheetFile}.rels`;

    zip.file(`xl/charts/chartPoa${n}.xml`, chartXml(sheet, chart));
    const drawingRels = addRelationship(null, REL_CHART, `../charts/chartPoa${n}.xml`);
    zip.file(`xl/drawings/_rels/drawingPoa${n}.xml.rels`, drawingRels.xml);
    zip.file(`xl/drawings/drawingPoa${n}.xml`, drawingXml(chart, drawingRels.id));

    const sheetRels = addRelationship((await zip.file(sheetRelsPath)?.async("string")) ?? null, REL_DRAWING, `../drawings/drawingPoa${n}.xml`);
    zip.file(sheetRelsPath, sheetRels.xml);
    let sheetXml = await zip.file(sheetPath)!.async("string");
    if (!sheetXml.includes(`xmlns:r="${NS_REL}"`)) sheetXml = sheetXml.replace(`xmlns="${NS_MAIN}"`, `xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"`);
    // <drawing> goes before legacyDrawing/tableParts/extLst, as the schema orders them.
    const drawing = `<drawing r:id="${sheetRels.id}"/>`;
    const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before ? sheetXml.slice(0, before.index) + drawing + sheetXml.slice(before.index) : sheetXml.replace("</worksheet>", `${drawing}</worksheet>`);
    zip.file(sheetPath, sheetXml);

    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/charts/chartPoa${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/drawings/drawingPoa${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
