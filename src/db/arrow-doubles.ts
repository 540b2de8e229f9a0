// A DOUBLE result column copied chunk by chunk. Reading it with `vector.get(r)` costs a binary
// search over the chunks per cell: ~0.3–1.3 s on the main thread for the 651,764 cells of
// Kenya's 1 km population grid (issue #18, tests/e2e/national-grid.test.ts); a copy per
// chunk is a memcpy, with the validity bitmap read only where a chunk has nulls.
import type { Vector } from 'apache-arrow';

/** The `n` values of a Float64 Arrow vector as one array; nulls (and a missing vector) become NaN. */
export function float64Values(vector: Vector | null | undefined, n: number): Float64Array {
  const out = new Float64Array(n);
  if (!vector) return out.fill(Number.NaN);
  let at = 0;
  for (const chunk of vector.data) {
    // A chunk's `values` already start at its own first row (Arrow JS slices them); its validity bitmap does not.
    out.set((chunk.values as Float64Array).subarray(0, chunk.length), at);
    if (chunk.nullCount > 0) for (let i = 0; i < chunk.length; i++) if (!chunk.getValid(i)) out[at + i] = Number.NaN;
    at += chunk.length;
  }
  return out;
}
