// Every entry of tests/fixtures/bad/expected.json through the real loaders: sniffFile,
// loadTableFile into a Node DuckDB, readBoundaryFile — and through `lastmile run` (stage
// "cli", tests/db/ingest/bad-corpus-cli.test.ts). A failed load must leave what was loaded
// before — another table, and the previous table of the same name — as it was.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/db/db.ts';
import { loadTableFile } from '../../../src/db/load-file.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { ident } from '../../../src/db/sql.ts';
import { describeIssue, InputError, type Issue } from '../../../src/core/report.ts';
import { sniffFile, type FileLike } from '../../../src/ingest/sniff.ts';
import { readBoundaryFile } from '../../../src/formats/topojson.ts';
import { BAD, entryBytes, expected, expectMessage, type Entry } from '../../helpers/bad-corpus.ts';
import { ROOT } from '../../helpers/paths.ts';

const KEPT = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/ingest/ke-ict-3-counties.csv')));
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  await loadTableFile(db, 'kept', 'ke-ict-3-counties.csv', KEPT);
}, 60_000);
afterAll(() => db.close());
// The table a bad file is loaded over: it must survive a failed load.
beforeEach(() => loadTableFile(db, 'target', 'ke-ict-3-counties.csv', KEPT), 60_000);

/** A FileLike over bytes (a Blob, as a browser File is), or a huge one whose every slice is `head`. */
function fileLike(name: string, entry: Entry): FileLike {
  if (entry.synthetic) {
    const head = new TextEncoder().encode(entry.synthetic.head);
    return { name, size: entry.synthetic.size, slice: () => new Blob([head]) };
  }
  const blob = new Blob([entryBytes(name, entry)]);
  return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
}

async function outcome(run: () => Promise<readonly Issue[]>, entry: Entry): Promise<void> {
  if (entry.error !== undefined) {
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expectMessage((error as InputError).message, entry.error);
    return;
  }
  const issues = (await run()).map(describeIssue);
  expect(issues.some((i) => i.includes('\u0000')), 'no NUL in any message').toBe(false);
  if (entry.issue !== undefined) {
    const wanted = entry.issue;
    expect(issues.some((i) => (wanted.startsWith('/') ? new RegExp(wanted.slice(1, -1)).test(i) : i === wanted)), issues.join('\n')).toBe(true);
  }
}

const STAGES = {
  sniff: (name: string, entry: Entry) => outcome(async () => (await sniffFile(fileLike(name, entry))).issues, { ...entry, ...(entry.sniffError ? { error: entry.sniffError } : {}) }),
  load: loadStage,
  boundary: (name: string, entry: Entry) => {
    const text = readFileSync(path.join(BAD, name), 'utf8');
    return outcome(async () => readBoundaryFile(name, text, 'geo_id', 'county_name').issues, entry);
  },
};

async function loadStage(name: string, entry: Entry): Promise<void> {
  const bytes = entryBytes(name, entry);
  await outcome(async () => {
    const load = await loadTableFile(db, 'target', name, bytes, entry.options ?? {});
    const notes = (load.notes ?? []).map((reason) => ({ file: name, reason }));
    expect(load.columns.some((c) => c.includes('\u0000')), 'no NUL in a column name').toBe(false);
    return [...notes, ...(load.rejects ?? []).map((r) => ({ file: name, row: r.line, ...(r.column ? { column: r.column } : {}), reason: r.reason }))];
  }, entry);
  if (entry.value) {
    const [first] = await db.query(`SELECT CAST(${ident(entry.value.column)} AS VARCHAR) AS v FROM target ORDER BY rowid LIMIT 1`);
    expect(first?.v).toBe(entry.value.equals);
  }
  if (entry.error !== undefined) {
    // Nothing already loaded is lost: the previous "target" is intact, and so is "kept".
    expect(await db.query('SELECT geo_id FROM target ORDER BY rowid')).toEqual([{ geo_id: 'KE-01' }, { geo_id: 'KE-02' }, { geo_id: 'KE-03' }]);
  }
  expect(await db.query('SELECT count(*)::INTEGER AS n FROM kept')).toEqual([{ n: 3 }]);
}

describe.each(Object.entries(expected).filter(([, e]) => e.stages.some((s) => s !== 'cli')))('%s', (name, entry) => {
  for (const stage of entry.stages) if (stage !== 'cli') test(stage, () => STAGES[stage](name, entry));
});

describe('the corpus itself', () => {
  test('at least 40 kinds of bad input, each through the CLI (or saying why not)', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(40);
    const withoutCli = Object.entries(expected).filter(([, e]) => !e.stages.includes('cli') && !(e as { cli?: { skip?: string } }).cli?.skip);
    expect(withoutCli.map(([n]) => n)).toEqual([]);
  });

  test('every file has an entry, and every entry but the synthetic, generated and set-up ones has a file', () => {
    // Files that are not cases: this list, its notes, the generator and a layer the Fiji cases use.
    const support = ['README.md', 'expected.json', 'make-fixtures.ts', 'fiji-places.csv'];
    const files = readdirSync(BAD).filter((f) => !support.includes(f));
    const onDisk = Object.keys(expected).filter((f) => !expected[f]!.synthetic && !expected[f]!.generated && !expected[f]!.setup);
    expect(onDisk.sort()).toEqual(files.sort());
  });

  test('latin1.csv still holds its Windows-1252 byte (an editor re-saving it as UTF-8 would hide the case)', () => {
    const bytes = readFileSync(path.join(BAD, 'latin1.csv'));
    expect([...bytes.subarray(bytes.indexOf('Murang') + 6, bytes.indexOf('Murang') + 8)]).toEqual([0xe1, 0x2c]);
  });

  test('every column of odd-column-names.csv can be queried by name', async () => {
    const load = await loadTableFile(db, 'odd', 'odd-column-names.csv', new Uint8Array(readFileSync(path.join(BAD, 'odd-column-names.csv'))));
    expect(load.columns).toEqual(['geo_id', 'say "hi"', 'first name', 'select', '📶 speed']);
    const rows = await db.query(`SELECT ${load.columns.map((c) => ident(c)).join(', ')} FROM odd ORDER BY rowid`);
    expect(rows).toEqual([
      { geo_id: 'KE-01', 'say "hi"': 'yes', 'first name': 'Amina', select: '1', '📶 speed': '12.5' },
      { geo_id: 'KE-02', 'say "hi"': 'no', 'first name': 'Baraka', select: '0', '📶 speed': '3.1' },
    ]);
  });

  test('the script cell is stored as the very characters of the file, and sniffing shows them the same', async () => {
    const bytes = readFileSync(path.join(BAD, 'script-cell.csv'));
    const blob = new Blob([bytes]);
    const sniffed = await sniffFile({ name: 'script-cell.csv', size: blob.size, slice: (a, b) => blob.slice(a, b) });
    expect(sniffed.sample[0]).toEqual({ geo_id: 'KE-01', county_name: '<script>alert(1)</script>' });
  });
});
