// Boundaries from a table: the Hawaii counties written as a GeoParquet-style file (WKB in a
// binary column, made here from the real GeoJSON) give exactly the districts.csv the GeoJSON
// gives; a CSV with WKT works the same way, and a row that is not a polygon is reported.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, EXAMPLES } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

/** Little-endian WKB of a polygon or multipolygon (the test's own encoder, independent of the parser). */
function wkb(g: Polygon | MultiPolygon): Uint8Array {
  const parts: number[] = [];
  const u32 = (v: number) => parts.push(...new Uint8Array(Uint32Array.of(v).buffer));
  const f64 = (v: number) => parts.push(...new Uint8Array(Float64Array.of(v).buffer));
  const polygon = (rings: Position[][]) => {
    parts.push(1);
    u32(3);
    u32(rings.length);
    for (const ring of rings) {
      u32(ring.length);
      for (const [x, y] of ring) {
        f64(x!);
        f64(y!);
      }
    }
  };
  if (g.type === 'Polygon') polygon(g.coordinates);
  else {
    parts.push(1);
    u32(6);
    u32(g.coordinates.length);
    g.coordinates.forEach(polygon);
  }
  return Uint8Array.from(parts);
}

test('GeoParquet-style WKB boundaries give the same districts.csv as the GeoJSON', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-geoparquet-'));
  const counties = JSON.parse(readFileSync(path.join(DATA, 'hawaii/hi_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: 'geo_id', data: counties.features.map((f) => String(f.properties!.geo_id)), type: 'STRING' },
      { name: 'county_name', data: counties.features.map((f) => String(f.properties!.county_name)), type: 'STRING' },
      { name: 'geometry', data: counties.features.map((f) => wkb(f.geometry)), type: 'BYTE_ARRAY' },
    ],
  });
  writeFileSync(path.join(dir, 'hi_counties.parquet'), new Uint8Array(bytes));
  copyFileSync(path.join(DATA, 'hawaii/hi_ookla_tiles_2019_2022.parquet'), path.join(dir, 'tiles.parquet'));
  const hawaii = JSON.parse(readFileSync(path.join(EXAMPLES, 'hawaii.lastmile.json'), 'utf8'));
  const layer = hawaii.tiles.find((t: { name: string }) => t.name === 'fixed_2022q4');
  const base = { lastmile: 1, title: 'Hawaii', tiles: [{ ...layer, file: 'tiles.parquet' }] };
  writeFileSync(path.join(dir, 'parquet.lastmile.json'), JSON.stringify({ ...base, districts: { file: 'hi_counties.parquet', id: 'geo_id', name: 'county_name', geometry: 'geometry' } }));
  copyFileSync(path.join(DATA, 'hawaii/hi_counties.geojson'), path.join(dir, 'hi_counties.geojson'));
  writeFileSync(path.join(dir, 'geojson.lastmile.json'), JSON.stringify({ ...base, districts: { file: 'hi_counties.geojson', id: 'geo_id', name: 'county_name' } }));
  for (const name of ['parquet', 'geojson']) {
    const err = sink();
    expect(await main(['run', path.join(dir, `${name}.lastmile.json`), '--out', path.join(dir, name), '-q'], sink(), err), err.text()).toBe(0);
  }
  const read = (name: string) => readFileSync(path.join(dir, name, 'districts.csv'), 'utf8');
  expect(read('parquet')).toBe(read('geojson'));
  expect(read('parquet').split('\n')[2]).toMatch(/^15003,Honolulu,\d+/);
});

test('a CSV with WKT outlines; a row that is not a polygon keeps its district and is reported with its line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-wkt-'));
  writeFileSync(
    path.join(dir, 'districts.csv'),
    'code,name,wkt\n' +
      '"01001",Alpha,"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"\n' +
      '"01003",Bravo,"MULTIPOLYGON (((1 0, 2 0, 2 1, 1 1, 1 0)))"\n' +
      '"01005",Charlie,"POINT (5 5)"\n',
  );
  writeFileSync(path.join(dir, 'sites.csv'), 'id,lon,lat\na,0.5,0.5\nb,1.5,0.5\nc,1.2,0.9\n');
  writeFileSync(
    path.join(dir, 'p.lastmile.json'),
    JSON.stringify({ lastmile: 1, title: 'wkt', districts: { file: 'districts.csv', id: 'code', name: 'name', geometry: 'wkt' }, points: [{ name: 'sites', file: 'sites.csv', id: 'id', lon: 'lon', lat: 'lat' }] }),
  );
  expect(await main(['run', path.join(dir, 'p.lastmile.json'), '--out', path.join(dir, 'out'), '-q'], sink(), sink())).toBe(0);
  expect(readFileSync(path.join(dir, 'out', 'districts.csv'), 'utf8')).toBe('district_id,district_name,points.sites.count\n01001,Alpha,1\n01003,Bravo,2\n01005,Charlie,0\n');
  const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
  // The English reason unchanged, with its code and values for the UI to word (#17).
  expect(report.files[0].issues).toEqual([
    { row: 4, column: 'wkt', reason: 'district "01005": a POINT, not a polygon; geometry ignored', code: 'outlineUnreadable', values: { id: '01005', detail: 'a POINT, not a polygon' } },
  ]);
});

test('districts.label names districts from several columns of a boundary table, in districts.csv too', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-label-'));
  writeFileSync(
    path.join(dir, 'districts.csv'),
    'fips,county,state,wkt\n' +
      '"42133",York,Pennsylvania,"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"\n' +
      '"45091",York,South Carolina,"POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"\n',
  );
  writeFileSync(
    path.join(dir, 'p.lastmile.json'),
    JSON.stringify({ lastmile: 1, title: 'label', districts: { file: 'districts.csv', id: 'fips', name: 'county', label: ['county', 'state'], geometry: 'wkt' } }),
  );
  expect(await main(['run', path.join(dir, 'p.lastmile.json'), '--out', path.join(dir, 'out'), '-q'], sink(), sink())).toBe(0);
  expect(readFileSync(path.join(dir, 'out', 'districts.csv'), 'utf8')).toBe('district_id,district_name\n42133,"York, Pennsylvania"\n45091,"York, South Carolina"\n');
});
