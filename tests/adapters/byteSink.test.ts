import { ByteSink, ChunkPool } from "../../src/adapters/xlsx/byteSink";
import { escapeText } from "../../src/adapters/xlsx/graft/xml";

const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks.map((c) => Buffer.from(c)));

describe("the byte sink our sheets' rows are written into", () => {
  // What a user types ends up in our cells: accents, ñ, emoji, «&», «<», and a broken surrogate pasted from elsewhere.
  const texts = ["Acción · «año» ñ", "A&B <c> d>e", "📊 avance 🇲🇽", "solo \ud83d mitad", "", "=SUMIF($F$4:$Q$4,\"<=\"&$D$3,F6:Q6)", "x".repeat(300)];

  it("writes text as escapeText and TextEncoder would, across chunk edges", () => {
    // Chunks of 64 bytes: most texts cross an edge.
    const sink = new ByteSink(new ChunkPool(64));
    const expected: string[] = [];
    for (const text of texts) {
      sink.ascii('<t a="1">');
      sink.text(text);
      sink.ascii("</t>");
      sink.ascii("12345");
      expected.push(`<t a="1">${escapeText(text)}</t>12345`);
    }
    const chunks = sink.takeAll();
    expect(chunks.length).toBeGreaterThan(5);
    expect(joined(chunks).equals(Buffer.from(new TextEncoder().encode(expected.join(""))))).toBe(true);
  });

  it("writes a text from a position on (a formula without its «=»)", () => {
    const sink = new ByteSink();
    sink.text("=A1&\"ñ\"", 1);
    expect(joined(sink.takeAll()).toString("utf8")).toBe("A1&amp;\"ñ\"");
  });

  it("hands over filled chunks as it goes, and the rest at the end", () => {
    const sink = new ByteSink(new ChunkPool(16));
    sink.ascii("0123456789");
    expect(sink.hasFilled).toBe(false);
    sink.ascii("abcdefghij");
    expect(sink.hasFilled).toBe(true);
    const first = sink.takeFilled();
    expect(joined(first).toString()).toBe("0123456789");
    expect(sink.hasFilled).toBe(false);
    expect(joined(sink.takeAll()).toString()).toBe("abcdefghij");
    expect(sink.takeAll()).toEqual([]);
  });
});
