import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { crc32 } from "../../src/adapters/xlsx/read/crc32";

/** An .xlsx as its parts, in zip order, to rewrite by hand what no writer produces. */
export type Parts = Array<[string, string | Uint8Array]>;

export function unzipParts(bytes: Uint8Array): Parts {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => [name, name.endsWith(".xml") || name.endsWith(".rels") ? strFromU8(data) : data]);
}

/** Zips the parts in the order given (so a test can put workbook.xml last, say). */
export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = [typeof data === "string" ? strToU8(data) : data, { level }];
  return zipSync(files);
}

export function replacePart(parts: Parts, name: string, edit: (xml: string) => string): Parts {
  return parts.map(([n, data]) => [n, n === name && typeof data === "string" ? edit(data) : data]);
}

/**
 * A zip written by hand, entries stored (not compressed) in the order given: what no zip library
 * writes, such as two entries of one name, or a byte changed after its CRC was taken.
 */
export function storedZip(entries: ReadonlyArray<readonly [string, Uint8Array]>, tamper: (name: string, data: Uint8Array) => Uint8Array = (_, d) => d): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = strToU8(name);
    const crc = crc32(data);
    const written = tamper(name, data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, written.length, true);
    local.setUint32(22, written.length, true);
    local.setUint16(26, nameBytes.length, true);
    chunks.push(new Uint8Array(local.buffer), nameBytes, written);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, written.length, true);
    entry.setUint32(24, written.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + written.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const partBytes = (parts: Parts): Array<[string, Uint8Array]> => parts.map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d]);
