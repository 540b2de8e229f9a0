// Issue #18: a table's checks, and the count its filter keeps, run as one query instead of one
// round trip to DuckDB's worker each. The batched query must report exactly what the checks
// reported one by one — same issues, same order, same lines — on hand-made tables.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Issue } from '../../src/core/report.ts';
import type { Db } from '../../src/db/db.ts';
import { checkFilter } from '../../src/db/filter-check.ts';
import { loadDelimitedTable, type TableLoad } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { checkTable, checksQuery, rowLines, tableChecks, type TableChecks } from '../../src/db/table-checks.ts';
import { countingDb } from '../helpers/counting-db.ts';

// Line 1 is the header. Line 3: a negative count; line 5 repeats district A (first on line 2);
// line 6: "n/a" is not a number. kind = "x" keeps 4 of 5 rows.
const SURVEY = ['district,users,pop,kind', 'A,10,100,x', 'B,-5,50,x', 'C,4,40,y', 'A,3,20,x', 'D,n/a,30,x'].join('\n');

let db: Db;
let load: TableLoad;
beforeAll(async () => {
  db = await openNodeDb();
  load = await loadDelimitedTable(db, 'survey', 'survey.csv', new TextEncoder().encode(SURVEY));
}, 60_000);
afterAll(() => db.close());

/** The checks as they ran before the batching: the filter, then each check in its own query. */
async function oneByOne(table: string, file: string, checks: TableChecks): Promise<Issue[]> {
  const lines = await rowLines(db, table);
  const issues = await checkFilter(db, table, file, checks.where);
  for (const check of tableChecks(table, checks)) {
    const rows = await db.query(`${check.sql.text} ORDER BY r LIMIT ?`, [...check.sql.params, checks.maxIssues ?? 20]);
    for (const row of rows) issues.push({ file, row: lines.of(Number(row.r)), column: check.column, reason: check.reason(row, lines), ...check.coded(row, lines) });
    const more = Number(rows[0]?.n ?? 0) - rows.length;
    if (more > 0) issues.push({ file, column: check.column, reason: `…and ${more} more row${more === 1 ? '' : 's'} like these`, code: 'moreRows', values: { count: more } });
  }
  return issues;
}

describe('batched checks report what the checks one by one reported', () => {
  test('an empty filter: the warning names it and the values present; no other check sees a row', async () => {
    const checks: TableChecks = { where: { kind: 'X' }, counts: ['users'], unique: ['district'] };
    const issues = await checkTable(db, 'survey', 'survey.csv', checks, load.lines);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'filterNone', values: { filter: 'kind = "X"', kept: 0, total: 5, share: 0, held: '"kind": "x", "y"' } }),
    ]);
    expect(issues).toEqual(await oneByOne('survey', 'survey.csv', checks));
  });

  test('a negative count: its line and value', async () => {
    const checks: TableChecks = { counts: ['users', 'pop'] };
    const issues = await checkTable(db, 'survey', 'survey.csv', checks, load.lines);
    expect(issues).toEqual([{ file: 'survey.csv', row: 3, column: 'users', reason: '-5 is negative; a count cannot be', code: 'negative', values: { value: '-5' } }]);
    expect(issues).toEqual(await oneByOne('survey', 'survey.csv', checks));
  });

  test('a repeated id: the later line, and where it first appeared', async () => {
    const checks: TableChecks = { unique: ['district'] };
    const issues = await checkTable(db, 'survey', 'survey.csv', checks, load.lines);
    expect(issues).toEqual([
      { file: 'survey.csv', row: 5, column: 'district', reason: '"A" appears again (first on line 2); each value should appear once', code: 'duplicateValueLine', values: { value: 'A', first: 2 } },
    ]);
    expect(issues).toEqual(await oneByOne('survey', 'survey.csv', checks));
  });

  test('every kind at once, under a filter that keeps most rows: check by check, line by line, with the "more rows" line', async () => {
    const checks: TableChecks = { where: { kind: 'x' }, numeric: ['users'], counts: ['users'], parts: [['users', 'pop']], unique: ['district'], maxIssues: 1 };
    const issues = await checkTable(db, 'survey', 'survey.csv', checks, load.lines);
    // kind = x keeps lines 2, 3, 5, 6: "n/a" (line 6), −5 (line 3), no part over its whole, A again (line 5).
    // "n/a" under a filter went unreported before: the filter's value was bound to the decimal-comma pattern's place.
    expect(issues.map((i) => [i.code, i.row ?? null, i.column])).toEqual([
      ['notNumber', 6, 'users'],
      ['negative', 3, 'users'],
      ['duplicateValueLine', 5, 'district'],
    ]);
    expect(issues).toEqual(await oneByOne('survey', 'survey.csv', checks));
    // With at most one listed per check, a second negative would be summed up; there is none.
    const two = await checkTable(db, 'survey', 'survey.csv', { counts: ['users', 'pop'], numeric: ['users', 'pop', 'district'], maxIssues: 1 }, load.lines);
    expect(two.filter((i) => i.code === 'moreRows')).toEqual([{ file: 'survey.csv', column: 'district', reason: '…and 4 more rows like these', code: 'moreRows', values: { count: 4 } }]);
    expect(two).toEqual(await oneByOne('survey', 'survey.csv', { counts: ['users', 'pop'], numeric: ['users', 'pop', 'district'], maxIssues: 1 }));
  });

  test('one round trip for all of a table\'s checks and its filter when the load kept the lines', async () => {
    const counted = countingDb(db);
    await checkTable(counted, 'survey', 'survey.csv', { where: { kind: 'x' }, numeric: ['users'], counts: ['users', 'pop'], parts: [['users', 'pop']], unique: ['district'] }, load.lines);
    expect(counted.calls).toHaveLength(1);
  });

  test('the batched SQL binds the filter value first, then each check\'s values and limit', () => {
    const q = checksQuery('survey', { where: { kind: 'x' }, counts: ['users'] }, 20);
    expect(q.params).toEqual(['x', 'x', 20]);
    expect(q.text).toMatch(/^SELECT \* FROM \(\(SELECT -1 AS k, total, kept FROM \(SELECT count\(\*\)::INTEGER AS total, count\(\*\) FILTER \(WHERE CAST\("kind" AS VARCHAR\) = \?\)::INTEGER AS kept FROM "survey"\)\) UNION ALL BY NAME \(SELECT 0 AS k, \* FROM \(SELECT rowid::INTEGER AS r, .* ORDER BY r LIMIT \?\)\)\) ORDER BY k, r$/);
  });
});
