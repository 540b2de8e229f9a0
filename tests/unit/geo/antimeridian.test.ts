// Districts across the 180° meridian (issue #16): an unsplit ring and RFC 7946's split form
// must both hold their own points, leave the neighbour's alone, and own a point written at
// 180° or at −180°. Fixtures: hand-made rectangles around Fiji (fixtures.ts).
import { describe, expect, test } from 'vitest';
import { crossesAntimeridian, planarRings, unwrapRing } from '../../../src/core/geo/antimeridian.ts';
import { assignPoints, buildDistrictGrid, locatePoint } from '../../../src/core/geo/district-grid.ts';
import { fromGeoJSON } from '../../../src/core/geo/polygon.ts';
import { fijiSplit, fijiUnsplit } from './fixtures.ts';

// Real places: Taveuni (179.97° E, 16.8° S) and Lakeba in the Lau group (178.8° W, 18.2° S)
// are in 0; the neighbour gets a point at 178.2° E, 17.0° S; Nairobi is in neither.
const POINTS: readonly [string, number, number, number][] = [
  ['Taveuni', 179.97, -16.8, 0],
  ['Lakeba', -178.8, -18.2, 0],
  ['on the meridian, written 180', 180, -17, 0],
  ['on the meridian, written -180', -180, -17, 0],
  ['inland Vanua Levu', 178.2, -17, 1],
  ['Nairobi', 36.82, -1.29, -1],
  ['south of both', 179.5, -19, -1],
  ['east of the rectangle', -178, -17, -1],
];

describe.each([
  ['an unsplit ring', fijiUnsplit],
  ['the RFC 7946 split form', fijiSplit],
])('%s', (_, features) => {
  const polys = fromGeoJSON(features);
  const grid = buildDistrictGrid(polys);
  test.each(POINTS)('%s (%f, %f) is in district %i', (_name, lon, lat, want) => {
    expect(locatePoint(grid, polys, lon, lat)).toBe(want);
  });
  test('assignPoints agrees point by point', () => {
    const lons = Float64Array.from(POINTS, (p) => p[1]);
    const lats = Float64Array.from(POINTS, (p) => p[2]);
    expect([...assignPoints(grid, polys, lons, lats)]).toEqual(POINTS.map((p) => p[3]));
  });
});

describe('rings across the meridian', () => {
  const ring = fijiUnsplit[0]!.geometry!.coordinates[0] as readonly (readonly number[])[];
  test('a crossing is an edge spanning more than 180° of longitude', () => {
    expect(crossesAntimeridian(ring)).toBe(true);
    expect(crossesAntimeridian(fijiUnsplit[1]!.geometry!.coordinates[0] as readonly (readonly number[])[])).toBe(false);
  });
  test('unwrapped, -178.5 becomes 181.5 (= -178.5 + 360) and the first vertex stays', () => {
    expect(unwrapRing(ring)).toEqual([[179, -16], [181.5, -16], [181.5, -18.5], [179, -18.5], [179, -16]]);
  });
  test('the planar rings are the unwrapped ring and its copy 360° west', () => {
    expect(planarRings([ring])).toEqual([
      [[179, -16], [181.5, -16], [181.5, -18.5], [179, -18.5], [179, -16]],
      [[-181, -16], [-178.5, -16], [-178.5, -18.5], [-181, -18.5], [-181, -16]],
    ]);
  });
  test('rings that do not cross are handed back untouched (the same array)', () => {
    const rings = fijiUnsplit[1]!.geometry!.coordinates as readonly (readonly (readonly number[])[])[];
    expect(planarRings(rings)).toBe(rings);
  });
  test('a ring around a pole (it would not close unwrapped) is left as it is', () => {
    const polar = [[-180, -80], [-60, -80], [60, -80], [180, -80], [180, -90], [-180, -90], [-180, -80]];
    expect(unwrapRing(polar)).toEqual(polar);
  });
});
