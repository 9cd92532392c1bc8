import { corrupt, excerpt, limitReached, type ReadLimits, TRUNCATED } from "./limits";

/**
 * A streaming scanner for the XML of an .xlsx part: tags, text and CDATA, pushed chunk by
 * chunk as the part inflates. It knows no DTD at all: a DOCTYPE (the door to entity expansion
 * and external entities) is refused, and only XML's five named entities and numeric character
 * references are decoded. Element names lose their namespace prefix (`x:c` is `c`).
 */
export interface XmlHandler {
  /** `attrs` is the scanner's own, changed for the next tag: take what is needed during the call. */
  open(name: string, attrs: AttributeText, selfClosing: boolean): void;
  close(name: string): void;
  /** Whether text at this point matters: most of a sheet's text is whitespace between tags. */
  wantsText(): boolean;
  /** Raw text between tags (entities not yet decoded), or CDATA (`cdata` true, taken as is). */
  text(raw: string, cdata: boolean): void;
}

/** Element names in the parts of a workbook: a letter or «_» first, then letters, digits, «.», «-», «_». */
const XML_NAME = /^[A-Za-z_][\w.-]*$/;
const XML_DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/;

/**
 * A tag's attribute text where it lies in the scanner's buffer, not cut out of it: a sheet's
 * cells are read from it in place, by the hundred thousand. `text()` cuts it for handlers that
 * search it or keep it.
 */
export class AttributeText {
  source = "";
  from = 0;
  to = 0;

  text(): string {
    return this.to > this.from ? this.source.slice(this.from, this.to) : "";
  }
}

const ONE_LETTER_NAMES: Array<string | undefined> = [];
for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_") ONE_LETTER_NAMES[letter.charCodeAt(0)] = letter;

export class XmlScanner {
  private buffer = "";
  /** Elements open now, and whether the root was seen: a part must close what it opens. */
  private depth = 0;
  private rooted = false;
  private readonly attrs = new AttributeText();

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
    private readonly limits: ReadLimits,
  ) {}

  push(chunk: string): void {
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.drain();
    if (this.buffer.length > this.limits.tokenChars) throw limitReached({ es: `tamaño de un texto o etiqueta en ${excerpt(this.part)}`, en: `size of one text or tag in ${excerpt(this.part)}` }, this.limits.tokenChars, { es: " caracteres", en: " characters" });
  }

  end(): void {
    this.drain();
    const part = excerpt(this.part);
    if (this.buffer.trim() !== "") throw corrupt({ es: `la parte ${part} termina a la mitad de una etiqueta`, en: `part ${part} ends in the middle of a tag` }, TRUNCATED);
    if (!this.rooted || this.depth !== 0) throw corrupt({ es: `la parte ${part} termina antes de cerrar sus elementos`, en: `part ${part} ends before closing its elements` }, TRUNCATED);
  }

  private drain(): void {
    const s = this.buffer;
    const h = this.handler;
    let pos = 0;
    // Where the next tag starts, when a start tag's check has already found it.
    let nextLt = -1;
    for (;;) {
      const lt = nextLt >= pos ? nextLt : s.indexOf("<", pos);
      nextLt = -1;
      if (lt < 0) break;
      if (lt > pos && h.wantsText()) h.text(s.slice(pos, lt), false);
      const next = s.charCodeAt(lt + 1);
      let end: number;
      if (next === 47 /* / */) {
        end = s.indexOf(">", lt);
        if (end < 0) return this.keep(lt);
        if (--this.depth < 0) throw corrupt({ es: `la parte ${excerpt(this.part)} cierra un elemento que no abrió`, en: `part ${excerpt(this.part)} closes an element it never opened` });
        h.close(end === lt + 3 ? this.oneLetter(s, lt + 2) : this.named(localName(s.slice(lt + 2, end).trim())));
      } else if (next === 33 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          end = s.indexOf("-->", lt + 4);
          if (end < 0) return this.keep(lt);
          end += 2;
        } else if (s.startsWith("<![CDATA[", lt)) {
          end = s.indexOf("]]>", lt + 9);
          if (end < 0) return this.keep(lt);
          h.text(s.slice(lt + 9, end), true);
          end += 2;
        } else {
          if (s.length - lt < 9) return this.keep(lt);
          throw corrupt({ es: `la parte ${excerpt(this.part)} trae una declaración de tipo de documento (DTD), que este lector no procesa`, en: `part ${excerpt(this.part)} carries a document type declaration (DTD), which this reader does not process` });
        }
      } else if (next === 63 /* ? */) {
        end = s.indexOf("?>", lt + 2);
        if (end < 0) return this.keep(lt);
        // A processing instruction names its target; the XML declaration has a fixed form.
        const pi = s.slice(lt, end + 2);
        const target = /^<\?([^\s?]*)/.exec(pi)![1]!;
        if (!XML_NAME.test(target) || (target.toLowerCase() === "xml" && !XML_DECLARATION.test(pi))) {
          throw corrupt({ es: `la parte ${excerpt(this.part)} tiene una declaración XML inválida`, en: `part ${excerpt(this.part)} has an invalid XML declaration` });
        }
        end += 1;
      } else if (Number.isNaN(next)) {
        return this.keep(lt);
      } else {
        end = tagEnd(s, lt + 1);
        if (end < 0) return this.keep(lt);
        const selfClosing = s.charCodeAt(end - 1) === 47;
        const bodyEnd = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        let colon = -1;
        for (; nameEnd < bodyEnd; nameEnd++) {
          const c = s.charCodeAt(nameEnd);
          if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
          if (c === 58) colon = nameEnd;
        }
        const nameStart = colon < 0 ? lt + 1 : colon + 1;
        const name = nameEnd === nameStart + 1 ? this.oneLetter(s, nameStart) : this.named(s.slice(nameStart, nameEnd));
        if (this.rooted && this.depth === 0) throw corrupt({ es: `la parte ${excerpt(this.part)} tiene más de un elemento raíz`, en: `part ${excerpt(this.part)} has more than one root element` });
        this.rooted = true;
        // XML allows no «<» inside a tag, quoted or not: one there is a tag broken or cut into.
        // Past the tag, it is where the next one starts.
        nextLt = s.indexOf("<", nameEnd);
        if (nextLt >= 0 && nextLt < end) throw corrupt({ es: `la parte ${excerpt(this.part)} tiene una etiqueta inválida (${excerpt(name)})`, en: `part ${excerpt(this.part)} has an invalid tag (${excerpt(name)})` });
        const attrs = this.attrs;
        attrs.source = s;
        attrs.from = nameEnd;
        attrs.to = Math.max(nameEnd, bodyEnd);
        h.open(name, attrs, selfClosing);
        if (selfClosing) h.close(name);
        else this.depth++;
      }
      pos = end + 1;
    }
    this.buffer = s.slice(pos);
    if (this.buffer.length > 0 && this.buffer.indexOf("<") < 0) {
      if (h.wantsText()) h.text(this.buffer, false);
      this.buffer = "";
    }
  }

  /** An element's name as XML allows it: a stray «<» makes a name no element has. */
  private named(name: string): string {
    if (!XML_NAME.test(name)) throw corrupt({ es: `la parte ${excerpt(this.part)} tiene una etiqueta inválida (${excerpt(name)})`, en: `part ${excerpt(this.part)} has an invalid tag (${excerpt(name)})` });
    return name;
  }

  /**
   * A one-letter name (`c`, `v`, `f`, `t`: most of a sheet's tags) without cutting a new string
   * for each: a 10-MB sheet has two million of them.
   */
  private oneLetter(s: string, at: number): string {
    return ONE_LETTER_NAMES[s.charCodeAt(at)] ?? this.named(s.charAt(at));
  }

  private keep(from: number): void {
    this.buffer = this.buffer.slice(from);
  }
}

/** The `>` that closes a start tag, skipping any inside quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let pos = from;
  for (;;) {
    const gt = s.indexOf(">", pos);
    if (gt < 0) return -1;
    let quote = -1;
    for (let i = pos; i < gt; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 39) {
        quote = i;
        break;
      }
    }
    if (quote < 0) return gt;
    const close = s.indexOf(s.charAt(quote), quote + 1);
    if (close < 0) return -1;
    pos = close + 1;
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (`r:id` → `id`), values decoded. */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (attrs.length === 0) return out;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(attrs); m; m = ATTRIBUTE.exec(attrs)) out[localName(m[1]!)] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** One attribute's value, without building the rest: cells are read by the million. */
export function attribute(attrs: string, name: string): string | undefined {
  let at = attrs.indexOf(` ${name}=`);
  if (at < 0) {
    at = attrs.indexOf(`\t${name}=`);
    if (at < 0) at = attrs.indexOf(`\n${name}=`);
    if (at < 0) return undefined;
  }
  const quoteAt = at + name.length + 2;
  const quote = attrs.charAt(quoteAt);
  if (quote !== '"' && quote !== "'") return attributes(attrs)[name];
  const close = attrs.indexOf(quote, quoteAt + 1);
  return close < 0 ? undefined : decodeXml(attrs.slice(quoteAt + 1, close));
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (_, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw corrupt({ es: `referencia de carácter inválida (&${excerpt(ref)};)`, en: `invalid character reference (&${excerpt(ref)};)` });
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw corrupt({ es: `entidad XML desconocida (&${excerpt(ref)};); este lector no expande entidades`, en: `unknown XML entity (&${excerpt(ref)};); this reader expands no entities` });
    return named;
  });
}

/** Excel's escapes for characters XML cannot carry: `_x000D_` is a carriage return. */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
