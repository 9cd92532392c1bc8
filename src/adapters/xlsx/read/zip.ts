import { Inflate } from "fflate";
import { corrupt, limitReached, type ReadLimits } from "./limits";

/**
 * The zip container of an .xlsx, read from its central directory so parts are found in any
 * order, and inflated in small chunks with every limit checked while inflating: a bomb is
 * stopped at the limit, never inflated whole.
 */
interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  offset: number;
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
  ) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const end = findEndOfCentralDirectory(view);
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const start = view.getUint32(end + 16, true);
    if (count === 0xffff || start === 0xffffffff) throw corrupt({ es: "usa el formato ZIP64, que un libro de este tamaño no necesita", en: "it uses ZIP64, which a workbook of this size does not need" });
    if (count > limits.zipEntries) throw limitReached({ es: "archivos dentro del libro", en: "files inside the workbook" }, limits.zipEntries);
    if (start + size > data.byteLength) throw corrupt({ es: "el índice del archivo zip está incompleto (¿archivo truncado?)", en: "the zip index is incomplete (truncated file?)" });
    let at = start;
    for (let i = 0; i < count; i++) {
      if (at + 46 > data.byteLength || view.getUint32(at, true) !== CENTRAL) throw corrupt({ es: "el índice del archivo zip está dañado", en: "the zip index is damaged" });
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      const compressedSize = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const offset = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/").replace(/^\//, "");
      if (flags & 1) throw corrupt({ es: `la parte ${name} está cifrada`, en: `part ${name} is encrypted` });
      this.entries.set(name.toLowerCase(), { name, method, compressedSize, offset });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Inflates one part, handing its text to `sink` chunk by chunk; null when there is no such
   * part. Part names are case-insensitive, as in OPC.
   */
  readText(name: string, sink: (text: string) => void): boolean {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return false;
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const local = entry.offset;
    if (local + 30 > this.data.byteLength || view.getUint32(local, true) !== LOCAL) throw corrupt({ es: `la parte ${entry.name} no está donde dice el índice`, en: `part ${entry.name} is not where the index says` });
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.data.byteLength) throw corrupt({ es: `la parte ${entry.name} está incompleta (¿archivo truncado?)`, en: `part ${entry.name} is incomplete (truncated file?)` });
    const compressed = this.data.subarray(start, end);
    const decoder = new TextDecoder("utf-8");
    let produced = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      this.inflated += chunk.length;
      if (this.inflated > this.limits.inflatedBytes) throw limitReached({ es: "tamaño del libro descomprimido", en: "uncompressed size of the workbook" }, this.limits.inflatedBytes / 1024 / 1024, { es: " MB", en: " MB" });
      if (produced > this.limits.ratioFloor && produced > this.limits.inflationRatio * Math.max(1, entry.compressedSize)) {
        throw limitReached({ es: `compresión de la parte ${entry.name} (una «bomba zip»)`, en: `compression of part ${entry.name} (a “zip bomb”)` }, this.limits.inflationRatio, { es: " a 1", en: " to 1" });
      }
      sink(decoder.decode(chunk, { stream: true }));
    };
    if (entry.method === 0) {
      for (let i = 0; i < compressed.length; i += CHUNK) take(compressed.subarray(i, i + CHUNK));
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        if (compressed.length === 0) inflate.push(compressed, true);
        for (let i = 0; i < compressed.length; i += CHUNK) inflate.push(compressed.subarray(i, i + CHUNK), i + CHUNK >= compressed.length);
      } catch (error) {
        if (error instanceof Error && error.name === "WorkbookReadError") throw error;
        throw corrupt({ es: `la parte ${entry.name} no se puede descomprimir`, en: `part ${entry.name} cannot be decompressed` });
      }
    } else {
      throw corrupt({ es: `la parte ${entry.name} usa un método de compresión desconocido (${entry.method})`, en: `part ${entry.name} uses an unknown compression method (${entry.method})` });
    }
    sink(decoder.decode());
    return true;
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 65_535);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt({ es: "no es un archivo zip completo (¿archivo truncado?)", en: "it is not a complete zip file (truncated file?)" });
}
