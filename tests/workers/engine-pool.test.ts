// The worker pool splits large point sets across workers and reassembles them in order;
// the answer is the one a single worker gives.
import { describe, expect, test } from 'vitest';
import { fromGeoJSON } from '../../src/core/geo/polygon.ts';
import { mulberry32 } from '../../src/core/random.ts';
import type { Compute } from '../../src/compute/compute.ts';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { poolCompute, SPLIT_THRESHOLD } from '../../src/compute/pool.ts';

// Two unit squares side by side: x in [0, 1) → district 0, [1, 2) → district 1.
const squares = fromGeoJSON([0, 1].map((x) => ({ geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } })));

function recording(): Compute & { sizes: number[] } {
  const sizes: number[] = [];
  return {
    sizes,
    call(method, args, options) {
      if (method === 'locatePoints') sizes.push((args[1] as Float64Array).length);
      return inProcessCompute.call(method, args, options);
    },
  };
}

describe('poolCompute', () => {
  test('a large point set is split across workers and equals the single-worker answer', async () => {
    const n = SPLIT_THRESHOLD * 2 + 7;
    const random = mulberry32(7);
    const lons = Float64Array.from({ length: n }, () => random() * 2.2 - 0.1);
    const lats = Float64Array.from({ length: n }, () => random() * 1.2 - 0.1);
    const a = recording();
    const b = recording();
    const progress: number[] = [];
    const pooled = await poolCompute([a, b]).call('locatePoints', [squares, lons, lats], { onProgress: (d) => progress.push(d) });
    const single = await inProcessCompute.call('locatePoints', [squares, lons, lats]);
    expect(pooled).toEqual(single);
    expect(a.sizes.length + b.sizes.length).toBe(2);
    expect(a.sizes[0]! + b.sizes[0]!).toBe(n);
    expect(progress.at(-1)).toBe(n);
  });

  test('small work and other methods go to the first worker only', async () => {
    const a = recording();
    const b = recording();
    await poolCompute([a, b]).call('locatePoints', [squares, Float64Array.of(0.5), Float64Array.of(0.5)]);
    expect(a.sizes).toEqual([1]);
    expect(b.sizes).toEqual([]);
  });

  test('an empty pool is an error', () => {
    expect(() => poolCompute([])).toThrow(/at least one worker/);
  });
});
