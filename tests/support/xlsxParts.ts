import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { concat, writeZip } from "../../src/adapters/xlsx/graft/zipWriter";
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
  return concat(writeZip(entries.map(([name, data]) => ({ name, method: 0, crc: crc32(data), size: data.length, data: [tamper(name, data)] }))));
}

export const partBytes = (parts: Parts): Array<[string, Uint8Array]> => parts.map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d]);
