// Boundary checks on hand-drawn unit squares (coordinates in each case) and on a UTM square
// around Nairobi: EPSG:32737 (UTM 37S) puts 36.82° E, 1.29° S near 257000 E, 9857000 N.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readDistrictLayer } from '../../../src/formats/districts.ts';
import { assertLonLat, checkDistrictGeometry } from '../../../src/formats/geometry-checks.ts';
import { InputError } from '../../../src/core/report.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const open = [[0, 0], [1, 0], [1, 1], [0, 1]];
const line = [[0, 0], [1, 1]];

describe('checkDistrictGeometry', () => {
  test('a closed polygon comes back as it is (the same object)', () => {
    const g = deepFreeze({ type: 'Polygon', coordinates: [square] }) as Polygon;
    expect(checkDistrictGeometry('b.geojson', 1, 'KE-01', g)).toEqual({ geometry: g, issues: [] });
    expect(checkDistrictGeometry('b.geojson', 1, 'KE-01', g).geometry).toBe(g);
  });

  test('an open ring is closed in a copy, the input left frozen as it was', () => {
    const g = deepFreeze({ type: 'Polygon', coordinates: [open] }) as Polygon;
    const { geometry, issues } = checkDistrictGeometry('b.geojson', 2, 'KE-02', g);
    expect(geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(issues).toEqual([
      { file: 'b.geojson', row: 2, column: 'geometry', reason: 'district "KE-02": the outline is not closed (its last position differs from its first); closed automatically', code: 'ringOpen', values: { id: 'KE-02', hole: 0, part: 0 } },
    ]);
  });

  test('a short hole is dropped, a short outline drops its part, nothing left means no geometry', () => {
    const holed = deepFreeze({ type: 'Polygon', coordinates: [square, line] }) as Polygon;
    const one = checkDistrictGeometry('b.geojson', 1, 'A', holed);
    expect(one.geometry).toEqual({ type: 'Polygon', coordinates: [square] });
    expect(one.issues[0]?.reason).toBe('district "A": hole 1 has 2 positions, fewer than the 4 a ring needs (a triangle with its first position repeated at the end); that hole is ignored');

    const multi = deepFreeze({ type: 'MultiPolygon', coordinates: [[square], [line]] }) as MultiPolygon;
    const two = checkDistrictGeometry('b.geojson', 1, 'B', multi);
    expect(two.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
    expect(two.issues[0]?.reason).toMatch(/^district "B": the outline of part 2 has 2 positions, .*; that part is ignored$/);

    // A triangle left open has 3 positions: closing it makes the 4 a ring needs.
    const triangle = checkDistrictGeometry('b.geojson', 1, 'C', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1]]] });
    expect(triangle.geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] });

    const none = checkDistrictGeometry('b.geojson', 1, 'D', { type: 'Polygon', coordinates: [[[0, 0]]] });
    expect(none.geometry).toBeNull();
    expect(none.issues[0]?.reason).toMatch(/^district "D": the outline has 1 position, .*; geometry ignored$/);

    const junk = checkDistrictGeometry('b.geojson', 1, 'E', { type: 'Polygon', coordinates: [[['a', 'b']]] } as unknown as Polygon);
    expect(junk.issues[0]?.reason).toBe('district "E": the outline is not a list of [longitude, latitude] positions; geometry ignored');
  });
});

describe('assertLonLat', () => {
  const fc = (coordinates: number[][][], crs?: string): FeatureCollection =>
    ({
      type: 'FeatureCollection',
      ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }],
    }) as FeatureCollection;
  const message = (f: FeatureCollection) => {
    try {
      assertLonLat('b.geojson', f);
      return 'accepted';
    } catch (e) {
      return e instanceof InputError ? e.message : String(e);
    }
  };
  const utm = [[[257000, 9857000], [258000, 9857000], [258000, 9858000], [257000, 9857000]]];

  test('degrees pass, with or without a geographic crs member', () => {
    expect(message(fc([square]))).toBe('accepted');
    for (const crs of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4269']) expect(message(fc([square], crs)), crs).toBe('accepted');
  });

  test('metres are refused with an example coordinate and how to reproject', () => {
    expect(message(fc(utm))).toBe(
      'b.geojson, row 1, column "geometry": coordinates look projected (e.g. 257000, 9857000), not longitude/latitude; reproject the file to WGS 84 (EPSG:4326), e.g. in QGIS: Export → Save Features As… with CRS "EPSG:4326"',
    );
  });

  test('a crs member naming another system is refused even when the numbers would pass as degrees', () => {
    expect(message(fc([square], 'urn:ogc:def:crs:EPSG::3857'))).toMatch(/^b\.geojson, column "crs": the file declares its coordinates in "urn:ogc:def:crs:EPSG::3857", not longitude\/latitude \(WGS 84\); reproject/);
  });

  test('readDistrictLayer refuses projected files and reports repaired rings', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'A', name: 'Alpha' }, geometry: { type: 'Polygon', coordinates: [open] } }],
    });
    const layer = readDistrictLayer('b.geojson', text, 'id', 'name');
    expect(layer.geometries).toEqual([{ type: 'Polygon', coordinates: [square] }]);
    expect(layer.issues).toHaveLength(1);
    expect(() => readDistrictLayer('b.geojson', JSON.stringify(fc(utm)), 'id', 'name')).toThrow(/coordinates look projected/);
  });
});
