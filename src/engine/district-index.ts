// The district grid index, built once per district layer (in a worker) and kept by every
// worker of the pool: locating a layer is then one call on that index, not a rebuild.
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { LoadCache, LoadedDistricts } from './load-cache.ts';

/** Makes sure `compute` keeps the index of `districts` (sent again, never rebuilt, to a transport that lacks it). */
export async function giveIndex(cache: LoadCache, districts: LoadedDistricts, compute: Compute, options: TaskOptions = {}): Promise<void> {
  const given = cache.indexGiven.get(compute) ?? new Set<string>();
  if (given.has(districts.indexKey)) return;
  await compute.call('keepDistricts', [districts.indexKey, districts.polygons, districts.grid], withSignal(options));
  given.add(districts.indexKey);
  cache.indexGiven.set(compute, given);
}

/** District index per lon/lat point (degrees) on the kept index; −1 outside every district. */
export async function locateIn(cache: LoadCache, districts: LoadedDistricts, compute: Compute, lons: Float64Array, lats: Float64Array, options: TaskOptions = {}): Promise<Int32Array> {
  await giveIndex(cache, districts, compute, options);
  try {
    return await compute.call('locateInDistricts', [districts.indexKey, lons, lats], options);
  } catch (e) {
    // A worker lets go of its oldest district layers; give this one again and retry once.
    if (!(e instanceof Error) || !e.message.includes('holds no district layer')) throw e;
    cache.indexGiven.get(compute)?.delete(districts.indexKey);
    await giveIndex(cache, districts, compute, options);
    return compute.call('locateInDistricts', [districts.indexKey, lons, lats], options);
  }
}

function withSignal(options: TaskOptions): TaskOptions {
  return options.signal ? { signal: options.signal } : {};
}
