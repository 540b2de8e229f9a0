// Progress worded from its step (issue #17): every step the engine can report has an English key
// worded as the label the CLI prints; other languages translate it, with rows in their digits.
import { expect, test } from 'vitest';
import { PROGRESS_CODES, progressLabel, progressOf, type ProgressStep } from '../../../src/core/progress-steps.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { progressText, stepText } from '../../../src/state/progress-text.ts';

const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
const arabic = wordsOf(createI18n('ar'));

/** One step of each code, with values as the engine gives them (file names, ids as written, rows a number). */
const VALUES: Partial<Record<ProgressStep['code'], ProgressStep['values']>> = {
  reading: { file: 'ke_wards.geojson' },
  readingRows: { file: 'schools.csv', rows: 12000 },
  indicator: { indicator: 'girls_enrolment' },
  locatingLayer: { layer: 'schools' },
  placingTiles: { layer: 'fixed' },
  readingScenario: { scenario: 'nairobi_wifi' },
  solvingScenario: { scenario: 'nairobi_wifi' },
};
const STEPS: ProgressStep[] = PROGRESS_CODES.map((code) => ({ code, values: VALUES[code] ?? {} }));

test('every step has an English key', () => {
  expect(PROGRESS_CODES.filter((code) => !(`progress.${code}` in en))).toEqual([]);
});

test('English from the catalogue is the label the CLI prints, for every step', () => {
  // Labels written before steps had codes (load-files.ts: `reading ${file} (${rows.toLocaleString('en')} rows)`).
  expect(progressLabel(STEPS[PROGRESS_CODES.indexOf('readingRows')]!)).toBe('reading schools.csv (12,000 rows)');
  expect(progressOf('checkingTables')[0]).toBe('checking tables');
  for (const step of STEPS) expect(stepText(step, english, 'fallback'), step.code).toBe(progressLabel(step));
});

test('other languages translate the step and write numbers in their digits; English and step-less reports keep the label', () => {
  const [label, , step] = progressOf('readingRows', { file: 'schools.csv', rows: 12000 });
  expect(progressText({ label, step }, french)).toBe('lecture de schools.csv (12\u202f000 lignes)');
  expect(progressText({ label, step }, arabic)).toBe('جارٍ قراءة schools.csv (عدد الصفوف: ١٢٬٠٠٠)');
  expect(progressText({ label, step }, english)).toBe(label);
  expect(progressText({ label: 'an old label' }, french)).toBe('an old label');
  expect(progressText({ label: 'greedy', step: { code: 'greedy', values: {} } }, french)).toBe('premier plan (glouton)');
});
