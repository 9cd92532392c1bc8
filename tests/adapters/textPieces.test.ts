import { PORTABLE_CODEC } from "../../src/adapters/xlsx/codec";
import { TextPieces } from "../../src/adapters/xlsx/read/textPieces";
import { NODE_CODEC } from "../../src/cli/nodeCodec";

/** A small deterministic generator: the same bytes on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Bytes of a part: tags, accented text, emoji, stray bytes a damaged file has, sometimes a BOM first. */
function partBytes(next: () => number): Uint8Array {
  const pieces: Uint8Array[] = [];
  if (next() < 0.3) pieces.push(Uint8Array.of(0xef, 0xbb, 0xbf));
  const count = Math.floor(next() * 400);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.4) pieces.push(encode(`<c r="A${i}"><v>${i}</v></c>`));
    else if (r < 0.7) pieces.push(encode("Acción · «año» ñandú"));
    else if (r < 0.8) pieces.push(encode("📊🇲🇽"));
    else if (r < 0.9) pieces.push(encode("\ufeff"));
    else pieces.push(Uint8Array.of(Math.floor(next() * 256), Math.floor(next() * 256)));
  }
  return new Uint8Array(Buffer.concat(pieces));
}

describe("a part's bytes handed on as text, piece by piece", () => {
  it.each([
    ["portable (TextDecoder)", PORTABLE_CODEC],
    ["Node (Buffer)", NODE_CODEC],
  ])("%s: the pieces join into what TextDecoder gives for the whole part, however the bytes arrive", (_, codec) => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const bytes = partBytes(next);
      const texts: string[] = [];
      const pieces = new TextPieces(codec.decodeUtf8, (text) => texts.push(text));
      // Cut anywhere: inside a character, inside the byte-order mark, a byte at a time.
      let at = 0;
      while (at < bytes.length) {
        const size = next() < 0.2 ? 1 : Math.floor(next() * 40_000);
        pieces.push(bytes.subarray(at, at + size));
        at += size;
      }
      pieces.end();
      expect(texts.join("")).toBe(new TextDecoder().decode(bytes));
    }
  });

  it("ends each piece after a tag where it can, and keeps pieces small", () => {
    const xml = `<sheetData>${Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c r="B${i + 1}" t="inlineStr"><is><t>Acción ${i}</t></is></c></row>`).join("")}</sheetData>`;
    const texts: string[] = [];
    const pieces = new TextPieces(NODE_CODEC.decodeUtf8, (text) => texts.push(text));
    pieces.push(encode(xml));
    pieces.end();
    expect(texts.join("")).toBe(xml);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text.endsWith(">")).toBe(true);
      expect(text.length).toBeLessThanOrEqual(16 * 1024);
    }
  });
});
