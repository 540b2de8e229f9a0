// One entry for table files: dispatch on the name, gunzip first, clear messages otherwise.
// The CSV excerpt is real (tests/fixtures/ingest/README.md); its gzip is made here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/db/db.ts';
import { loadTableFile } from '../../../src/db/load-file.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { ident } from '../../../src/db/sql.ts';
import { InputError } from '../../../src/core/report.ts';
import { districtsParquet } from '../../fixtures/ingest/parquet-fixture.ts';
import { ROOT } from '../../helpers/paths.ts';

const csv = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/ingest/ke-ict-3-counties.csv')));
const csvGz = new Uint8Array(gzipSync(csv));
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

const allRows = (table: string) => db.query(`SELECT * FROM ${ident(table)} ORDER BY geo_id`);

describe('loadTableFile', () => {
  test('a .csv.gz loads exactly the rows of the plain CSV', async () => {
    const plain = await loadTableFile(db, 'ict_plain', 'ke_ict.csv', csv);
    const gz = await loadTableFile(db, 'ict_gz', 'ke_ict.csv.gz', csvGz);
    expect(plain.rows).toBe(3);
    expect(gz.rows).toBe(3);
    expect(gz.columns).toEqual(plain.columns);
    expect(await allRows('ict_gz')).toEqual(await allRows('ict_plain'));
    // The CSV loader keeps every column as text (src/db/load-table.ts).
    expect((await allRows('ict_gz')).map((r) => [r.geo_id, r.county_name, r.internet_user_total])).toEqual([
      ['KE-01', 'Mombasa', '431327'],
      ['KE-02', 'Kwale', '97240'],
      ['KE-03', 'Kilifi', '200190'],
    ]);
  });

  test('extensions match whatever their case; .tsv and .txt are delimited text too', async () => {
    expect((await loadTableFile(db, 'ict_upper', 'KE_ICT.CSV.GZ', csvGz)).rows).toBe(3);
    const tsv = new TextEncoder().encode('geo_id\tname\n01001\tAutauga\n01003\tBaldwin\n');
    await loadTableFile(db, 'tsv', 'counties.tsv', tsv);
    expect(await db.query('SELECT geo_id, name FROM tsv ORDER BY geo_id')).toEqual([
      { geo_id: '01001', name: 'Autauga' },
      { geo_id: '01003', name: 'Baldwin' },
    ]);
    expect((await loadTableFile(db, 'txt', 'counties.txt', tsv)).rows).toBe(2);
  });

  test('.parquet and .parquet.gz go through the Parquet loader with progress in rows', async () => {
    const progress: number[][] = [];
    const load = await loadTableFile(db, 'pq', 'districts.parquet.gz', new Uint8Array(gzipSync(districtsParquet(4))), {
      columns: ['district_id', 'households'],
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(load).toEqual({ table: 'pq', rows: 6, columns: ['district_id', 'households'], lines: null }); // rows named by number
    expect(progress).toEqual([
      [4, 6],
      [6, 6],
    ]);
  });

  test('an unsupported extension names the file and the formats that are', async () => {
    const load = loadTableFile(db, 't', 'survey.xlsx', csv);
    await expect(load).rejects.toBeInstanceOf(InputError);
    await expect(loadTableFile(db, 't', 'survey.xlsx', csv)).rejects.toThrow(
      'survey.xlsx: cannot read ".xlsx"; supported: .csv, .tsv, .txt, .parquet, each optionally gzip-compressed (.gz)',
    );
    await expect(loadTableFile(db, 't', 'README', csv)).rejects.toThrow('README: cannot read a file without an extension; supported:');
    await expect(loadTableFile(db, 't', 'survey.xlsx.gz', csvGz)).rejects.toThrow('survey.xlsx.gz: cannot read ".xlsx"');
  });

  test('an empty file says so', async () => {
    await expect(loadTableFile(db, 't', 'ke_ict.csv', new Uint8Array())).rejects.toThrow('ke_ict.csv: the file is empty');
    await expect(loadTableFile(db, 't', 'ke_ict.csv.gz', new Uint8Array(gzipSync(new Uint8Array())))).rejects.toThrow(
      'ke_ict.csv.gz: the file is empty once decompressed',
    );
  });

  test('a broken gzip is an InputError naming the file', async () => {
    await expect(loadTableFile(db, 't', 'ke_ict.csv.gz', csv)).rejects.toThrow(
      'ke_ict.csv.gz: named .gz but not gzip-compressed (the gzip signature is missing)',
    );
    const truncated = csvGz.subarray(0, csvGz.length - 12);
    await expect(loadTableFile(db, 't', 'ke_ict.csv.gz', truncated)).rejects.toThrow(/^ke_ict\.csv\.gz: could not be decompressed as gzip/);
    const corrupt = csvGz.slice();
    corrupt.fill(0xff, 10, 30);
    await expect(loadTableFile(db, 't', 'ke_ict.csv.gz', corrupt)).rejects.toThrow(/^ke_ict\.csv\.gz: could not be decompressed as gzip/);
  });

  test('an aborted signal stops before anything is loaded', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(loadTableFile(db, 'never', 'ke_ict.csv', csv, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const [exists] = await db.query("SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'never'");
    expect(exists).toEqual({ n: 0 });
  });
});
