// districts.geojson and districts.parquet (GeoParquet 1.1.0) of the Kenya run, read back by
// independent readers — JSON.parse and hyparquet — and checked against districts.csv (the
// contract) and the boundary file itself (geometry and bbox recomputed from the raw GeoJSON).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { districtsGeoJsonFile, districtsGeoParquet, inequalityParquet } from '../../src/engine/district-exports.ts';
import { districtsCsv, inequalityCsv } from '../../src/engine/outputs.ts';
import type { ProjectRun } from '../../src/engine/run-project.ts';
import { DATA } from '../helpers/paths.ts';
import { kenyaRun } from '../helpers/kenya-run.ts';

type Row = Record<string, string>;
const counties = JSON.parse(readFileSync(path.join(DATA, 'kenya/ke_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const rawGeometry = new Map(counties.features.map((f) => [String(f.properties!.geo_id), f.geometry]));
/** A CSV cell as the number it says, null when blank. */
const cell = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

let run: ProjectRun;
let csvRows: Row[];
let fields: string[];

beforeAll(async () => {
  run = await kenyaRun();
  const parsed = Papa.parse<Row>(districtsCsv(run), { header: true, skipEmptyLines: true });
  csvRows = parsed.data;
  fields = parsed.meta.fields!.slice(2);
}, 120_000);

describe('districts.parquet (GeoParquet) read back with hyparquet', () => {
  let rows: Record<string, unknown>[];
  let geo: { version: string; primary_column: string; columns: Record<string, { encoding: string; geometry_types: string[]; bbox: number[] }> };
  let meta: Record<string, string>;

  beforeAll(async () => {
    const bytes = districtsGeoParquet(run);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    meta = Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((kv) => [kv.key, kv.value ?? '']));
    geo = JSON.parse(meta.geo!);
  });

  test('the `geo` metadata says GeoParquet 1.1.0, WKB, the geometry types and the bbox of the boundary file', () => {
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const g of rawGeometry.values()) for (const ring of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat()) for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x!), Math.min(s, y!), Math.max(e, x!), Math.max(n, y!)];
    expect(geo.version).toBe('1.1.0');
    expect(geo.primary_column).toBe('geometry');
    expect(geo.columns.geometry).toEqual({ encoding: 'WKB', geometry_types: ['MultiPolygon', 'Polygon'], bbox: [w, s, e, n] });
  });

  test('one row per county with the figures of districts.csv (withheld ones null, flagged 1)', () => {
    expect(rows.map((r) => r.district_id)).toEqual(csvRows.map((r) => r.district_id));
    expect(rows.map((r) => r.district_name)).toEqual(csvRows.map((r) => r.district_name));
    for (const [i, r] of rows.entries()) for (const f of fields) expect([f, r[f] ?? null]).toEqual([f, cell(csvRows[i]![f])]);
    expect(rows.filter((r) => r['internet_use.female.suppressed'] === 1).length).toBeGreaterThan(0);
  });

  test('each outline is the boundary file\'s, coordinate for coordinate', () => {
    for (const r of rows) expect(r.geometry).toEqual(rawGeometry.get(String(r.district_id)));
  });

  test('sources and licences ride in the file metadata', () => {
    const credits = JSON.parse(meta.lastmile!) as { sources: string[]; suppression: unknown };
    expect(credits.sources).toHaveLength(6);
    expect(credits.sources[0]).toContain('Kenya county boundaries');
    expect(credits.suppression).toEqual({ min_people: 150_000 });
  });

  test('inequality.parquet holds the rows of inequality.csv', async () => {
    const bytes = inequalityParquet(run);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const back = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const expected = Papa.parse<Row>(inequalityCsv(run), { header: true, skipEmptyLines: true }).data;
    expect(back.map((r) => r.indicator)).toEqual(expected.map((r) => r.indicator));
    for (const [i, r] of back.entries()) for (const k of ['n_districts', 'gini', 'theil', 'palma']) expect(r[k] ?? null).toBe(cell(expected[i]![k]));
  });
});

describe('districts.geojson', () => {
  test('a Feature per county: properties are the row of districts.csv, the geometry the boundary file\'s', () => {
    const fc = JSON.parse(districtsGeoJsonFile(run)) as FeatureCollection & { lastmile: { licence_warnings: string[] } };
    expect(fc.features).toHaveLength(47);
    for (const [i, f] of fc.features.entries()) {
      expect(f.properties!.district_id).toBe(csvRows[i]!.district_id);
      for (const k of fields) expect([k, f.properties![k]]).toEqual([k, cell(csvRows[i]![k])]);
      expect(f.geometry).toEqual(rawGeometry.get(csvRows[i]!.district_id!));
    }
    expect(fc.lastmile.licence_warnings).toEqual([]);
  });
});
