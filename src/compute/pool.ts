// Several engine workers behind one Compute: large point sets are split across them
// (locating is independent per point), everything else goes to the first worker. On a
// 2-core laptop this halves the wait for a million speed-test tiles; with one core it is
// the plain single worker.
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import type { Compute, TaskOptions } from './compute.ts';

/** Points per worker below which splitting costs more than it saves. */
export const SPLIT_THRESHOLD = 200_000;

/** A Compute that fans `locatePoints` out over `workers` (each a Compute of its own). */
export function poolCompute(workers: readonly Compute[]): Compute {
  if (workers.length === 0) throw new Error('a worker pool needs at least one worker');
  const first = workers[0]!;
  return {
    call(method, args, options = {}) {
      if (method !== 'locatePoints' || workers.length === 1) return first.call(method, args, options);
      const [polygons, lons, lats] = args as [DistrictPolygons, Float64Array, Float64Array];
      if (lons.length < SPLIT_THRESHOLD * 2) return first.call(method, args, options);
      return locateSplit(workers, polygons, lons, lats, options) as never;
    },
  };
}

async function locateSplit(workers: readonly Compute[], polygons: DistrictPolygons, lons: Float64Array, lats: Float64Array, options: TaskOptions): Promise<Int32Array> {
  const n = lons.length;
  const parts = Math.min(workers.length, Math.ceil(n / SPLIT_THRESHOLD));
  const size = Math.ceil(n / parts);
  const done = new Array<number>(parts).fill(0);
  const results = await Promise.all(
    Array.from({ length: parts }, (_, k) => {
      const from = k * size;
      const to = Math.min(n, from + size);
      return workers[k]!.call('locatePoints', [polygons, lons.slice(from, to), lats.slice(from, to)], {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (d) => {
          done[k] = d;
          options.onProgress?.(done.reduce((a, b) => a + b, 0), n, 'locating');
        },
      });
    }),
  );
  const out = new Int32Array(n);
  results.forEach((part, k) => out.set(part, k * size));
  return out;
}
