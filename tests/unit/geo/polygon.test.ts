import { describe, expect, test } from 'vitest';
import {
  districtBounds,
  districtCount,
  fromGeoJSON,
  pointInDistrict,
  polygonBuffers,
  type DistrictFeature,
  type DistrictPolygons,
} from '../../../src/core/geo/polygon.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { adjacentSquares, deepFreeze, holeAndIsland, overlapping, slantedNeighbours, squareWithHole, twoSquares } from './fixtures.ts';

// Which districts contain the point, as a list (at most one for districts that tile the plane).
function containing(polys: DistrictPolygons, lon: number, lat: number): number[] {
  const found: number[] = [];
  for (let d = 0; d < districtCount(polys); d++) if (pointInDistrict(polys, d, lon, lat)) found.push(d);
  return found;
}

describe('fromGeoJSON', () => {
  test('a square with a hole: 8 open vertices, 2 rings, 1 polygon, 1 district', () => {
    const polys = fromGeoJSON(squareWithHole);
    // The closing vertex of each 5-position ring is dropped.
    expect([...polys.coords]).toEqual([0, 0, 4, 0, 4, 4, 0, 4, 1, 1, 1, 3, 3, 3, 3, 1]);
    expect([...polys.ringStarts]).toEqual([0, 4, 8]);
    expect([...polys.polygonStarts]).toEqual([0, 2]);
    expect([...polys.districtStarts]).toEqual([0, 1]);
  });
  test('a MultiPolygon is one district of two polygons', () => {
    const polys = fromGeoJSON(twoSquares);
    expect([...polys.ringStarts]).toEqual([0, 4, 8]);
    expect([...polys.polygonStarts]).toEqual([0, 1, 2]);
    expect([...polys.districtStarts]).toEqual([0, 2]);
  });
  test('a null geometry is a district with no polygons', () => {
    const polys = fromGeoJSON(overlapping);
    expect(districtCount(polys)).toBe(3);
    expect([...polys.districtStarts]).toEqual([0, 1, 2, 2]);
    expect(pointInDistrict(polys, 2, 1.5, 1.5)).toBe(false);
  });
  test('an unclosed ring is kept whole and closed implicitly', () => {
    const polys = fromGeoJSON([{ geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] } }]);
    expect([...polys.coords]).toEqual([0, 0, 1, 0, 1, 1]);
    // (0.7, 0.2) lies below the diagonal y = x, inside the triangle.
    expect(pointInDistrict(polys, 0, 0.7, 0.2)).toBe(true);
    expect(pointInDistrict(polys, 0, 0.2, 0.7)).toBe(false);
  });
  test('bad geometry is an error naming the feature', () => {
    const point = { geometry: { type: 'Point', coordinates: [0, 0] } } as unknown as DistrictFeature;
    expect(() => fromGeoJSON([point])).toThrow('feature 0: geometry type "Point" is not Polygon or MultiPolygon');
    const bad = { geometry: { type: 'Polygon', coordinates: [[[0, 0], [Number.NaN, 1], [1, 1], [0, 0]]] } } as const;
    expect(() => fromGeoJSON([bad])).toThrow(/district 0: vertex 1 of a ring is not a finite/);
  });
  test('the input is not mutated (fixtures are deep-frozen) and outputs are fresh arrays', () => {
    const before = JSON.stringify(holeAndIsland);
    const a = fromGeoJSON(holeAndIsland);
    const b = fromGeoJSON(holeAndIsland);
    expect(JSON.stringify(holeAndIsland)).toBe(before);
    expect(Object.isFrozen(holeAndIsland[0]!.geometry!.coordinates[0]![0])).toBe(true);
    expect(a.coords).not.toBe(b.coords);
  });
  test('the geometry travels to another thread as its four buffers', () => {
    const polys = fromGeoJSON(squareWithHole);
    const copy = structuredClone(polys, { transfer: polygonBuffers(polys) as ArrayBuffer[] });
    expect(polys.coords.length).toBe(0); // detached by the transfer
    expect(pointInDistrict(copy, 0, 0.5, 0.5)).toBe(true);
  });
});

describe('pointInDistrict', () => {
  const holed = fromGeoJSON(squareWithHole);
  test('even-odd: inside the square, not in its hole, not outside', () => {
    expect(pointInDistrict(holed, 0, 0.5, 0.5)).toBe(true);
    expect(pointInDistrict(holed, 0, 3.5, 2)).toBe(true);
    expect(pointInDistrict(holed, 0, 2, 2)).toBe(false);
    expect(pointInDistrict(holed, 0, 5, 2)).toBe(false);
    expect(pointInDistrict(holed, 0, -1, 2)).toBe(false);
  });
  test('edges are half-open like a pixel: west and south edges in, east and north edges out', () => {
    // Worked by hand: from (0, 2) the eastward ray crosses x = 1, x = 3 (hole) and x = 4 → 3, odd;
    // from (4, 2) it crosses nothing strictly to the east → 0, even.
    expect([0, 2, 4].map((x) => pointInDistrict(holed, 0, x, 0))).toEqual([true, true, false]);
    expect([0, 2, 4].map((x) => pointInDistrict(holed, 0, x, 4))).toEqual([false, false, false]);
    expect(pointInDistrict(holed, 0, 0, 2)).toBe(true);
    expect(pointInDistrict(holed, 0, 4, 2)).toBe(false);
  });
  test('the hole owns its own west and south edges, the district its east and north edges', () => {
    // (1, 2): rays cross x = 3 (hole) and x = 4 → even → out. (3, 2): only x = 4 → odd → in.
    expect(pointInDistrict(holed, 0, 1, 2)).toBe(false);
    expect(pointInDistrict(holed, 0, 2, 1)).toBe(false);
    expect(pointInDistrict(holed, 0, 3, 2)).toBe(true);
    expect(pointInDistrict(holed, 0, 2, 3)).toBe(true);
  });
  test('both parts of a MultiPolygon count, the gap between them does not', () => {
    const parts = fromGeoJSON(twoSquares);
    expect([0.5, 2, 3.5].map((x) => pointInDistrict(parts, 0, x, 0.5))).toEqual([true, false, true]);
  });
  test('a point on a shared edge or vertex belongs to exactly one of two neighbours (the eastern one)', () => {
    const pair = fromGeoJSON(adjacentSquares);
    expect(containing(pair, 1, 0.5)).toEqual([1]);
    expect(containing(pair, 1, 0)).toEqual([1]);
    expect(containing(pair, 0, 0)).toEqual([0]);
    // On the north edge of both: outside both, as the union's north edge is.
    expect(containing(pair, 1, 1)).toEqual([]);
  });
  test('a hole and the island filling it split their shared ring without gap or overlap', () => {
    const pair = fromGeoJSON(holeAndIsland);
    expect(containing(pair, 1, 2)).toEqual([1]);
    expect(containing(pair, 2, 1)).toEqual([1]);
    expect(containing(pair, 1, 1)).toEqual([1]);
    expect(containing(pair, 3, 2)).toEqual([0]);
    expect(containing(pair, 2, 3)).toEqual([0]);
    expect(containing(pair, 3, 3)).toEqual([0]);
  });
  test('points on a slanted shared edge (rounded as they fall) belong to exactly one neighbour', () => {
    // The two districts run along the edge in opposite directions; a test that depended on the
    // direction (e.g. the textbook x-intercept formula) gives 0 or 2 for hundreds of these points.
    const pair = fromGeoJSON(slantedNeighbours);
    const random = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const t = random();
      expect(containing(pair, 0.13 + (0.71 - 0.13) * t, t)).toHaveLength(1);
      expect(containing(pair, 0.71 + (0.13 - 0.71) * (1 - t), t)).toHaveLength(1);
    }
  });
  test('the verdict does not depend on the direction of the rings', () => {
    const reversed = deepFreeze(
      squareWithHole.map((f) => ({
        geometry: { type: 'Polygon' as const, coordinates: (f.geometry!.coordinates as number[][][]).map((ring) => [...ring].reverse()) },
      })),
    );
    const flipped = fromGeoJSON(reversed);
    for (let lon = -1; lon <= 5; lon += 0.5) {
      for (let lat = -1; lat <= 5; lat += 0.5) {
        expect(pointInDistrict(flipped, 0, lon, lat)).toBe(pointInDistrict(holed, 0, lon, lat));
      }
    }
  });
  test('NaN is in no district', () => {
    expect(pointInDistrict(holed, 0, Number.NaN, 0.5)).toBe(false);
    expect(pointInDistrict(holed, 0, 0.5, Number.NaN)).toBe(false);
  });
});

describe('districtBounds', () => {
  test('west, south, east, north per district; none for an empty district', () => {
    expect([...districtBounds(fromGeoJSON(overlapping))]).toEqual([0, 0, 2, 2, 1, 1, 3, 3, Infinity, Infinity, -Infinity, -Infinity]);
  });
});
