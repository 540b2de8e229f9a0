// A fast non-cryptographic content hash (cyrb53, public domain) for cache keys and for
// naming stored files by their content: two different files colliding in 53 bits is far
// less likely than a planner's disk failing.

/** cyrb53 fed in pieces, so a large file is hashed slice by slice rather than read whole. */
export class ContentHasher {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  /** Adds the next bytes (or UTF-16 code units of text). */
  update(data: Uint8Array | string): this {
    let { h1, h2 } = this;
    const n = data.length;
    for (let i = 0; i < n; i++) {
      const c = typeof data === 'string' ? data.charCodeAt(i) : data[i]!;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** The 53-bit hash of everything added, as 14 hex digits. */
  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}

/** 53-bit hash of bytes or text, as 14 hex digits. */
export function contentHash(data: Uint8Array | string, seed = 0): string {
  return new ContentHasher(seed).update(data).digest();
}
