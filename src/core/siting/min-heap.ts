// A binary min-heap of (key, id) pairs for the network's tree and path searches: ties go to the
// lower id, so every search visits nodes in one order whatever the platform. Stale entries are
// the caller's to skip (a lazy heap: push again with a lower key instead of decreasing).

/** Min-heap of ids by key (ties: lower id first). */
export class MinHeap {
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  private below(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.ids[a]! < this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }

  /** Adds id with key. */
  push(id: number, key: number): void {
    this.ids.push(id);
    this.keys.push(key);
    for (let at = this.ids.length - 1; at > 0; ) {
      const parent = (at - 1) >> 1;
      if (!this.below(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** The smallest key's id and key, removed from the heap. */
  pop(): { id: number; key: number } {
    const out = { id: this.ids[0]!, key: this.keys[0]! };
    const last = this.ids.length - 1;
    this.swap(0, last);
    this.ids.pop();
    this.keys.pop();
    for (let at = 0; ; ) {
      const [l, r] = [2 * at + 1, 2 * at + 2];
      let best = at;
      if (l < this.ids.length && this.below(l, best)) best = l;
      if (r < this.ids.length && this.below(r, best)) best = r;
      if (best === at) break;
      this.swap(at, best);
      at = best;
    }
    return out;
  }
}
