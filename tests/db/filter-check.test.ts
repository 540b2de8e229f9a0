// Issue #18: a `where` that keeps no row, or under a tenth of the file, is reported with the
// filter and the values the whole column holds — not silently turned into zeros.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { checkFilter, columnValuesSql, filterKeepsSql } from '../../src/db/filter-check.ts';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';

let db: Db;
// 30 tiles: 20 fixed in 2022Q4, 9 mobile in 2022Q4, 1 mobile in 2022Q3 — the rarest value
// comes last in the file, so a sniffer reading the first rows would never offer it.
const rows = ['quadkey,network_type,period'];
for (let i = 0; i < 20; i++) rows.push(`0${i},fixed,2022Q4`);
for (let i = 0; i < 9; i++) rows.push(`1${i},mobile,2022Q4`);
rows.push('99,mobile,2022Q3');
beforeAll(async () => {
  db = await openNodeDb();
  await loadDelimitedTable(db, 'tiles', 'tiles.csv', new TextEncoder().encode(rows.join('\n')));
}, 60_000);
afterAll(() => db.close());

test('the SQL binds the filter values and counts over the whole table', () => {
  expect(filterKeepsSql('tiles', { period: '2023 Q4' })).toEqual({
    text: 'SELECT count(*)::INTEGER AS total, count(*) FILTER (WHERE CAST("period" AS VARCHAR) = ?)::INTEGER AS kept FROM "tiles"',
    params: ['2023 Q4'],
  });
  expect(columnValuesSql('tiles', 'period', 5).params).toEqual([5]);
});

test('a value spelt differently matches no row: the warning names it and lists the values present, most frequent first', async () => {
  expect(await checkFilter(db, 'tiles', 'tiles.csv', { period: '2022 Q4' })).toEqual([
    {
      file: 'tiles.csv',
      reason: 'the filter period = "2022 Q4" matches no row of 30, so every figure from this layer is empty: "period" holds "2022Q4", "2022Q3". Check the spelling of the value in "where".',
      // The same, as a code and values the app words in the planner's language (#17).
      code: 'filterNone',
      values: { filter: 'period = "2022 Q4"', held: '"period": "2022Q4", "2022Q3"', kept: 0, share: 0, total: 30 },
    },
  ]);
});

test('a filter keeping under a tenth of the rows is reported; one keeping a tenth or more is not', async () => {
  // 1 of 30 rows (3.3 %).
  const [issue] = await checkFilter(db, 'tiles', 'tiles.csv', { period: '2022Q3', network_type: 'mobile' });
  expect(issue!.reason).toBe('the filter period = "2022Q3" and network_type = "mobile" keeps 1 of 30 rows (3.3 %), under a tenth of the file: "period" holds "2022Q4", "2022Q3"; "network_type" holds "fixed", "mobile". Is that the filter you meant?');
  // 9 of 30 (30 %) and 20 of 30: fine.
  expect(await checkFilter(db, 'tiles', 'tiles.csv', { network_type: 'mobile', period: '2022Q4' })).toEqual([]);
  expect(await checkFilter(db, 'tiles', 'tiles.csv', { network_type: 'fixed' })).toEqual([]);
  expect(await checkFilter(db, 'tiles', 'tiles.csv', undefined)).toEqual([]);
});
