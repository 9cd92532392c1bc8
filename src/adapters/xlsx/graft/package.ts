import { ChunkPool } from "../byteSink";
import { PORTABLE_CODEC, type ZipCodec } from "../codec";
import { READ_LIMITS } from "../read/limits";
import { type RawEntry, ZipArchive } from "../read/zip";
import { concat, deflatedPieces, type Pieces, writeZip } from "./zipWriter";

/**
 * An .xlsx as its parts, to change a few of them: a part nobody touched is written back with
 * its compressed bytes as they came; a part changed or added is deflated anew. Part names are
 * case-insensitive (OPC); the first spelling seen is kept.
 */
export class XlsxPackage {
  private readonly order: string[] = [];
  private readonly raw = new Map<string, RawEntry>();
  /** Parts written here, as the pieces of their text (one piece for most; a sheet's rows as UTF-8). */
  private readonly changed = new Map<string, Pieces>();
  private readonly texts = new Map<string, string>();

  private constructor(
    private readonly zip: ZipArchive | null,
    private readonly codec: ZipCodec,
  ) {
    for (const name of zip?.names() ?? []) {
      this.order.push(name);
      this.raw.set(name.toLowerCase(), zip!.raw(name));
    }
  }

  /** The parts of a file our bounded reader opened (it checked the limits and every CRC it read). */
  static of(zip: ZipArchive): XlsxPackage {
    return new XlsxPackage(zip, zip.codec);
  }

  static from(bytes: Uint8Array, codec: ZipCodec = PORTABLE_CODEC): XlsxPackage {
    return new XlsxPackage(new ZipArchive(bytes, READ_LIMITS, codec), codec);
  }

  /** A package written here, part by part, in memory. */
  static ofParts(parts: ReadonlyArray<readonly [string, string]>, codec: ZipCodec = PORTABLE_CODEC): XlsxPackage {
    const pkg = new XlsxPackage(null, codec);
    for (const [name, xml] of parts) pkg.setText(name, xml);
    return pkg;
  }

  names(): string[] {
    return [...this.order];
  }

  has(name: string): boolean {
    return this.raw.has(name.toLowerCase()) || this.changed.has(name.toLowerCase());
  }

  /** The part's text (read through the bounded reader, CRC checked), or null when there is none. */
  text(name: string): string | null {
    const key = name.toLowerCase();
    const changed = this.changed.get(key);
    if (changed !== undefined) {
      const decoder = new TextDecoder();
      return [...changed(new ChunkPool())].map((piece) => (typeof piece === "string" ? piece : decoder.decode(piece, { stream: true }))).join("") + decoder.decode();
    }
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    if (!this.raw.has(key) || !this.zip) return null;
    const chunks: string[] = [];
    this.zip.readText(name, (chunk) => chunks.push(chunk));
    const text = chunks.join("");
    this.texts.set(key, text);
    return text;
  }

  setText(name: string, xml: string): void {
    this.setPieces(name, () => [xml]);
  }

  /** A part too big to hold as one string: written from its pieces when the package is. */
  setPieces(name: string, pieces: Pieces): void {
    const key = name.toLowerCase();
    if (!this.has(name)) this.order.push(name);
    this.changed.set(key, pieces);
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    this.raw.delete(key);
    this.changed.delete(key);
    const at = this.order.findIndex((n) => n.toLowerCase() === key);
    if (at >= 0) this.order.splice(at, 1);
  }

  /** A part name not taken yet: `xl/tables/table3.xml` after table1 and table2. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  async toBytes(): Promise<Uint8Array> {
    return concat(await this.toPieces());
  }

  /** The file in pieces, in order: what a file is written from without joining it first. */
  async toPieces(): Promise<Uint8Array[]> {
    const entries: RawEntry[] = [];
    for (const name of this.order) {
      const key = name.toLowerCase();
      const changed = this.changed.get(key);
      entries.push(changed === undefined ? this.raw.get(key)! : await deflatedPieces(name, changed, this.codec));
    }
    return writeZip(entries);
  }
}
