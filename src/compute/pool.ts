// Several engine workers behind one Compute: large point sets are split across them
// (locating is independent per point), a kept district layer is given to every worker,
// everything else goes to the first worker. On a 2-core laptop this halves the wait for a
// million speed-test tiles; with one core it is the plain single worker.
import type { DistrictPolygons } from '../core/geo/polygon.ts';
import type { Compute, TaskOptions } from './compute.ts';
import { progressOf } from '../core/progress-steps.ts';

/** Points per worker below which splitting costs more than it saves. */
export const SPLIT_THRESHOLD = 200_000;

type Locate = (worker: Compute, lons: Float64Array, lats: Float64Array, options: TaskOptions) => Promise<Int32Array>;

/** A Compute that fans locating out over `workers` (each a Compute of its own) and gives each the kept district layers. */
export function poolCompute(workers: readonly Compute[]): Compute {
  if (workers.length === 0) throw new Error('a worker pool needs at least one worker');
  const first = workers[0]!;
  return {
    call(method, args, options = {}) {
      if (workers.length === 1) return first.call(method, args, options);
      if (method === 'keepDistricts') {
        // Every worker gets its own copy of the index (structured clone of its typed arrays).
        return Promise.all(workers.map((w) => w.call(method, args, options))).then(() => true) as never;
      }
      if (method === 'locatePoints') {
        const [polygons, lons, lats] = args as [DistrictPolygons, Float64Array, Float64Array];
        if (lons.length < SPLIT_THRESHOLD * 2) return first.call(method, args, options);
        return locateSplit(workers, lons, lats, options, (w, lo, la, o) => w.call('locatePoints', [polygons, lo, la], o)) as never;
      }
      if (method === 'locateInDistricts') {
        const [key, lons, lats] = args as [string, Float64Array, Float64Array];
        if (lons.length < SPLIT_THRESHOLD * 2) return first.call(method, args, options);
        return locateSplit(workers, lons, lats, options, (w, lo, la, o) => w.call('locateInDistricts', [key, lo, la], o)) as never;
      }
      return first.call(method, args, options);
    },
  };
}

async function locateSplit(workers: readonly Compute[], lons: Float64Array, lats: Float64Array, options: TaskOptions, locate: Locate): Promise<Int32Array> {
  const n = lons.length;
  const parts = Math.min(workers.length, Math.ceil(n / SPLIT_THRESHOLD));
  const size = Math.ceil(n / parts);
  const done = new Array<number>(parts).fill(0);
  const results = await Promise.all(
    Array.from({ length: parts }, (_, k) => {
      const from = k * size;
      const to = Math.min(n, from + size);
      return locate(workers[k]!, lons.slice(from, to), lats.slice(from, to), {
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (d) => {
          done[k] = d;
          options.onProgress?.(done.reduce((a, b) => a + b, 0), n, ...progressOf('locating'));
        },
      });
    }),
  );
  const out = new Int32Array(n);
  results.forEach((part, k) => out.set(part, k * size));
  return out;
}
