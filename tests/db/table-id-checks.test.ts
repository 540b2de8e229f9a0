// Issue #18: report.json's "ids not in the boundaries" and "districts without rows" for every
// table come from one query (they were two per table). Hand case: districts C, A, B in that
// boundary order; table one (filtered to year 2019) holds A, X, A and, in 2020 only, B.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { writeDistricts } from '../../src/db/districts-table.ts';
import { districtsMissingFromTableSql, tableIdChecksSql, unmatchedTableIdsSql } from '../../src/db/layer-sql.ts';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';

let db: Db;
const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
beforeAll(async () => {
  db = await openNodeDb();
  await writeDistricts(db, ['C', 'A', 'B'], ['Cee', 'Ay', 'Bee']);
  await loadDelimitedTable(db, 'one', 'one.csv', csv(['id,year', 'A,2019', 'X,2019', 'A,2019', 'B,2020', 'Y,2020']));
  await loadDelimitedTable(db, 'two', 'two.csv', csv(['district', 'B', 'Z', 'W']));
}, 60_000);
afterAll(() => db.close());

const TABLES = [
  { table: 'one', district: 'id', where: { year: 2019 } },
  { table: 'two', district: 'district' },
];

test('one query gives, per table, the ids no district has (sorted) and the districts no row has (boundary order)', async () => {
  const q = tableIdChecksSql(TABLES);
  const rows = await db.query(q.text, q.params);
  expect(rows.map((r) => [r.t, r.kind, r.id])).toEqual([
    // one, year 2019: B's row is from 2020, so B and C have none; X matches no district.
    [0, 'missing', 'C'], [0, 'missing', 'B'], [0, 'unmatched', 'X'],
    // two: only B matches; W and Z sorted.
    [1, 'missing', 'C'], [1, 'missing', 'A'], [1, 'unmatched', 'W'], [1, 'unmatched', 'Z'],
  ]);
});

test('the same lists as the two queries per table it replaces', async () => {
  const q = tableIdChecksSql(TABLES);
  const rows = await db.query(q.text, q.params);
  for (const [i, t] of TABLES.entries()) {
    const unmatched = unmatchedTableIdsSql(t.table, t.district, t.where);
    const missing = districtsMissingFromTableSql(t.table, t.district, t.where);
    const of = (kind: string) => rows.filter((r) => r.t === i && r.kind === kind).map((r) => r.id);
    expect(of('unmatched')).toEqual((await db.query(unmatched.text, unmatched.params)).map((r) => r.id));
    expect(of('missing')).toEqual((await db.query(missing.text, missing.params)).map((r) => r.id));
  }
});
