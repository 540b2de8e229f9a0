// Shared plumbing for the inequality measures: which districts take part, their weights,
// and their order by value. Every measure works on an index of district numbers into the
// value and weight columns (observablehq/plot style), never on arrays of objects.

/** Weight of district i: its population (or other weight), 1 when no weights are given. */
export function weightOf(w: ArrayLike<number> | undefined, i: number): number {
  return w === undefined ? 1 : w[i]!;
}

/**
 * Districts that take part: those whose value x and weight w are both present (not NaN).
 * Values and weights must otherwise be finite and ≥ 0: the measures are defined for
 * non-negative quantities (rates, speeds, counts), so anything else is a bug upstream.
 */
export function usableDistricts(x: ArrayLike<number>, w?: ArrayLike<number>): Uint32Array {
  if (w !== undefined && w.length !== x.length) {
    throw new Error(`weights cover ${w.length} districts but values cover ${x.length}`);
  }
  const index = new Uint32Array(x.length);
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const wi = weightOf(w, i);
    if (Number.isNaN(xi) || Number.isNaN(wi)) continue;
    if (!(xi >= 0 && xi < Infinity)) throw new RangeError(`district ${i}: value must be finite and ≥ 0, got ${xi}`);
    if (!(wi >= 0 && wi < Infinity)) throw new RangeError(`district ${i}: weight must be finite and ≥ 0, got ${wi}`);
    index[n++] = i;
  }
  return index.subarray(0, n);
}

/** Total weight W = Σw and weighted total S = Σw·x over the given districts (S / W is the mean). */
export function weightedTotals(index: Uint32Array, x: ArrayLike<number>, w?: ArrayLike<number>): { W: number; S: number } {
  let W = 0;
  let S = 0;
  for (const i of index) {
    const wi = weightOf(w, i);
    W += wi;
    S += wi * x[i]!;
  }
  return { W, S };
}

/** A copy of the index sorted by value x, ascending. Ties may come in any order: no measure here depends on it. */
export function ascendingByValue(index: Uint32Array, x: ArrayLike<number>): Uint32Array {
  return index.slice().sort((a, b) => x[a]! - x[b]!);
}
