// Load errors, rejected rows, boundary lines and blank indicators worded from their codes (issue
// #17): English from the catalogue reads as the engine's own text, other languages translate it
// and keep the file, row and column; DuckDB's own detail is quoted as it is.
import { describe, expect, test } from 'vitest';
import { BLANK_CODES, BOUNDARY_CODES, LOAD_CODES, issueKey } from '../../../src/core/load-codes.ts';
import { CHECK_CODES, describeIssue, InputError, type Issue } from '../../../src/core/report.ts';
import { swappedIssue } from '../../../src/engine/locate-layers.ts';
import { blankReasons } from '../../../src/engine/run-report.ts';
import { topologyToFeatureCollection } from '../../../src/formats/topojson.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { sniffDelimitedText } from '../../../src/ingest/sniff-text.ts';
import { checkReason, codedReason } from '../../../src/state/check-text.ts';
import { blankText, codedBlank, codedLoadError, loadErrorText } from '../../../src/state/load-text.ts';

const english = wordsOf(createI18n('en'));
const arabic = wordsOf(createI18n('ar'));
const swahili = wordsOf(createI18n('sw'));
const french = wordsOf(createI18n('fr'));

/** The issue of the InputError `read` throws. */
function refusal(read: () => unknown): Issue {
  try {
    read();
  } catch (e) {
    if (e instanceof InputError) return e.issue;
    throw e;
  }
  throw new Error('expected an InputError');
}

const sniff = (text: string) => () => sniffDelimitedText('a.csv', text, { complete: true, totalBytes: text.length, sampleRows: 10 });
const topo = (json: object, object?: string) => () => topologyToFeatureCollection('wards.topojson', JSON.stringify({ type: 'Topology', ...json }), object);
const square = { type: 'Polygon', arcs: [[0]] };

/** A row the CSV reader set aside, as src/engine/load-files.ts reports it (the type and message DuckDB gives ragged-rows.csv, tests/fixtures/bad/expected.json). */
const RAGGED: Issue = {
  file: 'ragged-rows.csv',
  row: 3,
  column: 'households',
  reason: 'missing columns: Expected Number of Columns: 3 Found: 2',
  code: 'rowRejected',
  values: { type: 'missing columns', detail: 'Expected Number of Columns: 3 Found: 2' },
};

describe('load lines', () => {
  test('every load, boundary and blank code has an English key, and no code is in two lists', () => {
    const keys = new Set(Object.keys(en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    const missing = [...LOAD_CODES.map(issueKey), ...BOUNDARY_CODES.map(issueKey), ...BLANK_CODES.map((c) => `blank.${c}`)].filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
    const all = [...CHECK_CODES, ...LOAD_CODES, ...BOUNDARY_CODES];
    expect(new Set(all).size).toBe(all.length);
    expect(issueKey('rowRejected')).toBe('load.rowRejected');
    expect(issueKey('topojsonNoArcs')).toBe('boundary.topojsonNoArcs');
    expect(issueKey('notNumber')).toBe('check.notNumber');
  });

  test('errors that stop a load: English from the catalogue is the engine message, byte for byte', () => {
    const issues = [
      refusal(sniff('')),
      refusal(sniff('a,b\n')),
      // Header split by semicolons, rows by commas: row 1 is named.
      refusal(sniff('a;b;c\n1,2,3\n4,5,6\n7,8,9\n')),
      refusal(topo({ objects: {}, arcs: [] })),
      refusal(topo({ objects: { wards: square } })),
      refusal(topo({ objects: { wards: 7 }, arcs: [] })),
      refusal(topo({ objects: { wards: square }, arcs: [] }, 'counties')),
    ];
    expect(issues.map((i) => i.code)).toEqual(['empty', 'headerNoRows', 'mixedSeparators', 'topojsonNoObjects', 'topojsonNoArcs', 'topojsonNotGeometry', 'topojsonMissing']);
    for (const issue of issues) {
      expect(codedLoadError(issue, english)).toBe(describeIssue(issue));
      expect(loadErrorText(issue, english)).toBe(describeIssue(issue));
    }
    expect(describeIssue(issues[2]!)).toBe('a.csv, row 1: the header is separated by semicolons but the data rows by commas; save the file with one separator throughout');
  });

  test('the swapped-coordinates line and the TopoJSON object choice read as the engine says them', () => {
    const swapped = swappedIssue({ name: 'schools', file: 'data/schools.csv', lon: 'x', lat: 'y' }, 40, 50, 3);
    expect(codedLoadError(swapped, english)).toBe(describeIssue(swapped));
    const arcs = [[[0, 0], [1, 0], [1, 1], [0, 0]]];
    const chosen = topologyToFeatureCollection('w.topojson', JSON.stringify({ type: 'Topology', arcs, objects: { towns: { type: 'Point', coordinates: [0, 0] }, wards: square } })).issues;
    expect(chosen.map((i) => i.code)).toEqual(['topojsonChosen']);
    expect(codedReason(chosen[0]!, english)).toBe(chosen[0]!.reason);
    expect(codedReason(chosen[0]!, french)).toBe('le TopoJSON contient 2 objets ("towns", "wards") ; « wards » est utilisé (le premier avec des polygones)');
  });

  test('a rejected row: the English line is DuckDB’s, other languages translate the sentence and quote DuckDB’s detail', () => {
    expect(codedReason(RAGGED, english)).toBe(RAGGED.reason);
    expect(codedLoadError(RAGGED, english)).toBe('ragged-rows.csv, row 3, column "households": missing columns: Expected Number of Columns: 3 Found: 2');
    // Row 3 in Arabic-Indic digits (٣), the column and the file as written, DuckDB's English in quotes.
    expect(codedLoadError(RAGGED, arabic)).toBe('ragged-rows.csv، الصف ٣، العمود «households»: استبعد قارئ CSV هذا الصف (أعمدة ناقصة): «Expected Number of Columns: 3 Found: 2»');
    expect(checkReason(RAGGED, swahili)).toBe('kisomaji cha CSV kimeiweka kando safu mlalo hii (safu wima zinakosekana): “Expected Number of Columns: 3 Found: 2”');
    // A kind of error the catalogue does not know is shown as DuckDB wrote it.
    expect(checkReason({ ...RAGGED, values: { type: 'something new', detail: 'x' } }, french)).toBe('ligne écartée par le lecteur CSV (something new) : « x »');
  });

  test('why an indicator is blank: English as the report says it, Swahili and Arabic worded with the counts', () => {
    const rate = blankReasons('census', ['users', 'population'], 1, 2, 3);
    const value = blankReasons('census', ['households'], 0, 1, 0);
    expect(rate.map((r) => r.text)).toEqual([
      '1 district has no row in table "census"',
      '2 districts: "users" or "population" of table "census" is text or empty, not a number',
      '3 districts: the denominator "population" is 0',
    ]);
    expect(value.map((r) => r.code)).toEqual(['notNumber']);
    for (const r of [...rate, ...value]) {
      expect(codedBlank(r, english)).toBe(r.text);
      expect(blankText(r, english)).toBe(r.text);
    }
    expect(blankText(rate[0]!, swahili)).toBe('wilaya 1 haina safu mlalo katika jedwali “census”');
    expect(blankText(rate[2]!, arabic)).toBe('عدد المناطق: ٣؛ المقام «population» يساوي 0');
  });
});
