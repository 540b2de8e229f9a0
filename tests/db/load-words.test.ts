// Rows DuckDB's CSV reader sets aside and loads it refuses, coded for the UI (issue #17): the
// English from the catalogue is the engine's line byte for byte, and another language keeps the
// file, row and column and quotes DuckDB's own detail. Files from the bad-input corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeIssue, InputError } from '../../src/core/report.ts';
import type { Db } from '../../src/db/db.ts';
import { loadTableFile } from '../../src/db/load-file.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { tableReport } from '../../src/engine/load-files.ts';
import { createI18n, wordsOf } from '../../src/i18n/i18n.ts';
import { codedReason } from '../../src/state/check-text.ts';
import { codedLoadError } from '../../src/state/load-text.ts';
import { BAD } from '../helpers/bad-corpus.ts';

const english = wordsOf(createI18n('en'));
const swahili = wordsOf(createI18n('sw'));
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(BAD, name)));
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.close());

describe('coded load lines from DuckDB', () => {
  test('ragged-rows.csv: each rejected row has its code, DuckDB’s kind and detail; English unchanged, Swahili keeps the row', async () => {
    const load = await loadTableFile(db, 'ragged', 'ragged-rows.csv', bytesOf('ragged-rows.csv'));
    const issues = tableReport('ragged-rows.csv', load).issues;
    // Line 3 has 2 fields (expected.json: "row 3, column "households": missing columns: …"), line 4 has 4.
    expect(issues.map((i) => [i.row, i.code, i.values?.type])).toEqual([
      [3, 'rowRejected', 'missing columns'],
      [4, 'rowRejected', 'too many columns'],
    ]);
    for (const issue of issues) expect(codedReason(issue, english)).toBe(issue.reason);
    expect(describeIssue(issues[0]!)).toBe('ragged-rows.csv, row 3, column "households": missing columns: Expected Number of Columns: 3 Found: 2');
    const sw = codedLoadError(issues[0]!, swahili);
    expect(sw).toContain('ragged-rows.csv, safu mlalo 3, safu wima “households”: kisomaji cha CSV kimeiweka kando safu mlalo hii (safu wima zinakosekana)');
    expect(sw).toContain(`“${String(issues[0]!.values!.detail)}”`);
  });

  test('wrong-delimiter.csv: no row readable stops the load, coded with the count and the first line', async () => {
    const e = await loadTableFile(db, 'wrong', 'wrong-delimiter.csv', bytesOf('wrong-delimiter.csv')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const issue = (e as InputError).issue;
    expect(issue.code).toBe('noRowRead');
    expect(issue.values).toMatchObject({ count: 3, line: 2, type: 'missing columns' });
    expect(codedLoadError(issue, english)).toBe((e as InputError).message);
    expect(codedLoadError(issue, swahili)).toMatch(/^wrong-delimiter\.csv: hakuna hata safu mlalo moja kati ya safu mlalo 3 za data iliyoweza kusomwa \(mstari 2: safu wima zinakosekana: “/);
  });
});
