import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 as zlibCrc32, inflateRawSync } from "node:zlib";
import { ByteSink, type ChunkPool } from "../../src/adapters/xlsx/byteSink";
import { PORTABLE_CODEC, type ZipCodec } from "../../src/adapters/xlsx/codec";
import { deflatedPieces } from "../../src/adapters/xlsx/graft/zipWriter";
import { crc32 } from "../../src/adapters/xlsx/read/crc32";
import { READ_LIMITS } from "../../src/adapters/xlsx/read/limits";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { NODE_CODEC } from "../../src/cli/nodeCodec";
import { hostileCases } from "../support/hostile";

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
  ])("%s: a part written in batches inflates back to its text, with its CRC and size", async (_, codec) => {
    for (const written of [[], pieces(3), pieces(40_000), ["«".repeat(1 << 20)]]) {
      const text = written.join("");
      const entry = await deflatedPieces("xl/worksheets/sheet2.xml", () => written, codec);
      const bytes = Buffer.from(text, "utf8");
      expect(entry.size).toBe(bytes.length);
      expect(entry.crc).toBe(zlibCrc32(bytes));
      expect(Buffer.from(inflateRawSync(Buffer.concat(entry.data))).equals(bytes)).toBe(true);
    }
  });

  // A sheet's rows come as byte chunks lent by the pool: a chunk reused before the deflater has
  // read it would put later rows in place of earlier ones.
  it.each([
    ["portable (fflate)", PORTABLE_CODEC],
    ["Node (zlib)", NODE_CODEC],
  ])("%s: rows written into reused chunks come out as written", async (_, codec) => {
    const rows = pieces(60_000);
    const buffers = new Set<ArrayBufferLike>();
    let chunks = 0;
    function* written(pool: ChunkPool): Generator<string | Uint8Array> {
      yield "<sheetData>";
      const sink = new ByteSink(pool);
      for (const row of rows) {
        sink.text(row);
        for (const chunk of sink.hasFilled ? sink.takeFilled() : []) {
          buffers.add(chunk.buffer);
          chunks++;
          yield chunk;
        }
      }
      yield* sink.takeAll();
      yield "</sheetData>";
    }
    const entry = await deflatedPieces("xl/worksheets/sheet2.xml", written, codec);
    const text = Buffer.from(`<sheetData>${rows.join("").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</sheetData>`, "utf8");
    expect(Buffer.from(inflateRawSync(Buffer.concat(entry.data))).equals(text)).toBe(true);
    expect(entry.crc).toBe(zlibCrc32(text));
    expect(chunks).toBeGreaterThan(20);
    expect(buffers.size).toBeLessThan(chunks / 2);
  });
});

describe("reading with Node's zlib (the command line) and with fflate (the pane)", () => {
  const read = async (bytes: Uint8Array, codec: ZipCodec) => {
    try {
      return { grids: await XlsxReader.open(bytes, READ_LIMITS, codec).readSheets() };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  // zlib inflates a part whole, up to what the limits allow; anything it cannot do (a bomb, a
  // damaged stream) goes back to fflate chunk by chunk, so the message is the same.
  it("gives the same grids, or the same message, for a fixture and every hostile file", async () => {
    const fixture = new Uint8Array(readFileSync(join(__dirname, "../fixtures/secretaria-particular-2021.xlsx")));
    const hostile = await hostileCases();
    for (const { name, bytes } of [{ name: "fixture", bytes: fixture }, ...hostile]) {
      const portable = await read(bytes, PORTABLE_CODEC);
      expect({ name, ...(await read(bytes, NODE_CODEC)) }).toEqual({ name, ...portable });
    }
    expect((await read(hostile.find((c) => c.name === "zip bomb")!.bytes, NODE_CODEC)).error).toMatch(/bomba zip/);
  }, 60_000);
});
