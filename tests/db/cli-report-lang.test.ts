// `lastmile report --lang <code>`: the report in one of the seven languages (English by
// default); an unknown code, or --lang on another command, is a usage error (exit 2) that lists
// the languages.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

const work = mkdtempSync(path.join(tmpdir(), 'lastmile-report-lang-'));
const HAWAII = path.join(EXAMPLES, 'hawaii.lastmile.json');

async function cli(...args: string[]): Promise<{ status: number; err: string }> {
  const e = sink();
  const status = await main([...args, '--root', ROOT, '--quiet'], sink(), e);
  return { status, err: e.text() };
}

test('--lang ar writes a right-to-left Arabic report; no --lang writes English', async () => {
  const ar = path.join(work, 'ar.html');
  const en = path.join(work, 'en.html');
  expect((await cli('report', HAWAII, '--lang', 'ar', '--out', ar)).status).toBe(0);
  expect((await cli('report', HAWAII, '--out', en)).status).toBe(0);
  // Headings from ar.json; Hawaii's 5 counties in Arabic-Indic digits (٥).
  expect(readFileSync(ar, 'utf8')).toContain('<html lang="ar" dir="rtl">');
  expect(readFileSync(ar, 'utf8')).toContain('<h2>مصادر البيانات والتراخيص</h2>');
  expect(readFileSync(ar, 'utf8')).toContain('<td class="n">٥</td>');
  expect(readFileSync(en, 'utf8')).toContain('<html lang="en"><head>');
  expect(readFileSync(en, 'utf8')).toContain('<h2>Data sources and licences</h2>');
}, 120_000);

test('an unknown language is a usage error listing the languages', async () => {
  const r = await cli('report', HAWAII, '--lang', 'de', '--out', path.join(work, 'de.html'));
  expect(r.status).toBe(2);
  expect(r.err).toContain('unknown language "de" for --lang (languages: en English, fr Français, es Español, ar العربية, zh 中文（简体）, ru Русский, sw Kiswahili)');
});

test('--lang belongs to "report" only', async () => {
  const r = await cli('run', HAWAII, '--lang', 'fr', '--out', path.join(work, 'run'));
  expect(r.status).toBe(2);
  expect(r.err).toContain('--lang is for "report"');
});
