// Seeded synthetic points for benchmarks: the same seed gives the same points on every run and
// machine, so timings and assignment counts can be compared between runs.

import { mulberry32 } from '../src/core/random.ts';

/** Points as columns of longitudes and latitudes, in degrees. */
export interface PointColumns {
  readonly lons: Float64Array;
  readonly lats: Float64Array;
}

/** `count` points uniform in lon/lat over [west, south, east, north] (degrees), from `seed`. */
export function uniformPoints(
  count: number,
  bounds: readonly [west: number, south: number, east: number, north: number],
  seed: number,
): PointColumns {
  const [west, south, east, north] = bounds;
  const random = mulberry32(seed);
  const lons = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lons[i] = west + random() * (east - west);
    lats[i] = south + random() * (north - south);
  }
  return { lons, lats };
}
