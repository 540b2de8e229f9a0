import { describe, expect, test } from 'vitest';
import { haversineMetres } from '../../../src/core/geo/distance.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { buildCoverage, coveredByExisting, type Coverage } from '../../../src/core/siting/coverage.ts';

function bruteForce(dLon: Float64Array, dLat: Float64Array, sLon: Float64Array, sLat: Float64Array, r: number): Coverage {
  const start = [0];
  const demand: number[] = [];
  const distance: number[] = [];
  for (let j = 0; j < sLon.length; j++) {
    for (let d = 0; d < dLon.length; d++) {
      const m = haversineMetres(sLon[j]!, sLat[j]!, dLon[d]!, dLat[d]!);
      if (m <= r) {
        demand.push(d);
        distance.push(m);
      }
    }
    start.push(demand.length);
  }
  return { coverStart: Int32Array.from(start), coverDemand: Int32Array.from(demand), coverDistance: Float64Array.from(distance) };
}

function points(seed: number, n: number, [w, s, e, north]: number[]): [Float64Array, Float64Array] {
  const random = mulberry32(seed);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = w! + random() * (e! - w!);
    lat[i] = s! + random() * (north! - s!);
  }
  return [lon, lat];
}

describe('buildCoverage equals brute force on seeded random points', () => {
  const cases: [string, number[], number][] = [
    ['Nairobi, 500 m', [36.7, -1.4, 36.9, -1.2], 500],
    ['northern Norway at 70° N, 2 km', [20, 69.5, 22, 70.5], 2000],
    ['Svalbard to the pole, 50 km', [-180, 88.5, 180, 90], 50_000],
    ['across the antimeridian (Fiji), 20 km', [177.5, -18.5, 182.5, -16.5], 20_000],
    ['continent at 300 m (grid coarsened)', [-20, -35, 50, 35], 300],
  ];
  for (const [name, box, radius] of cases) {
    test(name, () => {
      const [dLon, dLat] = points(7, 3000, box);
      const [sLon, sLat] = points(8, 200, box);
      // Fold longitudes past 180° back, as real data would carry them.
      for (const lons of [dLon, sLon]) for (let i = 0; i < lons.length; i++) if (lons[i]! > 180) lons[i]! -= 360;
      // A few sites sit exactly on demand points: distance 0 is covered.
      for (let j = 0; j < 5; j++) [sLon[j], sLat[j]] = [dLon[j * 7]!, dLat[j * 7]!];
      const got = buildCoverage(dLon, dLat, sLon, sLat, radius);
      const want = bruteForce(dLon, dLat, sLon, sLat, radius);
      expect(got.coverDemand.length).toBeGreaterThan(0);
      expect(Array.from(got.coverStart)).toEqual(Array.from(want.coverStart));
      expect(Array.from(got.coverDemand)).toEqual(Array.from(want.coverDemand));
      expect(Array.from(got.coverDistance)).toEqual(Array.from(want.coverDistance));
    });
  }
});

test('NaN coordinates are never covered and cover nothing; the radius is inclusive', () => {
  // Points 1 km apart on the equator: 1 degree = 111 195.08 m, so 0.001° ≈ 111.195 m.
  const dLon = Float64Array.of(0, 0.001, Number.NaN, 0.002);
  const dLat = Float64Array.of(0, 0, 0, Number.NaN);
  const sLon = Float64Array.of(0, Number.NaN);
  const sLat = Float64Array.of(0, 0);
  const exact = haversineMetres(0, 0, 0.001, 0);
  const cov = buildCoverage(dLon, dLat, sLon, sLat, exact);
  expect(Array.from(cov.coverStart)).toEqual([0, 2, 2]);
  expect(Array.from(cov.coverDemand)).toEqual([0, 1]);
  expect(Array.from(buildCoverage(dLon, dLat, sLon, sLat, exact - 1e-6).coverDemand)).toEqual([0]);
  expect(Array.from(coveredByExisting(dLon, dLat, sLon, sLat, exact))).toEqual([1, 1, 0, 0]);
  expect(Array.from(coveredByExisting(dLon, dLat, new Float64Array(0), new Float64Array(0), 500))).toEqual([0, 0, 0, 0]);
});

test('coveredByExisting marks exactly the points some existing site covers (brute force)', () => {
  const [dLon, dLat] = points(11, 2000, [36.7, -1.4, 36.9, -1.2]);
  const [eLon, eLat] = points(12, 30, [36.7, -1.4, 36.9, -1.2]);
  const want = new Uint8Array(2000);
  const brute = bruteForce(dLon, dLat, eLon, eLat, 800);
  for (const d of brute.coverDemand) want[d] = 1;
  const got = coveredByExisting(dLon, dLat, eLon, eLat, 800);
  expect(got.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  expect(Array.from(got)).toEqual(Array.from(want));
});
