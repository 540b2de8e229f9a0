// Every entry of tests/fixtures/bad/expected.json through the real loaders: sniffFile,
// loadTableFile into a Node DuckDB, readBoundaryFile. A failed load must leave what was
// loaded before — another table, and the previous table of the same name — as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Db } from '../../../src/db/db.ts';
import { loadTableFile, type TableFileOptions } from '../../../src/db/load-file.ts';
import { openNodeDb } from '../../../src/db/node-db.ts';
import { ident } from '../../../src/db/sql.ts';
import { describeIssue, InputError, type Issue } from '../../../src/core/report.ts';
import { sniffFile, type FileLike } from '../../../src/ingest/sniff.ts';
import { readBoundaryFile } from '../../../src/formats/topojson.ts';
import { ROOT } from '../../helpers/paths.ts';

interface Entry {
  readonly role: 'table' | 'districts';
  readonly stages: readonly ('sniff' | 'load' | 'boundary')[];
  readonly error?: string;
  readonly issue?: string;
  readonly value?: { readonly column: string; readonly equals: string };
  readonly options?: Pick<TableFileOptions, 'decimal'>;
  readonly synthetic?: { readonly size: number; readonly head: string };
}

const BAD = path.join(ROOT, 'tests/fixtures/bad');
const expected = JSON.parse(readFileSync(path.join(BAD, 'expected.json'), 'utf8')) as Record<string, Entry>;
const KEPT = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/ingest/ke-ict-3-counties.csv')));
let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  await loadTableFile(db, 'kept', 'ke-ict-3-counties.csv', KEPT);
});
afterAll(() => db.close());
// The table a bad file is loaded over: it must survive a failed load.
beforeEach(() => loadTableFile(db, 'target', 'ke-ict-3-counties.csv', KEPT));

/** A FileLike over bytes (a Blob, as a browser File is), or a huge one whose every slice is `head`. */
function fileLike(name: string, entry: Entry): FileLike {
  if (entry.synthetic) {
    const head = new TextEncoder().encode(entry.synthetic.head);
    return { name, size: entry.synthetic.size, slice: () => new Blob([head]) };
  }
  const blob = new Blob([readFileSync(path.join(BAD, name))]);
  return { name, size: blob.size, slice: (start, end) => blob.slice(start, end) };
}

/** An exact message, or /a pattern/. */
function expectMessage(actual: string | undefined, wanted: string): void {
  if (wanted.startsWith('/') && wanted.endsWith('/')) expect(actual).toMatch(new RegExp(wanted.slice(1, -1)));
  else expect(actual).toBe(wanted);
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
  if (entry.issue !== undefined) {
    const wanted = entry.issue;
    expect(issues.some((i) => (wanted.startsWith('/') ? new RegExp(wanted.slice(1, -1)).test(i) : i === wanted)), issues.join('\n')).toBe(true);
  }
}

const STAGES = {
  sniff: (name: string, entry: Entry) => outcome(async () => (await sniffFile(fileLike(name, entry))).issues, entry),
  load: loadStage,
  boundary: (name: string, entry: Entry) => {
    const text = readFileSync(path.join(BAD, name), 'utf8');
    return outcome(async () => readBoundaryFile(name, text, 'geo_id', 'county_name').issues, entry);
  },
};

async function loadStage(name: string, entry: Entry): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path.join(BAD, name)));
  await outcome(async () => {
    const load = await loadTableFile(db, 'target', name, bytes, entry.options ?? {});
    return (load.rejects ?? []).map((r) => ({ file: name, row: r.line, ...(r.column ? { column: r.column } : {}), reason: r.reason }));
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

describe.each(Object.entries(expected))('%s', (name, entry) => {
  for (const stage of entry.stages) test(stage, () => STAGES[stage](name, entry));
});

describe('the corpus itself', () => {
  test('every file has an entry, and every entry but the synthetic one has a file', () => {
    const files = ['decimal-comma.csv', 'duplicate-ids.geojson', 'empty.csv', 'header-only.csv', 'invalid-ring.geojson', 'latin1.csv', 'leading-zeros.csv'];
    files.push('not-feature-collection.geojson', 'null-geometry.geojson', 'odd-column-names.csv', 'projected-crs.geojson', 'ragged-rows.csv', 'script-cell.csv');
    files.push('unclosed-ring.geojson', 'wrong-delimiter.csv');
    expect(Object.keys(expected).filter((f) => !expected[f]!.synthetic).sort()).toEqual(files.sort());
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
