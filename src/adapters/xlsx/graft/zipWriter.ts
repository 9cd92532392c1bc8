import { strToU8 } from "fflate";
import { ChunkPool } from "../byteSink";
import { PORTABLE_CODEC, type ZipCodec } from "../codec";
import type { RawEntry } from "../read/zip";

/**
 * Characters gathered before encoding and deflating: batches, not a call per cell, but small
 * enough that a batch dies young: larger ones outlived the young generation and left the heap of
 * a 1,000-action follow-up 20 MB larger.
 */
const BATCH_CHARS = 1 << 17;
/** Batches handed to the deflater and not yet back: ahead of zlib's threads, but never far ahead. */
const IN_FLIGHT = 4;

/** A part's text in pieces, made anew each call; byte pieces are filled from the pool's chunks. */
export type Pieces = (pool: ChunkPool) => Iterable<string | Uint8Array>;

/**
 * A part written piece by piece (a follow-up sheet of ten thousand activities is tens of MB of
 * XML): text gathered into batches and encoded, byte pieces taken as they come; each batch
 * checked and deflated as it comes; the part is never held whole.
 */
export async function deflatedPieces(name: string, pieces: Pieces, codec: ZipCodec = PORTABLE_CODEC): Promise<RawEntry> {
  const encoder = new TextEncoder();
  const deflate = codec.deflater();
  const pool = new ChunkPool();
  const pending: Array<{ deflated: Uint8Array[] | Promise<Uint8Array[]>; bytes: Uint8Array }> = [];
  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const push = async (bytes: Uint8Array, last: boolean) => {
    crc = codec.crc32(bytes, crc);
    size += bytes.length;
    const deflated = deflate(bytes, last);
    // Awaited in order below; a failure of a later batch must not surface first as an unhandled rejection.
    if (deflated instanceof Promise) deflated.catch(() => undefined);
    pending.push({ deflated, bytes });
    while (pending.length > (last ? 0 : IN_FLIGHT)) {
      const done = pending.shift()!;
      out.push(...(await done.deflated));
      // The deflater has read it: the chunk can take the next rows.
      pool.giveBack(done.bytes);
    }
  };
  // Appended, not joined: V8 keeps the pieces as a rope and copies them once, when encoding.
  let batch = "";
  const flush = async (last: boolean) => {
    const bytes = encoder.encode(batch);
    batch = "";
    await push(bytes, last);
  };
  for (const piece of pieces(pool)) {
    if (typeof piece === "string") {
      batch += piece;
      if (batch.length >= BATCH_CHARS) await flush(false);
    } else {
      if (batch !== "") await flush(false);
      await push(piece, false);
    }
  }
  await flush(true);
  return { name, method: 8, crc, size, data: out };
}

/**
 * A zip of the entries given, in that order, as the pieces of the file: a 30-MB follow-up's
 * zip is written to disk piece by piece, never joined. An entry copied from the user's file
 * keeps its compressed bytes and CRC as they were: the part is the same, byte for byte.
 */
export function writeZip(entries: readonly RawEntry[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    // Bit 11: the name is UTF-8, as Excel writes «Gráfica».
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x800;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    const compressed = entry.data.reduce((n, piece) => n + piece.length, 0);
    local.setUint32(18, compressed, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, ...entry.data);
    const head = new DataView(new ArrayBuffer(46));
    head.setUint32(0, 0x02014b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(6, 20, true);
    head.setUint16(8, flags, true);
    head.setUint16(10, entry.method, true);
    head.setUint32(16, entry.crc, true);
    head.setUint32(20, compressed, true);
    head.setUint32(24, entry.size, true);
    head.setUint16(28, name.length, true);
    head.setUint32(42, offset, true);
    central.push(new Uint8Array(head.buffer), name);
    offset += 30 + name.length + compressed;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return [...chunks, ...central, new Uint8Array(end.buffer)];
}

/** The pieces of a file as one array of bytes. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
