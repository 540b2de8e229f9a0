// Malformed project files and input files: a clear message naming file, key or row and
// column, a non-zero exit status, and never a stack trace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

const COUNTIES = path.join(DATA, 'hawaii/hi_counties.geojson');

/** Writes a project (and files) into a fresh folder and runs `lastmile run` on it. */
async function run(project: unknown, files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-bad-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const file = path.join(dir, 'p.lastmile.json');
  writeFileSync(file, typeof project === 'string' ? project : JSON.stringify(project));
  const out = sink();
  const err = sink();
  const status = await main(['run', file, '--out', path.join(dir, 'out'), '--quiet'], out, err);
  return { status, err: err.text(), dir };
}

const base = (table: string) => ({
  lastmile: 1,
  title: 't',
  districts: { file: 'd.geojson', id: 'geo_id', name: 'county_name' },
  tables: [{ name: 't', file: table, district: 'geo_id' }],
  indicators: [{ id: 'r', table: 't', rate: { total: ['a', 'b'] } }],
});
const counties = { 'd.geojson': readFileSync(COUNTIES, 'utf8') };

describe('lastmile run on bad input', () => {
  test('invalid JSON names the line and column', async () => {
    const r = await run('{\n  "lastmile": 1,,\n}');
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/p\.lastmile\.json:2:\d+: /);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('a misspelt key names the key and suggests the right one', async () => {
    const r = await run({ ...base('t.csv'), indicator: [] }, { ...counties, 't.csv': 'geo_id,a,b\n' });
    expect(r.status).toBe(1);
    expect(r.err).toContain('p.lastmile.json: indicator: unknown key; did you mean "indicators"?');
  });

  test('a column the project names but the file lacks names file, column and the columns found', async () => {
    const r = await run(base('t.csv'), { ...counties, 't.csv': 'geoid,a,b\n15001,1,2\n' });
    expect(r.status).toBe(1);
    expect(r.err).toBe('lastmile: t.csv, column "geo_id": no such column (named by tables[0].district); did you mean "geoid"? — the file has: geoid, a, b\n');
  });

  test('a ragged row is rejected and reported with its line, the rest is used', async () => {
    const r = await run(base('t.csv'), { ...counties, 't.csv': 'geo_id,a,b\n15001,1,2\n15003,3,4,5\n' });
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(r.dir, 'out', 'report.json'), 'utf8'));
    expect(report.files[1]).toMatchObject({ file: 't.csv', role: 'table', rows_read: 2, rows_rejected: 1 });
    // The English reason as before, with its code and DuckDB's kind and detail for the UI to word (#17).
    expect(report.files[1].issues).toEqual([
      { row: 3, reason: 'too many columns: Expected Number of Columns: 3 Found: 4', code: 'rowRejected', values: { type: 'too many columns', detail: 'Expected Number of Columns: 3 Found: 4' } },
    ]);
    const districts = readFileSync(path.join(r.dir, 'out', 'districts.csv'), 'utf8');
    expect(districts).toContain('15001,Hawaii,50\n');
  });

  test('a boundary file that is not a FeatureCollection says what it found', async () => {
    const r = await run(base('t.csv'), { 'd.geojson': '{"type":"Feature"}', 't.csv': 'geo_id,a,b\n' });
    expect(r.status).toBe(1);
    expect(r.err).toBe('lastmile: d.geojson: expected a GeoJSON FeatureCollection, found "Feature"\n');
  });

  test('a missing data file is named', async () => {
    const r = await run(base('nope.csv'), counties);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^lastmile: nope\.csv: no such file \(looked for .*nope\.csv\)\n$/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('usage errors exit with 2', async () => {
    expect(await main(['run', 'x.json'], sink(), sink())).toBe(2);
    expect(await main(['frobnicate', 'x.json'], sink(), sink())).toBe(2);
  });
});
