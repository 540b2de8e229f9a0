import { describe, expect, test } from 'vitest';
import { geometryFromText } from '../../../src/core/geo/wkt.ts';

describe('geometryFromText', () => {
  test('WKT polygon with a hole, and a multipolygon (SRID prefix and Z values dropped)', () => {
    expect(geometryFromText('POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))')).toEqual({
      type: 'Polygon',
      coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
    });
    expect(geometryFromText('SRID=4326;MULTIPOLYGON Z (((0 0 9, 1 0 9, 1 1 9, 0 0 9)), ((5 5 1, 6 5 1, 6 6 1, 5 5 1)))')).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]],
    });
  });

  test('hex WKB polygon, little-endian: the unit triangle (0 0, 1 0, 0 1, 0 0)', () => {
    // 01 | type 3 | 1 ring | 4 points | 8 doubles, all little-endian — written out by hand.
    const d = (x: number) => Array.from(new Uint8Array(Float64Array.of(x).buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const hex = '01' + '03000000' + '01000000' + '04000000' + [0, 0, 1, 0, 0, 1, 0, 0].map(d).join('');
    expect(geometryFromText(hex)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1], [0, 0]]] });
  });

  test('anything but a polygon is refused with what it is', () => {
    expect(() => geometryFromText('POINT (1 2)')).toThrow('a POINT, not a polygon');
    expect(() => geometryFromText('POLYGON ((0 0, 1 x))')).toThrow(/malformed coordinate/);
    expect(() => geometryFromText('hello')).toThrow('a HELLO, not a polygon');
    expect(() => geometryFromText('0103000000')).toThrow('malformed WKB: the bytes end early');
  });
});
