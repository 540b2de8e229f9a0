// Assigning points to districts: brute force (every district, bbox pre-check) against the raster
// grid, on Kenya's 47 counties and a million seeded points over Kenya's bounds.
// Run: npm run bench -- point-in-district

import { readFileSync } from 'node:fs';
import { assignPoints, buildDistrictGrid, type DistrictGrid } from '../src/core/geo/district-grid.ts';
import {
  districtBounds,
  districtCount,
  fromGeoJSON,
  pointInDistrict,
  type DistrictFeature,
  type DistrictPolygons,
} from '../src/core/geo/polygon.ts';
import { uniformPoints } from './synthetic.ts';

const POINTS = 1_000_000;
const SEED = 20_190_824; // census night, 2019-08-24
const RUNS = 3;
const RESOLUTIONS = [64, 256, 1024, 2048];

/** Baseline: test every district whose bbox holds the point, in order; the first that contains it wins. */
function assignBruteForce(polys: DistrictPolygons, lons: Float64Array, lats: Float64Array): Int32Array {
  const bounds = districtBounds(polys);
  const n = districtCount(polys);
  const out = new Int32Array(lons.length).fill(-1);
  for (let i = 0; i < lons.length; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    for (let d = 0; d < n; d++) {
      if (lon < bounds[4 * d]! || lat < bounds[4 * d + 1]! || lon > bounds[4 * d + 2]! || lat > bounds[4 * d + 3]!) continue;
      if (pointInDistrict(polys, d, lon, lat)) {
        out[i] = d;
        break;
      }
    }
  }
  return out;
}

// Median wall time of RUNS calls, in ms, and the last result.
function time<T>(run: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = run();
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, result };
}

function differences(a: Int32Array, b: Int32Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

const geojson = JSON.parse(readFileSync(new URL('../data/kenya/ke_counties.geojson', import.meta.url), 'utf8')) as {
  features: DistrictFeature[];
};
const polys = fromGeoJSON(geojson.features);
const bounds = districtBounds(polys);
const kenya: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
for (let d = 0; d < districtCount(polys); d++) {
  kenya[0] = Math.min(kenya[0], bounds[4 * d]!);
  kenya[1] = Math.min(kenya[1], bounds[4 * d + 1]!);
  kenya[2] = Math.max(kenya[2], bounds[4 * d + 2]!);
  kenya[3] = Math.max(kenya[3], bounds[4 * d + 3]!);
}
const { lons, lats } = uniformPoints(POINTS, kenya, SEED);
console.log(
  `Kenya: ${districtCount(polys)} counties, ${polys.coords.length / 2} vertices; ` +
    `${POINTS.toLocaleString('en')} points (seed ${SEED}); median of ${RUNS} runs after a warm-up`,
);

const baseline = time(() => assignBruteForce(polys, lons, lats));
const inside = baseline.result.reduce((sum, d) => sum + (d >= 0 ? 1 : 0), 0);
console.log(`brute force + bbox: ${baseline.ms.toFixed(0)} ms (${inside.toLocaleString('en')} points in a county)`);

let mismatches = 0;
for (const resolution of [undefined, ...RESOLUTIONS]) {
  const build = time(() => buildDistrictGrid(polys, resolution === undefined ? {} : { resolution }));
  const grid: DistrictGrid = build.result;
  const query = time(() => assignPoints(grid, polys, lons, lats));
  const differ = differences(baseline.result, query.result);
  mismatches += differ;
  const boundaryCells = grid.fallback.length;
  console.log(
    `grid ${resolution ?? 'default'} (${grid.cols}×${grid.rows}, ${boundaryCells} boundary cells): ` +
      `build ${build.ms.toFixed(1)} ms, assign ${query.ms.toFixed(1)} ms; ` +
      `baseline/assign ${(baseline.ms / query.ms).toFixed(1)}×, ` +
      `baseline/(build+assign) ${(baseline.ms / (build.ms + query.ms)).toFixed(1)}×; ` +
      (differ === 0 ? 'identical assignments' : `${differ} DIFFERENT assignments`),
  );
}
if (mismatches > 0) process.exitCode = 1;
