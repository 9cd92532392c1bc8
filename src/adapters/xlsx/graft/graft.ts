import { UserError } from "../../../workbook/errors";
import type { OurSheet } from "../sheetPackage";
import type { XlsxPackage } from "./package";
import { mergeStyles, type StyleOffsets } from "./styles";
import { attr, elements, escapeAttr, NS, prefixed, section, withAttr, XML_DECLARATION } from "./xml";

const REL = NS.rel;
const WORKSHEET = `${REL}/worksheet`;
const CONTENT_TYPES = "[Content_Types].xml";

export const STRUCTURE_LOCKED = {
  es: "El libro está protegido en su estructura (Revisar → Proteger libro): no se le pueden agregar hojas. Quite esa protección y vuelva a intentarlo.",
  en: "The workbook's structure is protected (Review → Protect Workbook): no sheet can be added to it. Remove that protection and try again.",
};

interface Rel {
  id: string;
  type: string;
  target: string;
  element: string;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

export function relsOf(part: string): string {
  return `${folderOf(part) ? `${folderOf(part)}/` : ""}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

function resolve(folder: string, target: string): string {
  const out: string[] = [];
  for (const p of (target.startsWith("/") ? target.slice(1) : `${folder}/${target}`).split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

/** `to` as a relationship target from `from`'s folder. */
function relative(from: string, to: string): string {
  const a = folderOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

function readRels(pkg: XlsxPackage, part: string): Rel[] {
  const xml = pkg.text(relsOf(part)) ?? "";
  return elements(xml, "Relationship")
    .filter((element) => attr(element, "TargetMode") !== "External")
    .map((element) => ({ id: attr(element, "Id") ?? "", type: attr(element, "Type") ?? "", target: resolve(folderOf(part), attr(element, "Target") ?? ""), element }));
}

export function workbookPart(pkg: XlsxPackage): string {
  const rel = elements(pkg.text("_rels/.rels") ?? "", "Relationship").find((r) => (attr(r, "Type") ?? "").endsWith("/officeDocument"));
  return resolve("", attr(rel ?? "", "Target") ?? "xl/workbook.xml");
}

function contentTypeOf(pkg: XlsxPackage, part: string): string | undefined {
  const override = elements(pkg.text(CONTENT_TYPES) ?? "", "Override").find((o) => (attr(o, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
  return override ? attr(override, "ContentType") : undefined;
}

function setContentType(pkg: XlsxPackage, part: string, type: string | null): void {
  let xml = pkg.text(CONTENT_TYPES)!;
  const existing = elements(xml, "Override").find((o) => (attr(o, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
  if (existing) xml = xml.replace(existing, "");
  if (type !== null) {
    const types = section(xml, "Types")!;
    xml = `${xml.slice(0, types.innerEnd)}${prefixed(`<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`, types.prefix)}${xml.slice(types.innerEnd)}`;
  }
  pkg.setText(CONTENT_TYPES, xml);
}

function addRelationship(pkg: XlsxPackage, part: string, type: string, target: string): string {
  const path = relsOf(part);
  let xml = pkg.text(path) ?? `${XML_DECLARATION}<Relationships xmlns="${NS.pkg}"></Relationships>`;
  const taken = new Set(elements(xml, "Relationship").map((r) => attr(r, "Id")));
  let n = 1;
  while (taken.has(`rIdPoa${n}`)) n++;
  const id = `rIdPoa${n}`;
  const root = section(xml, "Relationships")!;
  xml = `${xml.slice(0, root.innerEnd)}${prefixed(`<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(relative(part, target))}"/>`, root.prefix)}${xml.slice(root.innerEnd)}`;
  pkg.setText(path, xml);
  return id;
}

/** A part and all it reaches through relationships (a sheet's tables, its drawing and the drawing's charts). */
function ownedParts(pkg: XlsxPackage, part: string): string[] {
  const found = [part];
  for (const rel of readRels(pkg, part)) if (pkg.has(rel.target) && !found.includes(rel.target)) found.push(...ownedParts(pkg, rel.target));
  return found;
}

function removePart(pkg: XlsxPackage, part: string): void {
  pkg.remove(part);
  pkg.remove(relsOf(part));
  setContentType(pkg, part, null);
}



function tableId(xml: string): number {
  const table = section(xml, "table");
  return table ? Number(attr(xml.slice(table.start), "id") ?? 0) : 0;
}

function tableName(xml: string): string {
  const table = section(xml, "table");
  return table ? (attr(xml.slice(table.start), "name") ?? "") : "";
}

function withTableId(xml: string, id: number): string {
  const table = section(xml, "table")!;
  return xml.slice(0, table.start) + withAttr(xml.slice(table.start), "id", String(id));
}


export interface GraftPlace {
  name: string;
  /** The add-in's earlier sheet of this kind, replaced in its place. */
  replace: string | null;
  first?: boolean;
}

/**
 * Grafts the one sheet of `ours` (a package `sheetPackage` wrote) into the user's package:
 * its part with its tables, drawing and charts under names not taken, its styles appended to
 * the user's, its texts inline, its print titles among the defined names, a sheet entry and a
 * relationship in the workbook, content types. Every other part stays as it was, byte for byte;
 * only a replaced sheet of ours goes, with what it owned, and the calculation chain when it
 * names that sheet (Excel rebuilds it).
 */
export function graftSheet(user: XlsxPackage, sheet: OurSheet, place: GraftPlace): void {
  const ours = sheet.pkg;
  const workbook = workbookPart(user);
  let wbXml = user.text(workbook)!;
  const protection = section(wbXml, "workbookProtection");
  if (protection && /^(1|true)$/.test(attr(wbXml.slice(protection.start, protection.end), "lockStructure") ?? "")) throw new UserError(STRUCTURE_LOCKED);

  const ourWorkbook = workbookPart(ours);
  const ourSheet = sheet.part;
  const ourStyles = readRels(ours, ourWorkbook).find((r) => r.type.endsWith("/styles"))!.target;
  const userRels = readRels(user, workbook);
  const userStyles = userRels.find((r) => r.type.endsWith("/styles"))?.target;

  // Styles.
  let offsets: StyleOffsets = { xf: 0, dxf: 0 };
  if (userStyles && user.has(userStyles)) {
    const merged = mergeStyles(user.text(userStyles)!, ours.text(ourStyles)!);
    user.setText(userStyles, merged.xml);
    offsets = merged.offsets;
  } else {
    const stylesPart = resolve(folderOf(workbook), "styles.xml");
    user.setText(stylesPart, ours.text(ourStyles)!);
    setContentType(user, stylesPart, contentTypeOf(ours, ourStyles)!);
    addRelationship(user, workbook, `${REL}/styles`, stylesPart);
  }

  // The old sheet of ours, and what it owned, go; its place in the sheet list is kept.
  const sheetsAt = section(wbXml, "sheets")!;
  const entries = elements(wbXml.slice(sheetsAt.innerStart, sheetsAt.innerEnd), "sheet");
  let index = place.first ? 0 : entries.length;
  const prefix = sheetsAt.prefix;
  let removedIndex: number | null = null;
  if (place.replace !== null) {
    const sheets = sheetEntries(user);
    removedIndex = sheets.findIndex((sheet) => sheet.name === place.replace);
    const { entry: old, rel } = sheets[removedIndex]!;
    if (rel) {
      for (const part of ownedParts(user, rel.target)) removePart(user, part);
      user.setText(relsOf(workbook), (user.text(relsOf(workbook)) ?? "").replace(rel.element, ""));
      dropCalcChainOf(user, workbook, attr(old, "sheetId") ?? "");
    }
    wbXml = wbXml.replace(old, "");
    index = removedIndex;
  }

  // Our parts, under names the workbook does not use.
  const sheetPart = user.freeName((n) => `xl/worksheets/sheet${n}.xml`);

  // Table ids are unique across the workbook.
  const tableIds = user
    .names()
    .filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))
    .map((n) => tableId(user.text(n) ?? ""));
  let nextTableId = Math.max(0, ...tableIds) + 1;
  const renamed = new Map<string, string>();
  const copy = (from: string, to: string, edit: (xml: string) => string = (x) => x) => {
    renamed.set(from, to);
    user.setText(to, edit(ours.text(from)!));
    setContentType(user, to, contentTypeOf(ours, from)!);
  };
  const carry = (from: string): string => {
    if (renamed.has(from)) return renamed.get(from)!;
    const kind = from.split("/").slice(-2, -1)[0]!;
    const stem = from.slice(from.lastIndexOf("/") + 1).replace(/\d*\.xml$/, "");
    const to = user.freeName((n) => `xl/${kind}/${stem}${n}.xml`);
    if (kind === "tables") copy(from, to, (xml) => withTableId(xml, nextTableId++));
    else copy(from, to);
    // The part's own relationships (a drawing's chart) follow it, targets renamed.
    const rels = ours.text(relsOf(from));
    if (rels !== null) {
      let relXml = rels;
      for (const rel of readRels(ours, from)) relXml = relXml.replace(rel.element, withAttr(rel.element, "Target", escapeAttr(relative(to, carry(rel.target)))));
      user.setText(relsOf(to), relXml);
    }
    return to;
  };
  const sheetRels = ours.text(relsOf(ourSheet));
  if (sheetRels !== null) {
    let relXml = sheetRels;
    for (const rel of readRels(ours, ourSheet)) relXml = relXml.replace(rel.element, withAttr(rel.element, "Target", escapeAttr(relative(sheetPart, carry(rel.target)))));
    user.setText(relsOf(sheetPart), relXml);
  }
  user.setPieces(sheetPart, (pool) => sheet.render(offsets, pool));
  setContentType(user, sheetPart, contentTypeOf(ours, ourSheet)!);

  // The workbook: the sheet's entry and relationship, its print titles, a recalculation on open.
  const relId = addRelationship(user, workbook, WORKSHEET, sheetPart);
  const sheetIds = entries.map((e) => Number(attr(e, "sheetId") ?? 0));
  const entry = prefixed(`<sheet name="${escapeAttr(place.name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" r:id="${relId}"/>`, prefix);
  const rootOpen = wbXml.slice(0, wbXml.indexOf(">", section(wbXml, "workbook")!.start) + 1);
  const withR = rootOpen.includes(`xmlns:r="${REL}"`) ? entry : entry.replace(" r:id=", ` xmlns:r="${REL}" r:id=`);
  const sheets = section(wbXml, "sheets")!;
  const kept = elements(wbXml.slice(sheets.innerStart, sheets.innerEnd), "sheet");
  const before = kept.slice(0, index).join("");
  wbXml = `${wbXml.slice(0, sheets.innerStart)}${before}${withR}${kept.slice(index).join("")}${wbXml.slice(sheets.innerEnd)}`;
  wbXml = definedNames(wbXml, ours.text(ourWorkbook)!, index, removedIndex, prefix);
  wbXml = recalculatedOnOpen(wbXml, prefix);
  user.setText(workbook, wbXml);
}

/**
 * Our print titles and areas (localSheetId 0 in our workbook) at the sheet's index; the names
 * of a replaced sheet go with it; a sheet put in front moves the others' indices along.
 */
function definedNames(wbXml: string, ourWorkbook: string, index: number, replaced: number | null, prefix: string): string {
  const ours = elements(ourWorkbook, "definedName").map((d) => prefixed(withAttr(d, "localSheetId", String(index)), prefix));
  let xml = wbXml;
  const at = section(xml, "definedNames");
  const existing = at ? elements(xml.slice(at.innerStart, at.innerEnd), "definedName") : [];
  const shifted = existing
    .filter((d) => replaced === null || attr(d, "localSheetId") !== String(replaced))
    .map((d) => {
      const local = attr(d, "localSheetId");
      return replaced === null && local !== undefined && Number(local) >= index ? withAttr(d, "localSheetId", String(Number(local) + 1)) : d;
    });
  const all = [...shifted, ...ours];
  if (at) {
    const open = at.innerStart === at.end ? `<${at.prefix}definedNames>` : xml.slice(at.start, at.innerStart);
    xml = all.length === 0 ? xml.slice(0, at.start) + xml.slice(at.end) : `${xml.slice(0, at.start)}${open}${all.join("")}</${at.prefix}definedNames>${xml.slice(at.end)}`;
  } else if (all.length > 0) {
    // After the sheet list (and any external references), as CT_Workbook orders them.
    const after = section(xml, "externalReferences") ?? section(xml, "functionGroups") ?? section(xml, "sheets")!;
    xml = `${xml.slice(0, after.end)}<${prefix}definedNames>${all.join("")}</${prefix}definedNames>${xml.slice(after.end)}`;
  }
  return xml;
}

/** Our formulas computed when Excel opens the file: `fullCalcOnLoad` on the workbook's calcPr. */
function recalculatedOnOpen(wbXml: string, prefix: string): string {
  const calc = section(wbXml, "calcPr");
  if (calc) return `${wbXml.slice(0, calc.start)}${withAttr(wbXml.slice(calc.start, calc.end), "fullCalcOnLoad", "1")}${wbXml.slice(calc.end)}`;
  const after = section(wbXml, "definedNames") ?? section(wbXml, "externalReferences") ?? section(wbXml, "functionGroups") ?? section(wbXml, "sheets")!;
  return `${wbXml.slice(0, after.end)}<${prefix}calcPr fullCalcOnLoad="1"/>${wbXml.slice(after.end)}`;
}

/**
 * Excel's cache of the order to compute formulas in. Once Excel has saved the workbook with our
 * sheet in it, the cache names that sheet's cells by its id; with the sheet gone the cache is
 * wrong (Excel's repair prompt), so it goes, and Excel rebuilds it on open.
 */
function dropCalcChainOf(pkg: XlsxPackage, workbook: string, sheetId: string): void {
  const chain = readRels(pkg, workbook).find((r) => r.type.endsWith("/calcChain"));
  if (!chain || !new RegExp(`\\si="${sheetId}"`).test(pkg.text(chain.target) ?? "")) return;
  removePart(pkg, chain.target);
  pkg.setText(relsOf(workbook), pkg.text(relsOf(workbook))!.replace(chain.element, ""));
}

/** The workbook's sheets in order: each name, its entry in workbook.xml as written, and the relationship to its part. */
export function sheetEntries(pkg: XlsxPackage): Array<{ name: string; entry: string; rel: Rel | undefined }> {
  const workbook = workbookPart(pkg);
  const xml = pkg.text(workbook) ?? "";
  const rels = readRels(pkg, workbook);
  const sheets = section(xml, "sheets");
  if (!sheets) return [];
  return elements(xml.slice(sheets.innerStart, sheets.innerEnd), "sheet").map((entry) => ({
    name: (attr(entry, "name") ?? "").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    entry,
    rel: rels.find((r) => r.id === attr(entry, "r:id")),
  }));
}

/** The workbook's sheets in order, each with the names of its tables (lower case). */
export function sheetsWithTables(pkg: XlsxPackage): Array<{ name: string; tables: string[] }> {
  return sheetEntries(pkg).map(({ name, rel }) => {
    const tables = rel ? readRels(pkg, rel.target).filter((r) => r.type.endsWith("/table")) : [];
    return { name, tables: tables.map((t) => tableName(pkg.text(t.target) ?? "").toLowerCase()) };
  });
}
