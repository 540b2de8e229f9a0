// SQL builders: the exact text they produce, and the same text bound and run against a real
// DuckDB — with column names and values that would break naive string pasting.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { writeDistricts } from '../../src/db/districts-table.ts';
import { rateCountsSql } from '../../src/db/indicator-sql.ts';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { ident, literal, whereEquals } from '../../src/db/sql.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await writeDistricts(db, ['01001', '01003'], ['Autauga', 'Baldwin']);
  const csv = [
    'fips,"odd ""name""",select,📶 users,level',
    '01001,10,100,25,county',
    '01003,20,200,50,county',
    "01001,999,999,999,state'); DROP TABLE districts; --",
  ].join('\n');
  await loadDelimitedTable(db, 'survey', 'survey.csv', new TextEncoder().encode(csv));
});
afterAll(() => db.close());

describe('sql helpers', () => {
  test('identifiers are double-quoted with quotes doubled; literals single-quoted', () => {
    expect(ident('odd "name"')).toBe('"odd ""name"""');
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(() => ident('')).toThrow(/empty identifier/);
  });
  test('where filters compare as text with bound values', () => {
    expect(whereEquals({ level: 'county', year: 2019 })).toEqual({ text: 'WHERE CAST("level" AS VARCHAR) = ? AND CAST("year" AS VARCHAR) = ?', params: ['county', '2019'] });
  });
});

describe('rateCountsSql', () => {
  const indicator = { id: 'use', table: 'survey', rate: { total: ['📶 users', 'select'] as const } };
  const ref = { table: 'survey', district: 'fips', where: { level: 'county' } };

  test('builds the exact text', () => {
    expect(rateCountsSql(indicator, ref)).toEqual({
      text:
        'SELECT d.ord, count(t."fips")::INTEGER AS matched_rows, sum(TRY_CAST(t."📶 users" AS DOUBLE)) AS "total.numerator", sum(TRY_CAST(t."select" AS DOUBLE)) AS "total.denominator" ' +
        'FROM districts AS d LEFT JOIN (SELECT * FROM "survey" WHERE CAST("level" AS VARCHAR) = ?) AS t ON CAST(t."fips" AS VARCHAR) = d.district_id GROUP BY d.ord ORDER BY d.ord',
      params: ['county'],
    });
  });

  test('runs on DuckDB: leading-zero ids join, the hostile row is filtered out by a bound value, no table is dropped', async () => {
    const sql = rateCountsSql(indicator, ref);
    const rows = await db.query(sql.text, sql.params);
    expect(rows).toEqual([
      { ord: 0, matched_rows: 1, 'total.numerator': 25, 'total.denominator': 100 },
      { ord: 1, matched_rows: 1, 'total.numerator': 50, 'total.denominator': 200 },
    ]);
    expect((await db.query('SELECT count(*)::INTEGER AS n FROM districts'))[0]!.n).toBe(2);
  });
});
