// A binary min-heap of (key, id) pairs for the siting searches: the network's tree and path
// searches, and the lazy greedy (as a max-heap of gains, see CandidateHeap). Ties go to the
// lower tie rank (the id itself unless a seeded rank is given), so every search visits
// candidates in one order whatever the platform. Stale entries are the caller's to skip (a lazy
// heap: push again with a new key instead of updating one).

/** Min-heap of ids by key (ties: lower tie rank first, by default the lower id). */
export class MinHeap {
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];
  /** @param tieRank per id, the rank that breaks equal keys (lower first); absent = the id. */
  constructor(private readonly tieRank?: ArrayLike<number>) {}

  get size(): number {
    return this.ids.length;
  }

  /** The smallest key (undefined on an empty heap). */
  topKey(): number {
    return this.keys[0]!;
  }

  private below(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka !== kb) return ka < kb;
    const [ia, ib] = [this.ids[a]!, this.ids[b]!];
    return this.tieRank ? this.tieRank[ia]! < this.tieRank[ib]! : ia < ib;
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

  /** The smallest key's id, removed from the heap (the key is topKey() before the call). */
  popId(): number {
    const top = this.ids[0]!;
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
    return top;
  }

  /** The smallest key's id and key, removed from the heap. */
  pop(): { id: number; key: number } {
    const key = this.topKey();
    return { id: this.popId(), key };
  }
}
