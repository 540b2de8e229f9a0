// Parquet → DuckDB on the bundled Hawaii Ookla tiles (93,760 rows, one row group) and on
// the six-row fixture. Expected aggregates are recomputed here by reading the same file
// with hyparquet directly, not through the loader or DuckDB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/db/db.ts';
import { loadParquetTable } from '../../../src/db/load-parquet.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { districtsParquet } from '../../fixtures/ingest/parquet-fixture.ts';
import { DATA } from '../../helpers/paths.ts';

const bytes = new Uint8Array(readFileSync(path.join(DATA, 'hawaii/hi_ookla_tiles_2019_2022.parquet')));
interface Tile {
  quadkey: string;
  period: string;
  network_type: string;
  tests: bigint;
  avg_d_kbps: bigint;
}
let tiles: Tile[];
let db: Db;

beforeAll(async () => {
  tiles = (await parquetReadObjects({ file: bytes.slice().buffer, columns: ['quadkey', 'period', 'network_type', 'tests', 'avg_d_kbps'] })) as Tile[];
  db = await openNodeDb();
});
afterAll(() => db.close());

async function columnTypes(table: string): Promise<Record<string, string>> {
  const rows = await db.query('SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position', [table]);
  return Object.fromEntries(rows.map((r) => [String(r.column_name), String(r.data_type)]));
}

describe('Hawaii Ookla tiles', () => {
  test('all 93,760 rows and 12 columns load, with honest types', async () => {
    const progress: [number, number][] = [];
    const load = await loadParquetTable(db, 'tiles', bytes, { onProgress: (done, total) => progress.push([done, total]) });
    expect(load).toEqual({
      table: 'tiles',
      rows: 93760,
      columns: ['quadkey', 'year', 'quarter', 'period', 'network_type', 'avg_d_kbps', 'avg_u_kbps', 'avg_lat_ms', 'tests', 'devices', 'tile_x', 'tile_y'],
      // Not a bundle's converted CSV: rows are named by number, and the checks know it without asking.
      lines: null,
    });
    expect(progress).toEqual([[93760, 93760]]);
    expect(await columnTypes('tiles')).toEqual({
      quadkey: 'VARCHAR',
      year: 'BIGINT',
      quarter: 'BIGINT',
      period: 'VARCHAR',
      network_type: 'VARCHAR',
      avg_d_kbps: 'BIGINT',
      avg_u_kbps: 'BIGINT',
      avg_lat_ms: 'BIGINT',
      tests: 'BIGINT',
      devices: 'BIGINT',
      tile_x: 'DOUBLE',
      tile_y: 'DOUBLE',
    });
  });

  test('quadkeys keep all 16 digits and their leading zero', async () => {
    const [stats] = await db.query(
      'SELECT min(length(quadkey))::INTEGER AS shortest, max(length(quadkey))::INTEGER AS longest, count(DISTINCT quadkey)::INTEGER AS distinct_keys, bool_and(starts_with(quadkey, \'0\')) AS leading_zero FROM tiles',
    );
    expect(stats).toEqual({ shortest: 16, longest: 16, distinct_keys: new Set(tiles.map((t) => t.quadkey)).size, leading_zero: true });
    // The first row of the file, read by hyparquet: 0220333223300302.
    const [first] = await db.query('SELECT quadkey FROM tiles WHERE rowid = 0');
    expect(first?.quadkey).toBe(tiles[0]!.quadkey);
  });

  test('Σ tests and the test-weighted mean download per network type in 2022Q4 match hyparquet', async () => {
    const rows = await db.query(
      'SELECT network_type, sum(tests)::DOUBLE AS tests, count(*)::INTEGER AS tiles, (sum(avg_d_kbps * tests) / sum(tests))::DOUBLE AS mean_d_kbps FROM tiles WHERE period = ? GROUP BY network_type ORDER BY network_type',
      ['2022Q4'],
    );
    const expected = ['fixed', 'mobile'].map((network) => {
      const q4 = tiles.filter((t) => t.period === '2022Q4' && t.network_type === network);
      const tests = q4.reduce((s, t) => s + t.tests, 0n);
      const weighted = q4.reduce((s, t) => s + t.avg_d_kbps * t.tests, 0n);
      return { network_type: network, tests: Number(tests), tiles: q4.length, mean_d_kbps: Number(weighted) / Number(tests) };
    });
    // fixed: 4,426 tiles, 99,609 tests; mobile: 1,815 tiles, 10,983 tests.
    expect(rows.map(({ mean_d_kbps: _, ...r }) => r)).toEqual(expected.map(({ mean_d_kbps: _, ...r }) => r));
    rows.forEach((r, i) => expect(r.mean_d_kbps).toBeCloseTo(expected[i]!.mean_d_kbps, 6));
  });

  test('loading again replaces the table; a column subset loads only those columns', async () => {
    const load = await loadParquetTable(db, 'tiles', bytes, { columns: ['period', 'tests'] });
    expect(load).toEqual({ table: 'tiles', rows: 93760, columns: ['period', 'tests'], lines: null });
  });
});

describe('six-district fixture', () => {
  test('nulls, booleans, text ids and unsafe INT64 arrive as NULL, BOOLEAN and VARCHAR', async () => {
    await loadParquetTable(db, 'districts_pq', districtsParquet(4));
    expect(await columnTypes('districts_pq')).toEqual({
      district_id: 'VARCHAR',
      households: 'BIGINT',
      tower_id: 'VARCHAR',
      has_fibre: 'BOOLEAN',
      share: 'DOUBLE',
      surveyed: 'VARCHAR',
    });
    // households holds 2^53 (row 5): exact as a DOUBLE, but not a safe integer for plainValue.
    const rows = await db.query('SELECT district_id, households::DOUBLE AS households, tower_id, has_fibre FROM districts_pq ORDER BY rowid');
    expect(rows[0]).toEqual({ district_id: '01001', households: 120, tower_id: '1', has_fibre: true });
    expect(rows[2]).toEqual({ district_id: '01005', households: null, tower_id: '3', has_fibre: null });
    expect(rows[5]).toEqual({ district_id: null, households: 7, tower_id: '9007199254740993', has_fibre: true });
  });

  test('an integer reads as integer text, so an INT64 id 120 joins a CSV\'s "120" (issue #16: it read "120.0")', async () => {
    await loadParquetTable(db, 'districts_pq', districtsParquet(4));
    const rows = await db.query('SELECT CAST(households AS VARCHAR) AS h FROM districts_pq ORDER BY rowid LIMIT 1');
    expect(rows).toEqual([{ h: '120' }]);
  });

  test('a cancelled load rejects and leaves the previous table in place', async () => {
    await loadParquetTable(db, 'kept', districtsParquet());
    const controller = new AbortController();
    const load = loadParquetTable(db, 'kept', bytes, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    const [count] = await db.query('SELECT count(*)::INTEGER AS n FROM kept');
    expect(count).toEqual({ n: 6 });
  });

  test('a file that is not Parquet is an InputError naming it', async () => {
    await expect(loadParquetTable(db, 't', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { file: 'tiles.parquet' })).rejects.toThrow(
      /^tiles\.parquet: not a readable Parquet file/,
    );
  });
});
