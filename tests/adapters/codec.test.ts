import { crc32 as zlibCrc32, inflateRawSync } from "node:zlib";
import { PORTABLE_CODEC } from "../../src/adapters/xlsx/codec";
import { deflatedPieces } from "../../src/adapters/xlsx/graft/zipWriter";
import { crc32 } from "../../src/adapters/xlsx/read/crc32";
import { NODE_CODEC } from "../../src/cli/nodeCodec";

/** Text of the size and shape our sheets have, with multi-byte characters across batch edges. */
function pieces(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Acción ${i} · «año»</t></is></c></row>`);
}

describe("the zip codecs", () => {
  it("slice-by-8 CRC-32 agrees with zlib's at every length and when carried over chunks", () => {
    const bytes = new TextEncoder().encode(pieces(200).join(""));
    for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 1000, bytes.length]) expect(crc32(bytes.subarray(0, length))).toBe(zlibCrc32(bytes.subarray(0, length)));
    let running = 0;
    for (let at = 0; at < bytes.length; at += 333) running = crc32(bytes.subarray(at, at + 333), running);
    expect(running).toBe(zlibCrc32(bytes));
  });

  // 40,000 rows are several batches; a piece of a whole batch leaves the last batch empty, and
  // the CRC must carry over it.
  it.each([
    ["portable (fflate)", PORTABLE_CODEC],
    ["Node (zlib)", NODE_CODEC],
  ])("%s: a part written in batches inflates back to its text, with its CRC and size", (_, codec) => {
    for (const written of [[], pieces(3), pieces(40_000), ["«".repeat(1 << 20)]]) {
      const text = written.join("");
      const entry = deflatedPieces("xl/worksheets/sheet2.xml", written, codec);
      const bytes = Buffer.from(text, "utf8");
      expect(entry.size).toBe(bytes.length);
      expect(entry.crc).toBe(zlibCrc32(bytes));
      expect(Buffer.from(inflateRawSync(entry.data)).equals(bytes)).toBe(true);
    }
  });
});
