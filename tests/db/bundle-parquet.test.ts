// Large tables as Parquet in a plan bundle (issue #20): a CSV read by the run's own loader and
// stored as text columns loads back as the same text, in the same rows, named by the same
// file and lines; a file the loader had to set rows aside or guess for is kept as read.
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { loadTableFile } from '../../src/db/load-file.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { rowLines } from '../../src/db/table-checks.ts';
import { convertible, CONVERT_BYTES, parquetConverter } from '../../src/engine/bundle-parquet.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

const bytes = (text: string) => new TextEncoder().encode(text);

// Leading zeros, an empty cell, a quoted comma, "NA", spaces, a number that looks like a date,
// and a quoted cell over two lines (so the rows after it sit one line lower).
const CSV = 'fips,name,v,note\n01001,Autauga,12.50,\n01003,"Baldwin, AL",NA," padded "\n01005,Barbour,,"two\nlines"\n01007,Bibb,2020-01,x\n';

async function converted(name: string, text: string): Promise<Uint8Array> {
  const result = await parquetConverter(db)(name, bytes(text));
  if (!result.converted) throw new Error(result.reason);
  return result.parquet;
}

test('the Parquet loads as the very text, rows and lines the CSV loads as, and names the CSV', async () => {
  const parquet = await converted('t.csv', CSV);
  const csv = await loadTableFile(db, 'from_csv', 't.csv', bytes(CSV));
  const pq = await loadTableFile(db, 'from_parquet', 't.parquet', parquet);
  expect(pq.columns).toEqual(csv.columns);
  expect(pq.source).toBe('t.csv');
  const rows = (t: string) => db.query(`SELECT * FROM ${t} ORDER BY rowid`);
  expect(await rows('from_parquet')).toEqual(await rows('from_csv'));
  // The loader's own reading, kept: text "01001", NULL for the empty cell, "NA" as written.
  expect((await rows('from_parquet'))[0]).toEqual({ fips: '01001', name: 'Autauga', v: '12.50', note: null });
  const types = await db.query("SELECT DISTINCT data_type FROM information_schema.columns WHERE table_name = 'from_parquet'");
  expect(types).toEqual([{ data_type: 'VARCHAR' }]);
  // Lines: row 4 (Bibb) is on line 6, after the two-line cell — in both.
  const [a, b] = [await rowLines(db, 'from_csv'), await rowLines(db, 'from_parquet')];
  expect([0, 1, 2, 3].map((r) => [a.unit, a.of(r)])).toEqual([['line', 2], ['line', 3], ['line', 4], ['line', 6]]);
  expect([0, 1, 2, 3].map((r) => [b.unit, b.of(r)])).toEqual([0, 1, 2, 3].map((r) => [a.unit, a.of(r)]));
});

test('a project\'s "decimal": "," applies to the Parquet as to the CSV', async () => {
  const text = 'id,v\nA,"12,5"\nB,"-3,25"\n';
  // Told the decimal mark, the loader assumes nothing, so the file converts (its text as written).
  const parquet = await converted('d.csv', text);
  await loadTableFile(db, 'dc_csv', 'd.csv', bytes(text), { decimal: ',' });
  await loadTableFile(db, 'dc_parquet', 'd.parquet', parquet, { decimal: ',' });
  expect(await db.query('SELECT * FROM dc_parquet ORDER BY rowid')).toEqual([{ id: 'A', v: '12.5' }, { id: 'B', v: '-3.25' }]);
  expect(await db.query('SELECT * FROM dc_parquet ORDER BY rowid')).toEqual(await db.query('SELECT * FROM dc_csv ORDER BY rowid'));
});

test('every column is stored as UTF-8 text, and the same table gives the same bytes', async () => {
  const parquet = await converted('t.csv', CSV);
  const meta = parquetMetadata(parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength) as ArrayBuffer);
  const columns = meta.schema.slice(1);
  expect(columns.map((c) => [c.name, c.type, c.converted_type])).toEqual(['fips', 'name', 'v', 'note'].map((n) => [n, 'BYTE_ARRAY', 'UTF8']));
  expect(meta.row_groups[0]!.columns[0]!.meta_data!.codec).toBe('GZIP');
  expect(await converted('t.csv', CSV)).toEqual(parquet);
});

test('a file the loader set a row aside in, or guessed decimal commas for, is kept as read, saying why', async () => {
  const ragged = await parquetConverter(db)('r.csv', bytes('id,v\nA,1\nB,2,extra\nC,3\n'));
  expect(ragged).toEqual({ converted: false, reason: 'the loader set aside 1 row(s); kept as read so a re-run reports them the same way' });
  // A ";"-separated file writing "12,5": the decimal comma is guessed from the header line, which Parquet lacks.
  const guessed = await parquetConverter(db)('g.csv', bytes('id;v\nA;12,5\nB;7,25\nC;3,5\n'));
  expect(guessed.converted).toBe(false);
  expect(!guessed.converted && guessed.reason).toMatch(/^read with assumptions \(numbers such as "12,5" read with a decimal comma/);
});

test('only delimited text of 1 MB or more is converted', () => {
  expect(CONVERT_BYTES).toBe(1_000_000);
  expect([convertible('a.csv', 999_999), convertible('a.csv', 1_000_000), convertible('a.TSV', 2e6), convertible('a.txt', 2e6)]).toEqual([false, true, true, true]);
  expect([convertible('a.csv.gz', 2e6), convertible('a.parquet', 2e6), convertible('a.geojson', 2e6)]).toEqual([false, false, false]);
});
