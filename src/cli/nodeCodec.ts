import { crc32, createDeflateRaw, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "../adapters/xlsx/codec";

const MAX_INFLATE_CHUNK = 64 << 20;
/** Output room for a whole batch: zlib goes back to the main thread each time its output fills. */
const DEFLATE_CHUNK = 1 << 17;

/**
 * Node's zlib for the command line. A part is one deflate stream on zlib's threads, fed batch by
 * batch while the next batch is written: one stream, not one per batch, because each new stream
 * allocated and touched a quarter of a megabyte of fresh state (230 of them for a 30-MB sheet).
 * Level 1, as in the pane: on a 30-MB follow-up sheet it deflates in 60 % of level 3's time
 * for 12 % more bytes, and the follow-up was waiting on zlib.
 */
export const NODE_CODEC: ZipCodec = {
  // Node 20's zlib.crc32 answers 0, not the running value, for the empty array TextEncoder
  // gives for "" (the last batch of a part whose pieces ended on a batch's edge).
  crc32: (bytes, previous) => (bytes.length === 0 ? previous : crc32(bytes, previous)),
  deflater() {
    const stream = createDeflateRaw({ level: 1, chunkSize: DEFLATE_CHUNK });
    const out: Uint8Array[] = [];
    let failed: Error | null = null;
    stream.on("data", (chunk: Buffer) => out.push(chunk));
    stream.on("error", (error) => (failed = error));
    // Each batch answers, once zlib has read it, with what has come out so far: the answers,
    // taken in call order, are the stream. The last answers once the stream has ended.
    return (batch, last) =>
      new Promise((resolve, reject) => {
        if (failed) reject(failed);
        else if (last) {
          stream.once("end", () => resolve(out.splice(0)));
          stream.once("error", reject);
          stream.end(batch);
        } else {
          stream.write(batch, (error) => (error || failed ? reject(error ?? failed) : resolve(out.splice(0))));
        }
      });
  },
  decodeUtf8: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
  inflateWhole(compressed, maxBytes, expectedBytes) {
    try {
      // One output buffer the size the zip's index gives: zlib joins its output chunks at the end,
      // and for a 10-MB sheet copying them and touching twice the memory cost more than inflating
      // it. Past 64 MB (a size no sheet of ours reaches, or an index that lies) chunks are joined.
      const chunkSize = Math.max(64, Math.min(MAX_INFLATE_CHUNK, expectedBytes + 1));
      return inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
    } catch {
      return null;
    }
  },
};
