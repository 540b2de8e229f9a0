// Checks after loading, on a small census-like table written here. Its lines, as an editor
// shows them: 1 header, 2 KE-01, 3 a rejected short row, 4 blank, 5–6 KE-02 (a quoted name
// over two lines), 7 KE-03, 8 KE-03 again, 9 KE-04. Every expected line below is read off
// this list.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/db/db.ts';
import { loadTableFile } from '../../../src/db/load-file.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { checkTable, rowLines, tableChecks } from '../../../src/db/table-checks.ts';
import { districtsParquet } from '../../fixtures/ingest/parquet-fixture.ts';

const CSV = [
  'geo_id,name,level,internet_user_female,pop3plus_female',
  'KE-01,Mombasa,county,210000,590000',
  'KE-99,short',
  '',
  'KE-02,"Kwale',
  'County",county,-5,400000',
  'KE-03,Kilifi,county,12,5',
  'KE-03,Kilifi again,county,n/a,1',
  'KE-04,Tana River,county,"12,5",100',
].join('\n');
const F = 'ict.csv';
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  const load = await loadTableFile(db, 'ict', F, new TextEncoder().encode(CSV));
  // The reject's line is the editor's (DuckDB itself counts it as line 3 too: before the quoted break).
  expect(new Set(load.rejects?.map((r) => r.line))).toEqual(new Set([3]));
  expect(load.rows).toBe(5);
}, 60_000);
afterAll(() => db.close());

describe('checkTable', () => {
  test('each row is named by its line in the file, past the rejected row, the blank line and the two-line cell', async () => {
    const lines = await rowLines(db, 'ict');
    expect([lines.unit, ...[0, 1, 2, 3, 4].map((r) => lines.of(r))]).toEqual(['line', 2, 5, 7, 8, 9]);
  });

  test("a rejected row after a two-line cell gets the editor's line (DuckDB alone would say 3)", async () => {
    // Lines: 1 header, 2–3 one record, 4 the short row, 5 a good row.
    const load = await loadTableFile(db, 'multi', 'multi.csv', new TextEncoder().encode('id,note\n1,"a\nb"\n2\n3,c\n'));
    expect(new Set(load.rejects?.map((r) => r.line))).toEqual(new Set([4]));
    const lines = await rowLines(db, 'multi');
    expect([lines.of(0), lines.of(1)]).toEqual([2, 5]);
  });

  test('non-numbers, negative counts, parts above their whole, repeated ids', async () => {
    const issues = await checkTable(db, 'ict', F, {
      numeric: ['internet_user_female'],
      counts: ['internet_user_female'],
      parts: [['internet_user_female', 'pop3plus_female']],
      unique: ['geo_id'],
    });
    expect(issues).toEqual([
      { file: F, row: 8, column: 'internet_user_female', reason: '"n/a" is not a number, so it counts as missing', code: 'notNumber', values: { value: 'n/a' } },
      { file: F, row: 9, column: 'internet_user_female', reason: '"12,5" is not a number, so it counts as missing; it has a decimal comma: set "decimal": "," on this layer', code: 'notNumberComma', values: { value: '12,5' } },
      { file: F, row: 5, column: 'internet_user_female', reason: '-5 is negative; a count cannot be', code: 'negative', values: { value: '-5' } },
      { file: F, row: 7, column: 'internet_user_female', reason: '12 is more than "pop3plus_female" (5) on the same row; a part cannot exceed its whole', code: 'partExceedsWhole', values: { value: '12', whole: 'pop3plus_female', wholeValue: '5' } },
      { file: F, row: 8, column: 'geo_id', reason: '"KE-03" appears again (first on line 7); each value should appear once', code: 'duplicateValueLine', values: { value: 'KE-03', first: 7 } },
    ]);
  });

  test('the layer\'s filter applies, and long lists end with a count of the rest', async () => {
    expect(await checkTable(db, 'ict', F, { unique: ['level'], where: { level: 'county' }, maxIssues: 2 })).toEqual([
      { file: F, row: 5, column: 'level', reason: '"county" appears again (first on line 2); each value should appear once', code: 'duplicateValueLine', values: { value: 'county', first: 2 } },
      { file: F, row: 7, column: 'level', reason: '"county" appears again (first on line 2); each value should appear once', code: 'duplicateValueLine', values: { value: 'county', first: 2 } },
      { file: F, column: 'level', reason: '…and 2 more rows like these', code: 'moreRows', values: { count: 2 } },
    ]);
    // No row is a sub-county: nothing repeats, but the filter itself is reported (issue #18).
    const none = await checkTable(db, 'ict', F, { unique: ['level'], where: { level: 'subcounty' } });
    expect(none.map((i) => i.reason)).toEqual([expect.stringMatching(/^the filter level = "subcounty" matches no row of \d+, so every figure from this layer is empty: "level" holds "county"/)]);
  });

  test('the SQL: names quoted, values bound', () => {
    const [check] = tableChecks('ict', { counts: ['pop "3+"'], where: { level: 'county' } });
    expect(check?.sql).toEqual({
      text: 'SELECT rowid::INTEGER AS r, CAST("pop ""3+""" AS VARCHAR) AS a, count(*) OVER ()::INTEGER AS n FROM "ict" WHERE CAST("level" AS VARCHAR) = ? AND TRY_CAST("pop ""3+""" AS DOUBLE) < 0',
      params: ['county'],
    });
  });

  test('Parquet rows are named by number; reloading a name as Parquet forgets the old lines', async () => {
    await loadTableFile(db, 'ict', 'd.parquet', districtsParquet());
    const lines = await rowLines(db, 'ict');
    expect([lines.unit, lines.of(0)]).toEqual(['row', 1]);
    // district_id of tests/fixtures/ingest/parquet-fixture.ts: five ids and a null, none repeated.
    expect(await checkTable(db, 'ict', 'd.parquet', { unique: ['district_id'], counts: ['households'] })).toEqual([]);
  });
});
