// Session notices and refused class breaks worded from their codes (issue #17): every code has an
// English key; English from the catalogue reads as the session's or the engine's own text; other
// languages translate, numbers in their locale.
import { expect, test } from 'vitest';
import { BREAKS_CODES, BreaksError, manualBreaks } from '../../../src/core/classify/breaks.ts';
import { StorageError, storageError } from '../../../src/app/storage/storage-errors.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import en from '../../../src/i18n/locales/en.json' with { type: 'json' };
import { breaksCodedText, breaksErrorText } from '../../../src/state/breaks-text.ts';
import { NOTICE_CODES, noticeCodedText, noticeText } from '../../../src/state/notices.ts';

const english = wordsOf(createI18n('en'));
const french = wordsOf(createI18n('fr'));
const swahili = wordsOf(createI18n('sw'));

/** What manualBreaks throws for `breaks` (it must throw: a case that passes would test nothing). */
function refusal(breaks: number[]): BreaksError {
  try {
    manualBreaks(breaks);
  } catch (e) {
    if (e instanceof BreaksError) return e;
    throw e;
  }
  throw new Error(`manualBreaks accepted ${breaks.join(', ')}`);
}

test('every notice and breaks code has an English key', () => {
  expect(NOTICE_CODES.filter((c) => !(`notice.${c}` in en))).toEqual([]);
  expect(BREAKS_CODES.filter((c) => !(`breaks.${c}` in en))).toEqual([]);
});

test('English breaks keys read as manualBreaks says (breaks.test.ts\'s cases); French translates and formats', () => {
  const rising = refusal([10, 10]);
  const nan = refusal([1, Number.NaN]);
  expect([rising.message, nan.message]).toEqual(['breaks must rise: 10 is followed by 10', 'break 2 is not a number']);
  for (const e of [rising, nan]) expect(breaksCodedText(e, english)).toBe(e.message);
  expect(breaksErrorText(refusal([2.5, 1]), french)).toBe('les seuils doivent croître : 2,5 est suivi de 1');
  expect(breaksErrorText(new Error('not a BreaksError'), french)).toBe('not a BreaksError');
});

test('English notice keys read as the session says them; other languages translate', () => {
  const refused = { code: 'editRefused', values: {} } as const;
  expect(noticeCodedText(refused, english, '')).toBe('Not changed: this project is open in another tab.');
  const failed = { code: 'nothingChanged', values: { message: 'x.csv: no such column' } } as const;
  expect(noticeCodedText(failed, english, '')).toBe('x.csv: no such column — nothing was changed.');
  expect(noticeText('English', failed, english)).toBe('English');
  expect(noticeText('English', failed, swahili)).toBe('x.csv: no such column — hakuna kilichobadilishwa.');
  expect(noticeText('English', null, french)).toBe('English');
});

test('a full disk says how full in the planner\'s numbers', async () => {
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  const full = await storageError(quota, 'could not save "big.csv"', async () => ({ usage: 12_345_678, quota: 50_000_000 }));
  expect(full).toBeInstanceOf(StorageError);
  // The English message is unchanged (storage-errors.test.ts pins it); the notice carries megabytes.
  expect(full.message).toBe('could not save "big.csv": the browser\'s storage is full: 12.3 MB used of 50.0 MB; delete projects or files you no longer need, or free disk space');
  const notice = (full as StorageError).notice;
  expect(noticeText(full.message, notice, french)).toBe('Enregistrement impossible : le stockage du navigateur est plein (12,3 Mo utilisés sur 50,0 Mo) ; supprimez les projets ou fichiers dont vous n’avez plus besoin, ou libérez de l’espace disque.');
});
