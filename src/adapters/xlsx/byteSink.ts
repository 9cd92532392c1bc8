/**
 * The chunks a ByteSink fills, lent out and taken back once the deflater is done with them. A
 * 30-MB sheet written into fresh 128-KB chunks touched 30 MB of new memory, and where the first
 * touch of a page is dear (13 µs a page on the sandboxed machines we measure on) that cost more
 * than writing the bytes. Only chunks lent here come back; a taker that never gives one back
 * (a part read as text) just gets new ones.
 */
export class ChunkPool {
  private readonly spare: Uint8Array[] = [];
  private readonly lent = new WeakSet<ArrayBufferLike>();

  constructor(
    readonly chunkBytes = 1 << 17,
    /** Spare chunks kept at most: as many as the deflater holds at once, and a few more. */
    private readonly keep = 8,
  ) {}

  take(): Uint8Array {
    const chunk = this.spare.pop() ?? new Uint8Array(this.chunkBytes);
    this.lent.add(chunk.buffer);
    return chunk;
  }

  /** A chunk lent here, or the part of it that was filled, no longer read by anyone. */
  giveBack(bytes: Uint8Array): void {
    if (!this.lent.delete(bytes.buffer) || this.spare.length >= this.keep) return;
    this.spare.push(new Uint8Array(bytes.buffer, 0, this.chunkBytes));
  }
}

/**
 * XML written straight into bytes, chunk by chunk: a follow-up sheet of half a million cells is
 * written without a string per cell (building those strings, joining them and encoding them was
 * most of the time `poa seguimiento` spent writing, and most of its garbage). Text is escaped
 * (& < >) and encoded as UTF-8 on the way.
 */
export class ByteSink {
  private chunk: Uint8Array;
  private at = 0;
  private readonly filled: Uint8Array[] = [];

  constructor(private readonly pool = new ChunkPool()) {
    this.chunk = pool.take();
  }

  /** Characters known to be ASCII with nothing to escape: our own tags, attributes and numbers. */
  ascii(s: string): void {
    const n = s.length;
    if (this.at + n > this.chunk.length) this.next(n);
    const chunk = this.chunk;
    let at = this.at;
    for (let i = 0; i < n; i++) chunk[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Text content from `from` on: «&», «<» and «>» escaped, every character in UTF-8. */
  text(s: string, from = 0): void {
    const n = s.length;
    // At most five bytes per UTF-16 unit («&amp;»; a character takes three at most, a pair four).
    if (this.at + (n - from) * 5 > this.chunk.length) this.next((n - from) * 5);
    const chunk = this.chunk;
    let at = this.at;
    for (let i = from; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c === 38) {
          chunk[at++] = 38; // &amp;
          chunk[at++] = 97;
          chunk[at++] = 109;
          chunk[at++] = 112;
          chunk[at++] = 59;
        } else if (c === 60 || c === 62) {
          chunk[at++] = 38; // &lt; &gt;
          chunk[at++] = c === 60 ? 108 : 103;
          chunk[at++] = 116;
          chunk[at++] = 59;
        } else chunk[at++] = c;
      } else if (c < 0x800) {
        chunk[at++] = 0xc0 | (c >> 6);
        chunk[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        chunk[at++] = 0xf0 | (point >> 18);
        chunk[at++] = 0x80 | ((point >> 12) & 0x3f);
        chunk[at++] = 0x80 | ((point >> 6) & 0x3f);
        chunk[at++] = 0x80 | (point & 0x3f);
      } else {
        // A lone surrogate is written as U+FFFD, as TextEncoder does.
        const unit = c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
        chunk[at++] = 0xe0 | (unit >> 12);
        chunk[at++] = 0x80 | ((unit >> 6) & 0x3f);
        chunk[at++] = 0x80 | (unit & 0x3f);
      }
    }
    this.at = at;
  }

  /** Whether whole chunks wait to be taken. */
  get hasFilled(): boolean {
    return this.filled.length > 0;
  }

  /** The chunks filled so far, handed over (the caller yields them as the part is written). */
  takeFilled(): Uint8Array[] {
    return this.filled.splice(0);
  }

  /** Everything not taken yet, the last chunk as far as it was written. */
  takeAll(): Uint8Array[] {
    if (this.at > 0) this.filled.push(this.chunk.subarray(0, this.at));
    else this.pool.giveBack(this.chunk);
    this.chunk = new Uint8Array(0);
    this.at = 0;
    return this.takeFilled();
  }

  private next(need: number): void {
    if (this.at > 0) this.filled.push(this.chunk.subarray(0, this.at));
    else this.pool.giveBack(this.chunk);
    this.chunk = need > this.pool.chunkBytes ? new Uint8Array(need) : this.pool.take();
    this.at = 0;
  }
}
