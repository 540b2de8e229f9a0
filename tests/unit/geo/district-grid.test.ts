import { describe, expect, test } from 'vitest';
import { assignPoints, buildDistrictGrid, gridBuffers, locatePoint, type DistrictGrid } from '../../../src/core/geo/district-grid.ts';
import { districtBounds, districtCount, fromGeoJSON, pointInDistrict, type DistrictFeature, type DistrictPolygons } from '../../../src/core/geo/polygon.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { adjacentSquares, holeAndIsland, kenyaCounties, overlapping, slantedNeighbours, squareWithHole, twoSquares } from './fixtures.ts';

// The oracle: every district in order, the first that contains the point wins.
function bruteForce(polys: DistrictPolygons, lons: Float64Array, lats: Float64Array): Int32Array {
  const out = new Int32Array(lons.length).fill(-1);
  for (let i = 0; i < lons.length; i++) {
    for (let d = 0; d < districtCount(polys); d++) {
      if (pointInDistrict(polys, d, lons[i]!, lats[i]!)) {
        out[i] = d;
        break;
      }
    }
  }
  return out;
}

// The grid as a picture, north row first: '#' boundary cell, '.' no district, digit = district.
function picture(grid: DistrictGrid): string[] {
  const lines: string[] = [];
  for (let row = grid.rows - 1; row >= 0; row--) {
    let line = '';
    for (let col = 0; col < grid.cols; col++) {
      const code = grid.cells[row * grid.cols + col]!;
      line += code <= -2 ? '#' : code === -1 ? '.' : String(code);
    }
    lines.push(line);
  }
  return lines;
}

function candidatesOf(grid: DistrictGrid, row: number, col: number): { candidates: number[]; fallback: number } {
  const b = -2 - grid.cells[row * grid.cols + col]!;
  const start = grid.candidateStarts[b]!;
  return { candidates: [...grid.candidates.subarray(start, grid.candidateStarts[b + 1]!)], fallback: grid.fallback[b]! };
}

// Seeded points over the districts' bounds widened by `margin`, plus a lattice of step `step`
// that lands exactly on the fixtures' edges and vertices.
function testPoints(polys: DistrictPolygons, count: number, seed: number, margin: number, step = 0): { lons: Float64Array; lats: Float64Array } {
  const b = districtBounds(polys);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < b.length; i += 4) {
    [west, south, east, north] = [Math.min(west, b[i]!), Math.min(south, b[i + 1]!), Math.max(east, b[i + 2]!), Math.max(north, b[i + 3]!)];
  }
  [west, south, east, north] = [west - margin, south - margin, east + margin, north + margin];
  const lons: number[] = [];
  const lats: number[] = [];
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    lons.push(west + random() * (east - west));
    lats.push(south + random() * (north - south));
  }
  if (step > 0) {
    for (let lon = west; lon <= east; lon += step) {
      for (let lat = south; lat <= north; lat += step) {
        lons.push(lon);
        lats.push(lat);
      }
    }
  }
  return { lons: Float64Array.from(lons), lats: Float64Array.from(lats) };
}

describe('buildDistrictGrid', () => {
  test('a hole filled by an island, 16 cells a side: edges near cell sides mark both neighbours', () => {
    // Frame [0, 4]² (plus ~5e-9), cells 0.25: x = 0 → col 0, x = 1 → cols 3–4 (it lies on their
    // shared side), x = 3 → cols 11–12, x = 4 → col 15; the same for rows. The island's cells
    // free of edges are 1, the ring's are 0.
    const grid = buildDistrictGrid(fromGeoJSON(holeAndIsland), { resolution: 16 });
    const ring = '#00000000000000#';
    const wall = '#00##########00#';
    const island = '#00##111111##00#';
    const rows = ['################', ring, ring, wall, wall, island, island, island, island, island, island, wall, wall, ring, ring, '################'];
    expect(picture(grid)).toEqual(rows);
    // On the hole's ring both districts have an edge and neither covers the cell.
    expect(candidatesOf(grid, 3, 5)).toEqual({ candidates: [0, 1], fallback: -1 });
    expect(candidatesOf(grid, 0, 5)).toEqual({ candidates: [0], fallback: -1 });
  });
  test('a cell covered by an earlier district needs no test of later ones', () => {
    // Districts [0, 2]² then [1, 3]²; cells 0.25. Cell row 6, col 3 (x 0.75…1, y 1.5…1.75) holds
    // district 1's west edge but lies inside district 0, which wins: nothing left to test.
    const grid = buildDistrictGrid(fromGeoJSON(overlapping), { resolution: 12 });
    expect(candidatesOf(grid, 6, 3)).toEqual({ candidates: [], fallback: 0 });
    // The overlap's inner cell (x 1.5…1.75) is wholly in both: district 0 comes first.
    expect(grid.cells[6 * 12 + 6]).toBe(0);
  });
  test('a resolution that is not a whole number 1..4096 is an error', () => {
    const polys = fromGeoJSON(squareWithHole);
    expect(() => buildDistrictGrid(polys, { resolution: 0 })).toThrow('grid resolution must be a whole number 1..4096, got 0');
    expect(() => buildDistrictGrid(polys, { resolution: 2.5 })).toThrow(/got 2.5/);
    expect(() => buildDistrictGrid(polys, { resolution: 5000 })).toThrow(/got 5000/);
  });
});

describe('assignPoints equals brute force', () => {
  const fixtures: [string, readonly DistrictFeature[]][] = [
    ['square with hole', squareWithHole],
    ['two squares', twoSquares],
    ['adjacent squares', adjacentSquares],
    ['slanted neighbours', slantedNeighbours],
    ['hole and island', holeAndIsland],
    ['overlapping', overlapping],
  ];
  test.each(fixtures)('%s, at several resolutions, on random points and on every edge and vertex', (_name, features) => {
    const polys = fromGeoJSON(features);
    // A lattice of exact multiples of 1/16 lands on every edge and vertex of the axis-aligned
    // fixtures (the slanted edge's own points are tested in polygon.test.ts).
    const { lons, lats } = testPoints(polys, 3000, 11, 0.5, 1 / 16);
    const expected = bruteForce(polys, lons, lats);
    for (const resolution of [1, 2, 3, 7, 16, 64, undefined]) {
      const grid = buildDistrictGrid(polys, resolution === undefined ? {} : { resolution });
      expect(assignPoints(grid, polys, lons, lats)).toEqual(expected);
    }
  });

  const kenya = fromGeoJSON(kenyaCounties());
  test('Kenya’s 47 counties, on 20,000 seeded random points', () => {
    const { lons, lats } = testPoints(kenya, 20_000, 2019, 0.2);
    const expected = bruteForce(kenya, lons, lats);
    // Most points land in a county: the test is not vacuous.
    expect(expected.filter((d) => d >= 0).length).toBeGreaterThan(10_000);
    for (const resolution of [37, 256, undefined]) {
      expect(assignPoints(buildDistrictGrid(kenya, resolution === undefined ? {} : { resolution }), kenya, lons, lats)).toEqual(expected);
    }
  });
  test('Kenya’s counties, on every border vertex and every edge midpoint', () => {
    // Border points are where counties meet; each must go to the same county as brute force says.
    const n = kenya.coords.length / 2;
    const lons = new Float64Array(2 * n);
    const lats = new Float64Array(2 * n);
    for (let d = 0, r = 0; d < districtCount(kenya); d++) {
      for (const end = kenya.polygonStarts[kenya.districtStarts[d + 1]!]!; r < end; r++) {
        const start = kenya.ringStarts[r]!;
        const stop = kenya.ringStarts[r + 1]!;
        for (let i = start, j = stop - 1; i < stop; j = i++) {
          lons[2 * i] = kenya.coords[2 * i]!;
          lats[2 * i] = kenya.coords[2 * i + 1]!;
          lons[2 * i + 1] = (kenya.coords[2 * i]! + kenya.coords[2 * j]!) / 2;
          lats[2 * i + 1] = (kenya.coords[2 * i + 1]! + kenya.coords[2 * j + 1]!) / 2;
        }
      }
    }
    const expected = bruteForce(kenya, lons, lats);
    expect(assignPoints(buildDistrictGrid(kenya), kenya, lons, lats)).toEqual(expected);
  });
});

describe('assignPoints', () => {
  const polys = fromGeoJSON(adjacentSquares);
  const grid = buildDistrictGrid(polys, { resolution: 8 });
  test('outside the frame, NaN, and no districts at all: −1', () => {
    expect([...assignPoints(grid, polys, Float64Array.of(-5, Number.NaN, 0.5), Float64Array.of(0.5, 0.5, Number.NaN))]).toEqual([-1, -1, -1]);
    const none = fromGeoJSON([{ geometry: null }]);
    expect([...assignPoints(buildDistrictGrid(none), none, Float64Array.of(0, 1e9), Float64Array.of(0, Infinity))]).toEqual([-1, -1]);
  });
  test('a point on the shared edge goes to the eastern square, as pointInDistrict says', () => {
    expect(locatePoint(grid, polys, 1, 0.5)).toBe(1);
    expect(locatePoint(grid, polys, 0.999, 0.5)).toBe(0);
  });
  test('progress is reported in points after every 65,536 and at the end', () => {
    const calls: [number, number][] = [];
    const n = 150_000;
    assignPoints(grid, polys, new Float64Array(n), new Float64Array(n), (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[65_536, n], [131_072, n], [n, n]]);
  });
  test('mismatched columns or a grid built for other districts is an error', () => {
    expect(() => assignPoints(grid, polys, new Float64Array(2), new Float64Array(3))).toThrow('lons and lats differ in length: 2 vs 3');
    const other = fromGeoJSON(squareWithHole);
    expect(() => assignPoints(grid, other, new Float64Array(1), new Float64Array(1))).toThrow(/grid was built for 2 districts \/ 8 vertices/);
  });
  test('inputs are not mutated', () => {
    const copy = (p: DistrictPolygons) => [p.coords, p.ringStarts, p.polygonStarts, p.districtStarts].map((a) => [...a]);
    const before = copy(polys);
    const lons = Float64Array.of(0.5, 1, 1.5);
    const lats = Float64Array.of(0.5, 0.5, 0.5);
    const g = buildDistrictGrid(polys);
    const cells = [...g.cells];
    expect([...assignPoints(g, polys, lons, lats)]).toEqual([0, 1, 1]);
    expect(copy(polys)).toEqual(before);
    expect([...g.cells]).toEqual(cells);
    expect([...lons, ...lats]).toEqual([0.5, 1, 1.5, 0.5, 0.5, 0.5]);
  });
  test('the grid travels to another thread as its buffers and answers the same there', () => {
    const kenya = fromGeoJSON(kenyaCounties());
    const built = buildDistrictGrid(kenya);
    const { lons, lats } = testPoints(kenya, 5000, 3, 0);
    const expected = assignPoints(built, kenya, lons, lats);
    const moved = structuredClone(built, { transfer: gridBuffers(built) as ArrayBuffer[] });
    expect(built.cells.length).toBe(0); // detached by the transfer
    expect(assignPoints(moved, kenya, lons, lats)).toEqual(expected);
  });
});
