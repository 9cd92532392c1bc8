import { attr, elements, prefixed, section, withAttr } from "./xml";

/** Where our sheet's style indices land in the user's lists: ours are appended after theirs. */
export interface StyleOffsets {
  xf: number;
  dxf: number;
}

/** The order ECMA-376 gives the lists of a stylesheet (CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const FIRST_CUSTOM_FORMAT = 164;

/** A list's children and the list itself, or an empty list where the stylesheet has none. */
function list(xml: string, tag: string, child: string) {
  const at = section(xml, tag);
  return { at, children: at ? elements(xml.slice(at.innerStart, at.innerEnd), child) : [] };
}

/**
 * The user's styles.xml with ours appended: number formats (new ids, or the user's own when the
 * code is the same), fonts, fills, borders, cell formats (their ids moved along) and the
 * differential formats of conditional formatting. Nothing of the user's changes place.
 */
export function mergeStyles(user: string, ours: string): { xml: string; offsets: StyleOffsets } {
  const root = section(user, "styleSheet");
  if (!root) throw new Error("styles.xml without styleSheet");
  const prefix = root.prefix;

  const userFormats = list(user, "numFmts", "numFmt").children;
  const byCode = new Map(userFormats.map((f) => [attr(f, "formatCode") ?? "", attr(f, "numFmtId") ?? ""]));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...userFormats.map((f) => Number(attr(f, "numFmtId") ?? 0))) + 1;
  const formatIds = new Map<string, string>();
  const added: string[] = [];
  const formatId = (id: string, code: string | undefined): string => {
    if (Number(id) < FIRST_CUSTOM_FORMAT) return id;
    const known = formatIds.get(id) ?? (code !== undefined ? byCode.get(code) : undefined);
    if (known) return known;
    const fresh = String(next++);
    formatIds.set(id, fresh);
    return fresh;
  };
  for (const format of list(ours, "numFmts", "numFmt").children) {
    const id = attr(format, "numFmtId") ?? "0";
    const code = attr(format, "formatCode");
    if (code !== undefined && byCode.has(code)) {
      formatIds.set(id, byCode.get(code)!);
      continue;
    }
    const fresh = formatId(id, undefined);
    added.push(withAttr(format, "numFmtId", fresh));
  }

  const offsets = { font: 0, fill: 0, border: 0, xf: 0, dxf: 0 };
  const appended: Array<{ tag: string; child: string; items: string[]; offsetOf: keyof typeof offsets | null }> = [
    { tag: "numFmts", child: "numFmt", items: added, offsetOf: null },
    { tag: "fonts", child: "font", items: list(ours, "fonts", "font").children, offsetOf: "font" },
    { tag: "fills", child: "fill", items: list(ours, "fills", "fill").children, offsetOf: "fill" },
    { tag: "borders", child: "border", items: list(ours, "borders", "border").children, offsetOf: "border" },
  ];
  for (const entry of appended) if (entry.offsetOf) offsets[entry.offsetOf] = list(user, entry.tag, entry.child).children.length;
  offsets.xf = list(user, "cellXfs", "xf").children.length;
  offsets.dxf = list(user, "dxfs", "dxf").children.length;

  const xfs = list(ours, "cellXfs", "xf").children.map((xf) => {
    let moved = withAttr(xf, "xfId", "0");
    moved = withAttr(moved, "numFmtId", formatId(attr(xf, "numFmtId") ?? "0", undefined));
    for (const [name, offset] of [
      ["fontId", offsets.font],
      ["fillId", offsets.fill],
      ["borderId", offsets.border],
    ] as const) {
      moved = withAttr(moved, name, String(Number(attr(xf, name) ?? 0) + offset));
    }
    return moved;
  });
  const dxfs = list(ours, "dxfs", "dxf").children.map((dxf) =>
    dxf.replace(/(<numFmt\b[^>]*\snumFmtId=")(\d+)("[^>]*\sformatCode="([^"]*)")/, (_, head: string, id: string, tail: string, code: string) => `${head}${formatId(id, code)}${tail}`),
  );

  let xml = user;
  for (const { tag, child, items } of [...appended, { tag: "cellXfs", child: "xf", items: xfs }, { tag: "dxfs", child: "dxf", items: dxfs }]) {
    if (items.length > 0) xml = appendTo(xml, tag, child, items.map((item) => prefixed(item, prefix)).join(""), prefix);
  }
  return { xml, offsets: { xf: offsets.xf, dxf: offsets.dxf } };
}

/** Appends children to a list, its count kept true; a list the stylesheet lacks is created in its place. */
function appendTo(xml: string, tag: string, child: string, children: string, prefix: string): string {
  const at = section(xml, tag);
  if (at) {
    const count = elements(xml.slice(at.innerStart, at.innerEnd), child).length + elements(children, child).length;
    const element = xml.slice(at.start, at.end);
    const open = at.innerStart === at.end ? element.replace(/\/>$/, ">") : element.slice(0, at.innerStart - at.start);
    const inner = xml.slice(at.innerStart, at.innerEnd);
    return `${xml.slice(0, at.start)}${withAttr(`${open}${inner}${children}</${prefix}${tag}>`, "count", String(count))}${xml.slice(at.end)}`;
  }
  const created = `<${prefix}${tag} count="${elements(children, child).length}">${children}</${prefix}${tag}>`;
  // After the last list that comes before this one, or first in the stylesheet.
  const before = ORDER.slice(0, ORDER.indexOf(tag)).reverse();
  for (const earlier of before) {
    const found = section(xml, earlier);
    if (found) return `${xml.slice(0, found.end)}${created}${xml.slice(found.end)}`;
  }
  const root = section(xml, "styleSheet")!;
  return `${xml.slice(0, root.innerStart)}${created}${xml.slice(root.innerStart)}`;
}
