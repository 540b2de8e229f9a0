// Framing districts, across the 180° meridian too: the fixture is Hawaii's five real counties
// moved 21.5° west, so that Kauai lies west of the meridian (178–179° E) and the others east
// of it (177–176° W), as the Aleutians or Fiji do.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { expect, test } from 'vitest';
import { geometryBounds, longitudeSpan } from '../../../src/state/bounds.ts';
import { DATA } from '../../helpers/paths.ts';

const square = (w: number, s: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [w + 1, s], [w + 1, s + 1], [w, s + 1], [w, s]]] });

test('districts on one side of the meridian: the plain box', () => {
  expect(geometryBounds([square(36, -2), square(39, 1)])).toEqual([36, -2, 40, 2]);
});

test('two districts either side of 180°: 178–179° E and 179–178° W make a box 4° wide, not 358°', () => {
  expect(geometryBounds([square(178, 0), square(-179, 0)])).toEqual([178, 0, 182, 1]);
});

test('one ring drawn across the meridian (179° E to 179° W) spans 2°', () => {
  const crossing: Polygon = { type: 'Polygon', coordinates: [[[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]] };
  expect(geometryBounds([crossing])).toEqual([179, 0, 181, 1]);
});

test('longitudeSpan: the widest gap on the circle is left out; on a tie, the box that does not cross', () => {
  expect(longitudeSpan([[-10, 10], [20, 30]])).toEqual([-10, 30]);
  expect(longitudeSpan([[170, 175], [-175, -170]])).toEqual([170, 190]);
  expect(longitudeSpan([[0, 0], [180, 180]])).toEqual([-180, 0]);
});

test('Hawaii moved 21.5° west frames Kauai (178.25° E) to Hawaii island (176.31° W): about 5.4°, not the world', () => {
  const counties = JSON.parse(readFileSync(path.join(DATA, 'hawaii/hi_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const move = (p: Position): Position => {
    const lon = p[0]! - 21.5;
    return [lon < -180 ? lon + 360 : lon, p[1]!];
  };
  const moved = counties.features.map((f) =>
    f.geometry.type === 'Polygon'
      ? { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => r.map(move)) }
      : { ...f.geometry, coordinates: f.geometry.coordinates.map((poly) => poly.map((r) => r.map(move))) },
  );
  const [west, , east] = geometryBounds(moved);
  // Kauai's western tip −160.24971 − 21.5 + 360; Hawaii island's eastern tip −154.80834 − 21.5 + 360.
  expect(west).toBeCloseTo(178.25029, 5);
  expect(east).toBeCloseTo(183.69166, 5);
});
