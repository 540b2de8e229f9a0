// Check lines worded from their code (issue #17): English from the catalogue reads as the
// engine's own reason, other languages translate it and keep the line's row, column and values.
import { describe, expect, test } from 'vitest';
import { CHECK_CODES, type Issue } from '../../../src/core/report.ts';
import { IssueList, MAX_ISSUES_PER_COLUMN } from '../../../src/engine/plan-issues.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { readDistrictLayer } from '../../../src/formats/districts.ts';
import { checkDistrictGeometry } from '../../../src/formats/geometry-checks.ts';
import { decodeText } from '../../../src/formats/text-encoding.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { sniffDelimitedText } from '../../../src/ingest/sniff-text.ts';
import { checkLineText, checkReason, codedReason } from '../../../src/state/check-text.ts';

const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
const arabic = wordsOf(createI18n('ar'));

/** Boundaries with one of each district problem: feature 2 has no id, 3 repeats "A", 4 has no geometry, 5 is a point. */
const BOUNDARIES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'A' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } },
    { type: 'Feature', properties: {}, geometry: null },
    { type: 'Feature', properties: { id: 'A' }, geometry: null },
    { type: 'Feature', properties: { id: 'C' }, geometry: null },
    { type: 'Feature', properties: { id: 'D' }, geometry: { type: 'Point', coordinates: [0, 0] } },
  ],
});

/** Issues the engine itself writes without a database: districts, a ragged CSV line, a capped plan list. */
function engineIssues(): Issue[] {
  const districts = readDistrictLayer('wards.geojson', BOUNDARIES, 'id', 'id').issues;
  const ragged = sniffDelimitedText('a.csv', 'a,b,c\n1,2,3\n4,5\n', { complete: true, totalBytes: 16, sampleRows: 10 }).issues;
  const list = new IssueList();
  for (let i = 0; i < MAX_ISSUES_PER_COLUMN + 3; i++) list.add('sites.csv', i + 2, 'cost', 'not a number');
  const more = list.list().filter((i) => i.code !== undefined);
  return [...districts, ...ragged, ...more];
}

describe('check lines', () => {
  test('every code the engine may emit has an English key (plural or not)', () => {
    const keys = new Set(Object.keys(en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    expect(CHECK_CODES.filter((code) => !keys.has(`check.${code}`))).toEqual([]);
  });

  test('English worded from the catalogue is the engine reason, byte for byte', () => {
    const issues = engineIssues();
    // noDistrictId, duplicateDistrictId, noGeometry, notPolygon, fieldCount, moreRows: each once.
    expect(issues.map((i) => i.code)).toEqual(['noDistrictId', 'duplicateDistrictId', 'noGeometry', 'notPolygon', 'fieldCount', 'moreRows']);
    for (const issue of issues) expect(codedReason(issue, english)).toBe(issue.reason);
  });

  test('district rings: which ring, its problem and what was dropped read as the engine says them', () => {
    // The shapes of tests/unit/ingest/geometry-checks.test.ts: an open square, a 2-position hole, a 2-position second part, one position, junk.
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const line = [[0, 0], [1, 1]];
    const shapes: [string, Polygon | MultiPolygon][] = [
      ['A', { type: 'Polygon', coordinates: [square.slice(0, -1)] }],
      ['B', { type: 'Polygon', coordinates: [square, line] }],
      ['C', { type: 'MultiPolygon', coordinates: [[square], [line, line]] }],
      ['D', { type: 'Polygon', coordinates: [[[0, 0]]] }],
      ['E', { type: 'Polygon', coordinates: [[['a', 'b']]] } as unknown as Polygon],
    ];
    const issues = shapes.flatMap(([id, g]) => checkDistrictGeometry('wards.geojson', 7, id, g).issues);
    expect(issues.map((i) => i.code)).toEqual(['ringOpen', 'ringTooFew', 'ringTooFew', 'ringTooFew', 'ringNotPositions']);
    for (const issue of issues) expect(codedReason(issue, english)).toBe(issue.reason);
    expect(checkReason(issues[2]!, french)).toBe('district « C » : le contour de la partie 2 a 2 positions, moins des 4 qu’il faut à un anneau (un triangle dont la première position est répétée à la fin) ; cette partie est ignorée');
  });

  test('notes on how a file was read: UTF-16 with and without its mark, Windows-1252, in English as the note', () => {
    const utf16 = (text: string, bom: boolean) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    // "Murang'a" with é (0xE9) as Windows-1252 writes it: not valid UTF-8.
    const latin = new Uint8Array([...new TextEncoder().encode('id,name\nKE-21,Murang'), 0xe9, ...new TextEncoder().encode('a\n')]);
    const notes = [decodeText('a.txt', utf16('id,name\nKE-01,Mombasa\n', true), true), decodeText('b.txt', utf16('id,name\nKE-01,Mombasa\n', false), true), decodeText('c.csv', latin, true)].map((r) => r.codedNote!);
    expect(notes.map((n) => n.code)).toEqual(['readUtf16Bom', 'readUtf16NoBom', 'readWindows1252']);
    for (const note of notes) {
      expect(codedReason(note, english)).toBe(note.reason);
      expect(codedReason(note, french)).not.toBe(note.reason);
    }
    // Line 2 (the header is line 1) and its text as read, in French quotes; the line number in Arabic-Indic digits in Arabic.
    expect(codedReason(notes[2]!, french)).toContain('(ligne 2 : « KE-21,Murangéa »)');
    expect(codedReason(notes[2]!, arabic)).toContain('السطر ٢');
  });

  test('French and Arabic translate a coded line and keep its row, column and values', () => {
    // A negative count as table-checks writes it (tests/db/ingest/table-checks.test.ts, line 5).
    const negative: Issue = { file: 'ict.csv', row: 1205, column: 'internet_user_female', reason: '-5 is negative; a count cannot be', code: 'negative', values: { value: '-5' } };
    expect(checkLineText(negative, english)).toBe('row 1,205: column “internet_user_female”: -5 is negative; a count cannot be');
    expect(checkLineText(negative, french)).toBe('ligne 1\u202f205 : colonne « internet_user_female » : -5 est négatif ; un effectif ne peut pas l’être');
    // Arabic: the row in Arabic-Indic digits (١٬٢٠٥), the column and the cell as written.
    const ar = checkLineText(negative, arabic);
    expect(ar).toContain('الصف ١٬٢٠٥:');
    expect(ar).toContain('«internet_user_female»');
    expect(ar).toContain('-5 سالب');
    expect(ar).not.toContain('negative');
  });

  test('counts pick the plural form and are written in the language’s digits', () => {
    const codes: Issue = { file: 'urban.csv', column: 'households', reason: "3 values are -9, the file's code for “not reported”: counted as missing", code: 'missingCode', values: { count: 3, codes: '-9' } };
    expect(codedReason(codes, english)).toBe(codes.reason);
    expect(checkReason(codes, french)).toBe('3 valeurs valent -9, le code du fichier pour « non déclaré » : comptées comme manquantes');
    expect(checkReason({ ...codes, values: { count: 3, codes: '-9' } }, arabic)).toMatch(/^٣ قيم تساوي -9/);
  });

  test('a line without a code, or with a code the catalogue lacks, shows the English reason', () => {
    const plain = { row: 3, reason: 'a quoted cell is never closed; close the quote or remove it' };
    expect(checkReason(plain, french)).toBe(plain.reason);
    expect(checkReason({ ...plain, code: 'notYetWorded' }, arabic)).toBe(plain.reason);
    expect(checkLineText(plain, french)).toBe(`ligne 3 : ${plain.reason}`);
  });
});
