import { Deflate } from "fflate";
import { crc32 } from "./read/crc32";

/**
 * What the zip format asks of the platform: a CRC-32 and raw deflate. The portable one runs in
 * the browser and in Node alike; the command line hands in Node's own (zlib, in C), which is
 * what a 30-MB follow-up sheet costs most of its time in otherwise.
 */
export interface ZipCodec {
  crc32(bytes: Uint8Array, previous: number): number;
  /**
   * A deflater for one part, fed batch by batch: what the calls give, in call order and
   * concatenated, is one raw deflate stream, ended by the call with `last`. Node's answers later,
   * from zlib's own threads, so the next batch of XML is written while this one is deflated.
   */
  deflater(): (batch: Uint8Array, last: boolean) => Uint8Array[] | Promise<Uint8Array[]>;
  /**
   * A raw deflate part inflated whole, natively, when the platform can (Node's zlib is several
   * times fflate's speed); null when it cannot, or when the part is damaged or inflates past
   * `maxBytes`: the reader then inflates it chunk by chunk, which says exactly what is wrong.
   * `expectedBytes` is the size the zip's index gives: a hint for buffers, never trusted as a limit.
   */
  inflateWhole?(compressed: Uint8Array, maxBytes: number, expectedBytes: number): Uint8Array | null;
  /** Whole UTF-8 characters as text, malformed bytes as U+FFFD, a byte-order mark kept as text. */
  decodeUtf8(bytes: Uint8Array): string;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Level 1: our sheets are repetitive XML, and speed counts more than the last few percent of size. */
export const PORTABLE_CODEC: ZipCodec = {
  crc32,
  decodeUtf8: (bytes) => utf8.decode(bytes),
  deflater() {
    const out: Uint8Array[] = [];
    const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
    return (batch, last) => {
      deflate.push(batch, last);
      return out.splice(0);
    };
  },
};
