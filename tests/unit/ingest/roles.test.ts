// Role guesses on the real files Lastmile ships (Kenya census tables, schools and counties;
// Ookla tiles for Hawaii) and on small tables written here for the mistakes planners make.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { guessRoles, joinMatch, type RoleGuess } from '../../../src/ingest/roles.ts';
import { sniffFile, type FileLike, type Sniffed } from '../../../src/ingest/sniff.ts';
import { DATA } from '../../helpers/paths.ts';

function named(name: string, content: string | Uint8Array): FileLike {
  const blob = new Blob([typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content)]);
  return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
}
const sniffData = (file: string) => sniffFile(named(path.basename(file), new Uint8Array(readFileSync(path.join(DATA, file)))));
const best = (guesses: RoleGuess[]) => guesses[0]!;

const counties = await sniffData('kenya/ke_counties.geojson');
const countyIds = counties.sample.map((r) => r.geo_id!);

describe('joinMatch', () => {
  test('counts rows whose text is a district id; leading zeros matter; empty values are not counted', () => {
    expect(joinMatch(['01001', '1001', '01003', null, '', '01001', 'x', 'y', 'z', 'w', 'v'], ['01001', '01003'])).toEqual({
      matched: 3,
      total: 9,
      rate: 3 / 9,
      unmatched: ['1001', 'x', 'y', 'z', 'w'],
    });
    expect(joinMatch([], ['01001']).rate).toBe(0);
  });
});

describe('districts', () => {
  test('Kenya counties: geo_id is unique and named like an id; county_name holds names', () => {
    expect(countyIds.length).toBe(47);
    const [g] = guessRoles(counties);
    expect(g).toMatchObject({ role: 'districts', confidence: 0.95, mapping: { id: 'geo_id', name: 'county_name' } });
  });

  test('an id property that repeats is still the id, with the repeat called out', async () => {
    const fc = { type: 'FeatureCollection', features: ['KE-01', 'KE-01'].map((id, i) => ({ type: 'Feature', properties: { geo_id: id, county_name: `C${i}` }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } })) };
    const g = best(guessRoles(await sniffFile(named('d.geojson', JSON.stringify(fc)))));
    expect([g.mapping.id, g.confidence]).toEqual(['geo_id', 0.5]);
    expect(g.reasons).toContain('"geo_id" repeats some values; features with a repeated id will be skipped');
  });
});

describe('tables', () => {
  test('KNBS ICT table: geo_id joins, and admin_level = "county" leaves one row per county', async () => {
    const s = await sniffData('kenya/ke_ict_by_sex.csv');
    const g = best(guessRoles(s, { districtIds: countyIds }));
    expect(g.role).toBe('table');
    expect(g.mapping).toEqual({ district: 'geo_id', 'where.admin_level': 'county' });
    // The first 200 rows: 3 national, 23 county (KE-01…KE-23) and 174 sub-county rows.
    expect(g.match).toEqual({ matched: 23, total: 23, rate: 1, unmatched: [] });
    expect(g.reasons[0]).toBe('"geo_id" matches 23 of 47 district ids (23 of 23 sample rows)');
    expect(g.reasons[1]).toBe('rows with admin_level = "county" give one row per district (23 matched in the sample); the other 177 rows match no district');
    expect(g.numeric).toContain('internet_user_female');
    expect(g.numeric).not.toContain('geo_id');
    expect(g.confidence).toBe(0.95);
  });

  test('ids that lost their leading zeros match nothing, and the reason says why', async () => {
    const s = await sniffFile(named('pop.csv', 'fips,population\n1001,58805\n1003,231767\n'));
    const g = best(guessRoles(s, { districtIds: ['01001', '01003', '01005'] }));
    expect(g.mapping.district).toBe('fips');
    expect(g.match?.matched).toBe(0);
    expect(g.reasons).toContain(
      '2 more rows of "fips" would match if leading zeros are ignored; they were probably lost (or added) in a spreadsheet: keep the column as text (e.g. "1001" vs the district id "01001")',
    );
  });

  test('without district ids, the column named like one; decimal-comma columns count as numeric', async () => {
    const s = await sniffFile(named('eu.csv', 'name;county_code;share\nMombasa;KE-01;12,5\nKwale;KE-02;3,25\n'));
    const g = best(guessRoles(s));
    expect([g.mapping.district, g.numeric, g.confidence]).toEqual(['county_code', ['share'], 0.5]);
  });
});

describe('tiles', () => {
  test("Ookla's open data: every column by its Ookla name, period as the split", async () => {
    const s = await sniffData('hawaii/hi_ookla_tiles_2019_2022.parquet');
    const g = best(guessRoles(s));
    expect(g.role).toBe('tiles');
    expect(g.mapping).toEqual({
      quadkey: 'quadkey',
      download_kbps: 'avg_d_kbps',
      upload_kbps: 'avg_u_kbps',
      latency_ms: 'avg_lat_ms',
      tests: 'tests',
      devices: 'devices',
      by: 'period',
    });
    expect(g.confidence).toBe(0.95);
    expect(g.reasons[0]).toBe('"quadkey" holds quadkeys (zoom 16)');
  });

  test('a file mixing fixed and mobile tests is split with a filter', async () => {
    const s = await sniffFile(named('t.csv', 'quadkey,network_type,avg_d_kbps\n0313102310,fixed,50100\n0313102311,mobile,40500\n'));
    const g = best(guessRoles(s));
    expect(g.mapping['where.network_type']).toBe('fixed');
    expect(g.reasons).toContain('network_type mixes "fixed" and "mobile" tests: keep one per layer (add the file again for the other)');
  });

  test('other names by likeness; quadkeys found by their values; missing slots listed', async () => {
    const s = await sniffFile(named('t.csv', 'tile,download_mbps,upload,latency\n0313102310,50.1,10.2,20\n0313102311,40.5,8.1,25\n'));
    const g = guessRoles(s).find((x) => x.role === 'tiles')!;
    expect(g.mapping).toEqual({ quadkey: 'tile', download_kbps: 'download_mbps', upload_kbps: 'upload', latency_ms: 'latency' });
    expect(g.reasons).toContain('no column found for tests, devices');
    expect(g.confidence).toBe(0.73); // 0.4 + 0.55 × 3/5 slots

  });
});

describe('points', () => {
  const bounds = counties.geometry!.bbox!;

  test('Kenya schools: lat/lon by name, school_id unique, every sample point inside Kenya', async () => {
    const g = best(guessRoles(await sniffData('kenya/ke_schools_moe.csv'), { districtIds: countyIds, districtBounds: bounds }));
    expect(g).toMatchObject({ role: 'points', mapping: { lon: 'lon', lat: 'lat', id: 'school_id' }, confidence: 0.95 });
    expect(g.reasons).toContain("200 of 200 sample points lie within the districts' bounds");
  });

  test('swapped columns: Nairobi at "lat" 36.8, "lon" -1.3 fits the bounds only swapped', async () => {
    const s = await sniffFile(named('clinics.csv', 'facility_id,lat,lon\nC1,36.82,-1.29\nC2,36.95,-0.42\n'));
    const g = guessRoles(s, { districtBounds: bounds }).find((x) => x.role === 'points')!;
    expect(g.mapping).toMatchObject({ lon: 'lat', lat: 'lon', id: 'facility_id' });
    expect(g.reasons).toContain('coordinates look swapped (lat/lon): 2 of 2 sample points fall inside the districts only with "lat" as longitude and "lon" as latitude');
  });

  test('without bounds a latitude beyond ±90 still gives the swap away; a tile file is not points', async () => {
    const s = await sniffFile(named('sites.csv', 'id,latitude,longitude\n1,-155.5,19.6\n2,-157.8,21.3\n'));
    const g = guessRoles(s).find((x) => x.role === 'points')!;
    expect(g.mapping).toMatchObject({ lon: 'latitude', lat: 'longitude' });
    const tiles = await sniffData('hawaii/hi_ookla_tiles_2019_2022.parquet');
    expect(guessRoles(tiles).some((x: RoleGuess) => x.role === 'points')).toBe(false);
  });
});

test('guesses come best first and the sniffed file is not changed', async () => {
  const s: Sniffed = await sniffData('kenya/ke_health_facilities_kmhfl.csv');
  const before = JSON.stringify(s);
  const roles = guessRoles(s, { districtIds: countyIds, districtBounds: counties.geometry!.bbox! });
  expect(roles.map((r) => r.role)).toEqual(['points', 'table']);
  expect(roles[0]!.confidence).toBeGreaterThan(roles[1]!.confidence);
  expect(JSON.stringify(s)).toBe(before);
});

describe('a population grid', () => {
  test('AfriPop cells are points without an id whose pop2010 is summed per district', async () => {
    const grid = await sniffFile(named('nairobi_afripop2010_1km.csv', readFileSync(path.join(DATA, 'kenya/nairobi_afripop2010_1km.csv'))));
    // Kenya's bounds, roughly: the cells (around Nairobi, 36.7–37.1 E, 1.2–1.4 S) fall inside.
    const [best] = guessRoles(grid, { districtBounds: [33.9, -4.7, 41.9, 5.0] });
    expect(best!.role).toBe('points');
    expect(best!.mapping).toEqual({ lon: 'lon', lat: 'lat', value: 'pop2010' });
    expect(best!.reasons).toContain('"pop2010" will be summed per district (e.g. the population of each grid cell)');
  });
});

describe('a list of libraries', () => {
  test('points with an id are counted: the population each serves is not proposed as a sum (issue #18)', async () => {
    // Three library systems with the population of their service area (hand-made).
    const csv = 'library_id,name,population,lon,lat\nL1,Library A,52000,36.82,-1.29\nL2,Library B,8000,36.90,-1.30\nL3,Library C,15000,37.00,-1.20\n';
    const s = await sniffFile(named('libraries.csv', new TextEncoder().encode(csv)));
    const [best] = guessRoles(s, { districtBounds: [33.9, -4.7, 41.9, 5.0] });
    expect(best!.role).toBe('points');
    expect(best!.mapping).toEqual({ lon: 'lon', lat: 'lat', id: 'library_id' });
  });
});

describe('boundaries in a table', () => {
  test('a CSV whose column holds WKT polygons is proposed as districts, with that column as geometry', async () => {
    const csv = 'code,name,wkt\n01001,Alpha,"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"\n01003,Bravo,"MULTIPOLYGON (((1 0, 2 0, 2 1, 1 1, 1 0)))"\n';
    const [best] = guessRoles(await sniffFile(named('districts.csv', csv)));
    expect(best!.role).toBe('districts');
    expect(best!.mapping).toMatchObject({ geometry: 'wkt', id: 'code', name: 'name' });
    expect(best!.reasons[0]).toBe('"wkt" holds district outlines (WKT or WKB)');
  });
});
