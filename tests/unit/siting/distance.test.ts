import { expect, test } from 'vitest';
import { EARTH_RADIUS_M, haversineMetres } from '../../../src/core/geo/distance.ts';

test('Nashville BNA (36.12 N, 86.67 W) to Los Angeles LAX (33.94 N, 118.40 W): 2886.448 km', () => {
  // Rosetta Code's haversine task publishes 2887.2599506071106 km with R = 6372.8 km; the same
  // angle at the pinned R = 6371.0088 km is 2887.2599506071106 × 6371.0088 / 6372.8.
  expect(haversineMetres(-86.67, 36.12, -118.4, 33.94) / 1000).toBeCloseTo(2886.448429764854, 6);
});

test('a quarter meridian is π R / 2 and one degree of equator is π R / 180; symmetric; NaN stays NaN', () => {
  expect(EARTH_RADIUS_M).toBe(6_371_008.8);
  expect(haversineMetres(0, 0, 0, 90)).toBeCloseTo(10_007_557.221017962, 4);
  expect(haversineMetres(10, 0, 11, 0)).toBeCloseTo(111_195.08023353292, 6);
  expect(haversineMetres(179.5, 0, -179.5, 0)).toBeCloseTo(111_195.08023353292, 6);
  expect(haversineMetres(1, 2, 3, 4)).toBe(haversineMetres(3, 4, 1, 2));
  expect(haversineMetres(0, 0, 180, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 4);
  expect(haversineMetres(Number.NaN, 0, 0, 0)).toBeNaN();
});
