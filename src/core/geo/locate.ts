// Locating many points or speed-test tiles in districts, in chunks so that a worker can
// report progress and stop between them. Tiles are placed by the centre of their quadkey
// tile, computed from the quadkey itself (never from other columns of the file).
import { assignPoints, buildDistrictGrid, type DistrictGrid } from './district-grid.ts';
import type { DistrictPolygons } from './polygon.ts';
import { quadkeyCentre } from './quadkey.ts';

/** Points per chunk between progress reports and cancellation checks. */
export const LOCATE_CHUNK = 262_144;

/** District index per point (−1 outside every district or missing coordinates); lon/lat in degrees. */
export async function locatePoints(
  polys: DistrictPolygons,
  lons: Float64Array,
  lats: Float64Array,
  between: (done: number, total: number) => Promise<void> = async () => {},
): Promise<Int32Array> {
  if (lons.length !== lats.length) throw new Error(`${lons.length} longitudes but ${lats.length} latitudes`);
  return locateInGrid(buildDistrictGrid(polys), polys, lons, lats, between);
}

/** District index per point (lon/lat in degrees) with a grid already built for `polys`; −1 outside every district. */
export async function locateInGrid(
  grid: DistrictGrid,
  polys: DistrictPolygons,
  lons: Float64Array,
  lats: Float64Array,
  between: (done: number, total: number) => Promise<void> = async () => {},
): Promise<Int32Array> {
  if (lons.length !== lats.length) throw new Error(`${lons.length} longitudes but ${lats.length} latitudes`);
  const out = new Int32Array(lons.length);
  for (let from = 0; from < lons.length; from += LOCATE_CHUNK) {
    await between(from, lons.length);
    const to = Math.min(lons.length, from + LOCATE_CHUNK);
    out.set(assignPoints(grid, polys, lons.subarray(from, to), lats.subarray(from, to)), from);
  }
  await between(lons.length, lons.length);
  return out;
}

export interface TileCentres {
  /** Centre longitude per tile, degrees (NaN for an invalid quadkey). */
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  /** Indices of tiles whose quadkey is not a valid quadkey, with the reason. */
  readonly invalid: readonly { readonly index: number; readonly reason: string }[];
}

/** Centres of quadkey tiles; invalid quadkeys are reported, not thrown. */
export function tileCentres(quadkeys: readonly (string | null)[]): TileCentres {
  const lons = new Float64Array(quadkeys.length);
  const lats = new Float64Array(quadkeys.length);
  const invalid: { index: number; reason: string }[] = [];
  quadkeys.forEach((qk, i) => {
    try {
      if (qk === null) throw new Error('missing quadkey');
      const [lon, lat] = quadkeyCentre(qk);
      lons[i] = lon;
      lats[i] = lat;
    } catch (e) {
      lons[i] = Number.NaN;
      lats[i] = Number.NaN;
      invalid.push({ index: i, reason: (e as Error).message });
    }
  });
  return { lons, lats, invalid };
}

/** Σ of a value per district from each point's district index (−1 and NaN values are skipped), in the value's unit. */
export function sumPerDistrict(district: ArrayLike<number>, values: ArrayLike<number>, nDistricts: number): Float64Array {
  const sums = new Float64Array(nDistricts);
  for (let i = 0; i < district.length; i++) {
    const d = district[i]!;
    const v = values[i]!;
    if (d >= 0 && d < nDistricts && Number.isFinite(v)) sums[d]! += v;
  }
  return sums;
}

/** Points per district (0…nDistricts−1) from each point's district index; −1 (outside) is not counted. */
export function countPerDistrict(district: ArrayLike<number>, nDistricts: number): Float64Array {
  const counts = new Float64Array(nDistricts);
  for (let i = 0; i < district.length; i++) {
    const d = district[i]!;
    if (d >= 0 && d < nDistricts) counts[d]!++;
  }
  return counts;
}
