import { Inflate } from "fflate";
import { PORTABLE_CODEC, type ZipCodec } from "../codec";
import { corrupt, excerpt, limitReached, type ReadLimits, TRUNCATED } from "./limits";
import { TextPieces } from "./textPieces";

/**
 * The zip container of an .xlsx, read from its central directory so parts are found in any
 * order, and inflated in small chunks with every limit checked while inflating: a bomb is
 * stopped at the limit, never inflated whole.
 */
interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** An entry as stored: its compressed bytes, copied as they are into a workbook written from this one. */
export interface RawEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes in pieces, as a part written here comes out of the deflater. */
  data: readonly Uint8Array[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly limits: ReadLimits,
    /** How CRCs are checked here, and how a workbook written from this one deflates its new parts. */
    readonly codec: ZipCodec = PORTABLE_CODEC,
  ) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const end = findEndOfCentralDirectory(view);
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const start = view.getUint32(end + 16, true);
    if (count === 0xffff || start === 0xffffffff) throw corrupt({ es: "índice ZIP64, que un libro de este tamaño no necesita", en: "a ZIP64 index, which a workbook of this size does not need" });
    if (count > limits.zipEntries) throw limitReached({ es: "archivos dentro del libro", en: "files inside the workbook" }, limits.zipEntries);
    if (start + size > data.byteLength) throw corrupt({ es: "el índice del zip pasa del final del archivo", en: "the zip index runs past the end of the file" }, TRUNCATED);
    let at = start;
    for (let i = 0; i < count; i++) {
      if (at + 46 > data.byteLength || view.getUint32(at, true) !== CENTRAL) throw corrupt({ es: "una entrada del índice del zip está dañada", en: "an entry of the zip index is damaged" });
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const crc = view.getUint32(at + 16, true);
      const compressedSize = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const offset = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/").replace(/^\//, "");
      if (flags & 1) throw corrupt({ es: `la parte ${excerpt(name)} está cifrada`, en: `part ${excerpt(name)} is encrypted` });
      // Two entries of one name: which one counts is a guess (the last one, for most readers), and a
      // damaged or forged file hides behind it. Part names ignore case (OPC).
      const key = name.toLowerCase();
      if (this.entries.has(key)) throw corrupt({ es: `la parte ${excerpt(name)} está dos veces en el zip`, en: `part ${excerpt(name)} is in the zip twice` });
      this.entries.set(key, { name, method, crc, compressedSize, size, offset });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Every entry's name, in the order of the zip's index. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** An entry's compressed bytes, as stored, with what a zip index says of them. */
  raw(name: string): RawEntry {
    const entry = this.entries.get(name.toLowerCase())!;
    const start = this.dataStart(entry);
    return { name: entry.name, method: entry.method, crc: entry.crc, size: entry.size, data: [this.data.subarray(start, start + entry.compressedSize)] };
  }

  private dataStart(entry: Entry): number {
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const local = entry.offset;
    const name = excerpt(entry.name);
    if (local + 30 > this.data.byteLength || view.getUint32(local, true) !== LOCAL) throw corrupt({ es: `la parte ${name} no está donde dice el índice del zip`, en: `part ${name} is not where the zip index says` });
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + entry.compressedSize > this.data.byteLength) throw corrupt({ es: `la parte ${name} pasa del final del archivo`, en: `part ${name} runs past the end of the file` }, TRUNCATED);
    return start;
  }

  /** The part inflated natively, no bigger than the limits let it be; null to inflate it chunk by chunk. */
  private inflateWhole(compressed: Uint8Array, entry: Entry): Uint8Array | null {
    if (!this.codec.inflateWhole) return null;
    const ratioCap = Math.max(this.limits.ratioFloor, this.limits.inflationRatio * Math.max(1, entry.compressedSize));
    const maxBytes = Math.min(ratioCap, this.limits.inflatedBytes - this.inflated);
    return this.codec.inflateWhole(compressed, maxBytes, Math.min(entry.size, maxBytes));
  }

  /**
   * Inflates one part, handing its text to `sink` chunk by chunk; false when there is no such
   * part. Part names are case-insensitive, as in OPC. The part's CRC-32 is checked once it is
   * inflated: a changed byte throws then, and what the sink took of it is never used.
   */
  readText(part: string, sink: (text: string) => void): boolean {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return false;
    const name = excerpt(entry.name);
    const start = this.dataStart(entry);
    const compressed = this.data.subarray(start, start + entry.compressedSize);
    const text = new TextPieces(this.codec.decodeUtf8, sink);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      crc = this.codec.crc32(chunk, crc);
      this.inflated += chunk.length;
      if (this.inflated > this.limits.inflatedBytes) throw limitReached({ es: "tamaño del libro descomprimido", en: "uncompressed size of the workbook" }, this.limits.inflatedBytes / 1024 / 1024, { es: " MB", en: " MB" });
      if (produced > this.limits.ratioFloor && produced > this.limits.inflationRatio * Math.max(1, entry.compressedSize)) {
        throw limitReached({ es: `compresión de la parte ${name} (una «bomba zip»)`, en: `compression of part ${name} (a “zip bomb”)` }, this.limits.inflationRatio, { es: " a 1", en: " to 1" });
      }
      text.push(chunk);
    };
    let whole: Uint8Array | null = null;
    if (entry.method === 0) {
      take(compressed);
    } else if (entry.method === 8 && (whole = this.inflateWhole(compressed, entry))) {
      take(whole);
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        if (compressed.length === 0) inflate.push(compressed, true);
        for (let i = 0; i < compressed.length; i += CHUNK) inflate.push(compressed.subarray(i, i + CHUNK), i + CHUNK >= compressed.length);
      } catch (error) {
        if (error instanceof Error && error.name === "WorkbookReadError") throw error;
        throw corrupt({ es: `la parte ${name} no se puede descomprimir`, en: `part ${name} cannot be decompressed` });
      }
    } else {
      throw corrupt({ es: `la parte ${name} usa un método de compresión desconocido (${entry.method})`, en: `part ${name} uses an unknown compression method (${entry.method})` });
    }
    // Every byte as it was written: a changed byte anywhere in the part is caught here.
    if (crc !== entry.crc) throw corrupt({ es: `la suma de comprobación (CRC-32) de la parte ${name} no coincide`, en: `the CRC-32 of part ${name} does not match` });
    text.end();
    return true;
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 65_535);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt({ es: "no se encontró el final del índice del zip", en: "the end of the zip index was not found" }, TRUNCATED);
}
