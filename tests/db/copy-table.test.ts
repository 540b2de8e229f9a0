// Two layers over one file are read once: the second is a copy inside DuckDB, with the same
// rows in the same order and the same line numbers for its checks.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyTable } from '../../src/db/copy-table.ts';
import type { Db } from '../../src/db/db.ts';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { rowLines } from '../../src/db/table-checks.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

test('a copied layer has the rows, order, rejects and line numbers of the first', async () => {
  // Line 3 is rejected (too many fields), so the row after it is on line 4.
  const csv = 'id,v\nA,1\nB,2,extra\nC,3\n';
  const first = await loadDelimitedTable(db, 'fixed', 'f.csv', new TextEncoder().encode(csv));
  const copy = await copyTable(db, first, 'mobile');
  expect(copy.rows).toBe(2);
  expect(copy.rejects).toEqual(first.rejects);
  expect(await db.query('SELECT id FROM mobile ORDER BY rowid')).toEqual([{ id: 'A' }, { id: 'C' }]);
  const lines = await rowLines(db, 'mobile');
  expect([lines.unit, lines.of(0), lines.of(1)]).toEqual(['line', 2, 4]);
});
