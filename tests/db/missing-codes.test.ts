// Issue #18: a layer's "not reported" codes (`missing`) count as missing values, reported once
// per column — in the CLI exactly as in the app (both load through engine/load-files.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { blankMissingCodes, blankMissingCodesSql } from '../../src/db/missing-codes.ts';
import { loadDelimitedTable } from '../../src/db/load-table.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/projects/not-reported');

test('the UPDATE binds the codes and compares numbers, so "-9.0" is the code -9 and "-90" is not', async () => {
  expect(blankMissingCodesSql('t', ['a b'], [-9, 9999]).text).toBe('UPDATE "t" SET "a b" = CASE WHEN TRY_CAST("a b" AS DOUBLE) IN (?, ?) THEN NULL ELSE "a b" END');
  const db = await openNodeDb();
  try {
    await loadDelimitedTable(db, 't', 't.csv', new TextEncoder().encode('id,a b,c\n1,-9,5\n2,-9.0,-9\n3,-90,9999\n4,,7\n'));
    const issues = await blankMissingCodes(db, 't', 't.csv', ['a b', 'c'], [-9, 9999]);
    // "a b": rows 1 and 2; c: rows 2 and 3 — one issue per column, not per row.
    expect(issues.map((i) => [i.column, i.reason])).toEqual([
      ['a b', '2 values are -9 or 9999, the file\'s code for “not reported”: counted as missing'],
      ['c', '2 values are -9 or 9999, the file\'s code for “not reported”: counted as missing'],
    ]);
    expect(await db.query('SELECT id, "a b" AS a, c FROM t ORDER BY id')).toEqual([
      { id: '1', a: null, c: '5' },
      { id: '2', a: null, c: null },
      { id: '3', a: '-90', c: null },
      { id: '4', a: null, c: '7' },
    ]);
  } finally {
    await db.close();
  }
});

async function run(project: object) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-missing-'));
  const file = path.join(FIXTURE, `tmp-${path.basename(dir)}.lastmile.json`);
  writeFileSync(file, JSON.stringify(project));
  try {
    expect(await main(['run', file, '--root', ROOT, '--out', dir, '-q'], sink(), sink())).toBe(0);
  } finally {
    (await import('node:fs')).rmSync(file);
  }
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'districts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return { issues: report.files[1].issues as { column: string; reason: string; row?: number }[], byId: new Map(rows.map((r) => [r.district_id!, r])) };
}

test('KNBS urban table with -9 for "not reported": one line per column, and those counties have no figure (not −9 people)', async () => {
  const project = JSON.parse(readFileSync(path.join(FIXTURE, 'not-reported.lastmile.json'), 'utf8'));
  const { issues, byId } = await run(project);
  // urban_by_sex.csv: five counties' intersex count and Nyamira's group quarters are -9.
  expect(issues.map((i) => `${i.column}: ${i.reason}`)).toEqual([
    'urban_intersex: 5 values are -9, the file\'s code for “not reported”: counted as missing',
    'households_group_quarters: 1 value is -9, the file\'s code for “not reported”: counted as missing',
  ]);
  expect(byId.get('KE-46')!['group_quarters.households']).toBe(''); // Nyamira
  expect(byId.get('KE-17')!['intersex.people']).toBe(''); // Makueni
  // Makueni's group quarters are reported: 132 of 27,059 urban households = 0.4878 %.
  expect(Number(byId.get('KE-17')!['group_quarters.households'])).toBeCloseTo((132 / 27059) * 100, 6);

  // Without the declaration the same file reads -9 as a count: every row is a "negative" line.
  const { tables, ...rest } = project;
  const without = await run({ ...rest, tables: [{ ...tables[0], missing: undefined }] });
  expect(without.issues.filter((i) => /negative/.test(i.reason))).toHaveLength(6);
});
