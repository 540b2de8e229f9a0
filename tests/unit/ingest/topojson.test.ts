// TopoJSON boundary files: a hand-drawn two-square topology (tests/fixtures/ingest/
// two-squares.topojson, coordinates worked out below) and the real Hawaii counties,
// encoded as TopoJSON here and read back against the GeoJSON they came from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readDistrictLayer } from '../../../src/formats/districts.ts';
import { InputError } from '../../../src/core/report.ts';
import { readBoundaryFile, topologyToFeatureCollection } from '../../../src/formats/topojson.ts';
import { DATA, ROOT } from '../../helpers/paths.ts';

const FILE = 'two-squares.topojson';
const squares = readFileSync(path.join(ROOT, 'tests/fixtures/ingest', FILE), 'utf8');
const hawaiiText = readFileSync(path.join(DATA, 'hawaii/hi_counties.geojson'), 'utf8');

/** A TopoJSON without quantization: every ring is its own arc (valid, if not compact). */
function naiveTopology(fc: FeatureCollection, objectName: string): string {
  const arcs: Position[][] = [];
  const ring = (r: Position[]) => [arcs.push(r) - 1];
  const geometries = fc.features.map((f) => {
    const g = f.geometry as Polygon | { type: 'MultiPolygon'; coordinates: Position[][][] };
    const shape = g.type === 'Polygon' ? g.coordinates.map(ring) : g.coordinates.map((p) => p.map(ring));
    return { type: g.type, arcs: shape, properties: f.properties };
  });
  return JSON.stringify({ type: 'Topology', objects: { [objectName]: { type: 'GeometryCollection', geometries } }, arcs });
}

describe('topologyToFeatureCollection', () => {
  test('picks the first object holding polygons and says so', () => {
    const { geojson, object, issues } = topologyToFeatureCollection(FILE, squares);
    expect(object).toBe('districts');
    expect(issues).toEqual([
      {
        file: FILE,
        reason: 'the TopoJSON has 2 objects ("towns", "districts"); using "districts" (the first with polygons)',
        code: 'topojsonChosen',
        values: { count: 2, objects: '"towns", "districts"', name: 'districts' },
      },
    ]);
    // Alpha = arc 1 then arc 0; Beta = arc 2 then arc 0 reversed (~0 = -1); joined arcs share their end point.
    expect(geojson).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '01001', name: 'Alpha' }, geometry: { type: 'Polygon', coordinates: [[[1, 1], [0, 1], [0, 0], [1, 0], [1, 1]]] } },
        { type: 'Feature', properties: { code: '01003', name: 'Beta' }, geometry: { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] } },
      ],
    });
  });

  test('a named object is used as asked, without an issue', () => {
    const { geojson, object, issues } = topologyToFeatureCollection(FILE, squares, 'towns');
    expect(object).toBe('towns');
    expect(issues).toEqual([]);
    expect((geojson as FeatureCollection).features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [0.5, 0.5] },
      { type: 'Point', coordinates: [1.5, 0.5] },
    ]);
  });

  test('a single-geometry object becomes a one-feature collection', () => {
    const topo = JSON.parse(squares) as { objects: Record<string, unknown> };
    topo.objects = { alpha: { type: 'Polygon', arcs: [[1, 0]], properties: { code: '01001' } } };
    const { geojson, issues } = topologyToFeatureCollection(FILE, JSON.stringify(topo));
    expect(issues).toEqual([]);
    expect((geojson as FeatureCollection).features).toHaveLength(1);
    expect((geojson as FeatureCollection).features[0]!.properties).toEqual({ code: '01001' });
  });

  test('GeoJSON is returned as parsed, unchanged', () => {
    expect(topologyToFeatureCollection('hi_counties.geojson', hawaiiText)).toEqual({ geojson: JSON.parse(hawaiiText), issues: [] });
  });

  test('unusable input is an InputError naming the file', () => {
    expect(() => topologyToFeatureCollection(FILE, squares, 'counties')).toThrow(`${FILE}: no TopoJSON object "counties"; the file has "towns", "districts"`);
    expect(() => topologyToFeatureCollection(FILE, '{"type":"Topology","objects":{},"arcs":[]}')).toThrow(`${FILE}: the TopoJSON Topology has no objects`);
    expect(() => topologyToFeatureCollection(FILE, '{"type":"Topology","objects":{"a":null},"arcs":[]}')).toThrow(`${FILE}: TopoJSON object "a" is not a geometry object`);
    expect(() => topologyToFeatureCollection(FILE, '{"type":"Topology","objects":{"a":{"type":"Point","coordinates":[0,0]}}}')).toThrow(`${FILE}: the TopoJSON Topology has no "arcs" array`);
    expect(() => topologyToFeatureCollection(FILE, '{"type":')).toThrow(InputError);
  });
});

describe('readBoundaryFile', () => {
  test('reads district ids from TopoJSON as text with leading zeros, and reports the object chosen', () => {
    const layer = readBoundaryFile(FILE, squares, 'code', 'name');
    expect(layer.ids).toEqual(['01001', '01003']);
    expect(layer.names).toEqual(['Alpha', 'Beta']);
    expect(layer.geometries.map((g) => g?.type)).toEqual(['Polygon', 'Polygon']);
    expect(layer.issues.map((i) => i.reason)).toEqual(['the TopoJSON has 2 objects ("towns", "districts"); using "districts" (the first with polygons)']);
  });

  test('Hawaii counties as TopoJSON read exactly as the GeoJSON they came from', () => {
    const fromGeoJson = readDistrictLayer('hi_counties.geojson', hawaiiText, 'geo_id', 'county_name');
    const topo = naiveTopology(JSON.parse(hawaiiText) as FeatureCollection, 'counties');
    const fromTopoJson = readBoundaryFile('hi_counties.topojson', topo, 'geo_id', 'county_name');
    expect(fromTopoJson).toEqual(fromGeoJson);
    expect(fromTopoJson.ids).toEqual(['15001', '15003', '15005', '15007', '15009']);
    expect(fromTopoJson.ids.every((id) => typeof id === 'string')).toBe(true);
    expect(fromTopoJson.geometries.map((g) => g?.type)).toEqual(['Polygon', 'Polygon', 'Polygon', 'MultiPolygon', 'MultiPolygon']);
  });

  test('GeoJSON goes straight through, even with "Topology" written in a property', () => {
    const text = hawaiiText.replace('"state_name":"Hawaii"', '"type":"Topology"');
    expect(text).not.toBe(hawaiiText);
    expect(readBoundaryFile('hi.geojson', text, 'geo_id', 'county_name')).toEqual(readDistrictLayer('hi.geojson', text, 'geo_id', 'county_name'));
  });
});
