/** The most bytes decoded at once: pieces stay small, young garbage for the XML scanner. */
const PIECE_BYTES = 16 * 1024;
const GT = 0x3e;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * A part's bytes as text, handed on piece by piece. A piece ends right after a «>» where there
 * is one, so the XML scanner seldom carries half a tag into the next piece (joining the two
 * copied every piece), and otherwise after the last whole UTF-8 character: what is cut off waits
 * for the bytes that follow. Pieces are decoded on their own, as `decode` does (Node's own UTF-8
 * decoding is several times faster than a streaming TextDecoder); a byte-order mark opening the
 * part is dropped, as TextDecoder drops it.
 */
export class TextPieces {
  private carry: Uint8Array | null = null;
  private started = false;

  constructor(
    private readonly decode: (bytes: Uint8Array) => string,
    private readonly sink: (text: string) => void,
  ) {}

  /** The next bytes of the part. */
  push(bytes: Uint8Array): void {
    let all = this.carry ? joined(this.carry, bytes) : bytes;
    this.carry = null;
    if (!this.started) {
      // Too few bytes yet to tell a byte-order mark from text.
      if (all.length < BOM.length && all.every((byte, i) => byte === BOM[i])) {
        this.carry = all.slice();
        return;
      }
      this.started = true;
      if (BOM.every((byte, i) => all[i] === byte)) all = all.subarray(BOM.length);
    }
    let at = 0;
    while (at < all.length) {
      const end = pieceEnd(all, at, Math.min(all.length, at + PIECE_BYTES));
      if (end === at) break;
      this.sink(this.decode(all.subarray(at, end)));
      at = end;
    }
    if (at < all.length) this.carry = all.slice(at);
  }

  /** The part is over: bytes still waiting are a character cut short, decoded as U+FFFD. */
  end(): void {
    if (this.carry) this.sink(this.decode(this.carry));
    this.carry = null;
  }
}

/**
 * Where a piece from `from` up to `limit` ends: after the last «>», else after the last whole
 * character. `from` itself when nothing whole fits, which is only at the end of what was given.
 */
function pieceEnd(bytes: Uint8Array, from: number, limit: number): number {
  const gt = bytes.subarray(from, limit).lastIndexOf(GT);
  if (gt >= 0) return from + gt + 1;
  return characterEnd(bytes, from, limit);
}

/** The end of the last UTF-8 character whose bytes all lie before `limit`. */
function characterEnd(bytes: Uint8Array, from: number, limit: number): number {
  // A character is at most four bytes: look back over at most three continuation bytes.
  for (let i = limit - 1; i >= Math.max(from, limit - 4); i--) {
    const byte = bytes[i]!;
    if (byte < 0x80) return limit;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return i + length <= limit ? limit : i;
    }
  }
  // Only continuation bytes: no character to wait for, the decoder replaces them.
  return limit;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
