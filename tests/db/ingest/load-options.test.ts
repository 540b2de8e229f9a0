// Load options. `decimal: ","` end to end: the UPDATE's exact text, what it changes and what
// it leaves alone, on CSV and Parquet, and through openProject (the project file's `decimal`
// key). `delimiter`: the separator sniffing found, passed to DuckDB.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Project } from '../../../src/core/project/types.ts';
import type { Db } from '../../../src/db/db.ts';
import { decimalCommaSql } from '../../../src/db/decimal-comma.ts';
import { loadTableFile } from '../../../src/db/load-file.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { openProject } from '../../../src/engine/open-project.ts';

const encode = (s: string) => new TextEncoder().encode(s);
// Each row: the cell as written, and what it must read after loading with decimal ",".
const CASES = [
  ['12,5', '12.5'],
  ['-3,25', '-3.25'],
  ['+0,5', '+0.5'],
  ['7', '7'],
  ["Murang'a, Kenya", "Murang'a, Kenya"],
  ['1,2,3', '1,2,3'],
  ['1.234,5', '1.234,5'],
  [',5', ',5'],
] as const;
const csv = `row;value\n${CASES.map(([v], i) => `${i + 1};${v.includes(';') ? `"${v}"` : v}`).join('\n')}\n`;
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

describe('decimal commas', () => {
  test('the UPDATE quotes every column and binds the pattern', () => {
    expect(decimalCommaSql('eu', ['a "b"', 'select'])).toEqual({
      text:
        'UPDATE "eu" SET "a ""b""" = CASE WHEN regexp_full_match("a ""b""", ?) THEN replace("a ""b""", \',\', \'.\') ELSE "a ""b""" END, ' +
        '"select" = CASE WHEN regexp_full_match("select", ?) THEN replace("select", \',\', \'.\') ELSE "select" END',
      params: ['^[+-]?[0-9]+,[0-9]+$', '^[+-]?[0-9]+,[0-9]+$'],
    });
  });

  test('a whole value that is a decimal-comma number is rewritten; other text is left as it is', async () => {
    await loadTableFile(db, 'eu', 'eu.csv', encode(csv), { decimal: ',' });
    const rows = await db.query('SELECT value FROM eu ORDER BY rowid');
    expect(rows.map((r) => r.value)).toEqual(CASES.map(([, after]) => after));
    await loadTableFile(db, 'eu_plain', 'eu.csv', encode(csv));
    expect((await db.query('SELECT value FROM eu_plain ORDER BY rowid LIMIT 1'))[0]?.value).toBe('12,5');
  });

  test('Parquet text columns too; number columns are numbers already', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'share', data: ['12,5', 'n/a'], type: 'STRING' },
        { name: 'n', data: [1.5, 2], type: 'DOUBLE' },
      ],
    });
    await loadTableFile(db, 'pq', 'eu.parquet', new Uint8Array(bytes), { decimal: ',' });
    expect(await db.query('SELECT share, n FROM pq ORDER BY rowid')).toEqual([
      { share: '12.5', n: 1.5 },
      { share: 'n/a', n: 2 },
    ]);
  });

  test('openProject passes a layer\'s "decimal" to the loader', async () => {
    const square = [[[36.7, -1.4], [37.0, -1.4], [37.0, -1.2], [36.7, -1.2], [36.7, -1.4]]];
    const files: Record<string, string> = {
      'ke.geojson': JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { geo_id: 'KE-47', name: 'Nairobi' }, geometry: { type: 'Polygon', coordinates: square } }] }),
      'assets.csv': 'geo_id;hh_pct_internet\nKE-47;42,3\n',
    };
    const project: Project = {
      lastmile: 1,
      title: 'decimal commas',
      districts: { file: 'ke.geojson', id: 'geo_id', name: 'name' },
      tables: [{ name: 'assets', file: 'assets.csv', district: 'geo_id', decimal: ',' }],
    };
    await openProject(db, project, { read: async (p) => encode(files[p]!) });
    expect(await db.query('SELECT hh_pct_internet FROM assets')).toEqual([{ hh_pct_internet: '42.3' }]);
  });
});

describe('delimiter', () => {
  test('the separator given is the one DuckDB splits on', async () => {
    // Split on ";" the header would be one column "id,name"; split on "," it is two.
    expect((await loadTableFile(db, 'given', 'g.csv', encode('id,name\n1,a;b\n2,c\n'), { delimiter: ',' })).columns).toEqual(['id', 'name']);
    expect((await loadTableFile(db, 'forced', 'g.csv', encode('id,name\n1,a;b\n2,c\n'), { delimiter: ';' })).columns).toEqual(['id,name']);
    expect((await loadTableFile(db, 'semicolons', 'g.csv', encode('id;name\n1;a,b\n'), { delimiter: ';' })).columns).toEqual(['id', 'name']);
    expect(await db.query('SELECT name FROM semicolons')).toEqual([{ name: 'a,b' }]);
  });
});
