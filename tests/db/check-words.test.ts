// The checks DuckDB runs after loading, worded from their codes (issue #17): English from the
// catalogue must read as the engine's own reason, so a planner sees the same line in the CLI and
// in the app; the filter's line quotes the same filter and figures.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { checkFilter } from '../../src/db/filter-check.ts';
import { loadTableFile } from '../../src/db/load-file.ts';
import { blankMissingCodes } from '../../src/db/missing-codes.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { checkTable } from '../../src/db/table-checks.ts';
import { createI18n, wordsOf } from '../../src/i18n/i18n.ts';
import { checkReason, codedReason } from '../../src/state/check-text.ts';

// The census-like table of tests/db/ingest/table-checks.test.ts, plus a -9 "not reported".
const CSV = [
  'geo_id,name,level,internet_user_female,pop3plus_female',
  'KE-01,Mombasa,county,210000,590000',
  'KE-02,"Kwale',
  'County",county,-5,400000',
  'KE-03,Kilifi,county,12,5',
  'KE-03,Kilifi again,county,n/a,1',
  'KE-04,Tana River,county,"12,5",100',
  'KE-05,Lamu,county,-9,-9',
  ...Array.from({ length: 11 }, (_, i) => `KE-${10 + i},Ward ${i},ward,1,2`),
].join('\n');
const F = 'ict.csv';
const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  await loadTableFile(db, 'ict', F, new TextEncoder().encode(CSV));
});
afterAll(() => db.close());

describe('coded checks from DuckDB', () => {
  test('English from the catalogue equals each reason; French differs and quotes the same cell', async () => {
    const missing = await blankMissingCodes(db, 'ict', F, ['pop3plus_female'], [-9]);
    const checks = await checkTable(db, 'ict', F, {
      numeric: ['internet_user_female'],
      counts: ['internet_user_female'],
      parts: [['internet_user_female', 'pop3plus_female']],
      unique: ['geo_id'],
      maxIssues: 1,
    });
    const issues = [...missing, ...checks];
    // One of each: -9 once; "n/a" (first non-number, then "…and 1 more"), -5, 12 > 5, KE-03 again; -9 in the counts column is negative too.
    expect(issues.map((i) => i.code)).toEqual(['missingCode', 'notNumber', 'moreRows', 'negative', 'moreRows', 'partExceedsWhole', 'duplicateValueLine']);
    for (const issue of issues) {
      expect(codedReason(issue, english)).toBe(issue.reason);
      expect(checkReason(issue, french)).not.toBe(issue.reason);
    }
    const negative = issues.find((i) => i.code === 'negative');
    expect(checkReason(negative!, french)).toBe('-5 est négatif ; un effectif ne peut pas l’être');
  });

  test('a ";"-separated file with decimal commas: the note says so with its code, worded as the English note', async () => {
    const load = await loadTableFile(db, 'semi', 'semi.csv', new TextEncoder().encode('geo_id;share\nKE-01;12,5\nKE-02;3,25\n'));
    expect(load.codedNotes?.map((n) => n.code)).toEqual(['decimalComma']);
    const [note] = load.codedNotes!;
    expect(note?.reason).toBe(load.notes?.[0]);
    expect(codedReason(note!, english)).toBe(note?.reason);
    expect(checkReason(note!, french)).toMatch(/^les nombres comme « 12,5 » sont lus avec une virgule décimale/);
  });

  test('a filter keeping few rows names the same filter, counts and share in English and French', async () => {
    const [few] = await checkFilter(db, 'ict', F, { geo_id: 'KE-01' });
    expect(few?.code).toBe('filterFew');
    // 1 of 17 data rows = 5.9 %.
    expect(few?.reason).toContain('keeps 1 of 17 rows (5.9 %)');
    // The app in English shows the reason itself; the English key quotes the values present without "holds".
    expect(checkReason(few!, english)).toBe(few!.reason);
    expect(codedReason(few!, english)).toMatch(/^the filter geo_id = "KE-01" keeps 1 of 17 rows \(5\.9 %\), under a tenth of the file: "geo_id": "KE-\d+"/);
    expect(checkReason(few!, french)).toMatch(/^le filtre geo_id = "KE-01" retient 1 des 17 lignes \(5,9\s%\)/);
  });
});
