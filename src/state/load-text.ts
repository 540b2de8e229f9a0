// How the UI words what a load says below it (issue #17): an error that stopped a file from
// loading ("empty.csv, row 3, column "lat": reason", from its code through "load.*",
// "boundary.*" or "check.*") and why an indicator's figure is blank ("blank.<code>"). English
// shows the engine's text itself, byte for byte as the CLI prints it; other languages word the
// code and keep the file, row and column; a line without a code stays as the engine wrote it.
import type { BlankCode, CodedText, GuessCode } from '../core/load-codes.ts';
import { describeIssue, type Issue } from '../core/report.ts';
import { formatWhole } from '../i18n/format.ts';
import { codedReason } from './check-text.ts';
import type { Words } from './words.ts';

/** The locale of English words (format.ts): the engine's texts are English already. */
const ENGLISH = 'en';

/** An error that stopped a load, in the words' language: file, row and column, then the reason. */
export function loadErrorText(issue: Issue, words: Words): string {
  return words.locale === ENGLISH ? describeIssue(issue) : codedLoadError(issue, words);
}

/** The same from the catalogue only (exported so tests can compare English keys with describeIssue). */
export function codedLoadError(issue: Issue, words: Words): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(words.t('load.where.row', { row: formatWhole(issue.row, words.locale) }));
  if (issue.column !== undefined) where.push(words.t('load.where.column', { column: issue.column }));
  return words.t('load.line', { where: where.join(words.t('load.where.separator')), reason: codedReason(issue, words) });
}

/** Why some districts have no figure for an indicator, in the words' language (the engine's sentence in English). */
export function blankText(reason: CodedText<BlankCode>, words: Words): string {
  return words.locale === ENGLISH ? reason.text : codedBlank(reason, words);
}

/** The same from the catalogue only (exported so tests can compare English keys with the engine's sentences). */
export function codedBlank(reason: CodedText<BlankCode>, words: Words): string {
  return worded(`blank.${reason.code}`, reason, words);
}

/** One of the add-data dialog's reasons for its guess, in the words' language (the guesser's sentence in English). */
export function guessText(reason: CodedText<GuessCode>, words: Words): string {
  return words.locale === ENGLISH ? reason.text : codedGuess(reason, words);
}

/** The same from the catalogue only (exported so tests can compare English keys with the guesser's sentences). */
export function codedGuess(reason: CodedText<GuessCode>, words: Words): string {
  return worded(`guess.${reason.code}`, reason, words);
}

/** `reason` worded by `key`: `count` stays a number (it picks the plural form), other numbers in the locale's digits, text as written. */
function worded(key: string, reason: CodedText, words: Words): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.values)) values[name] = typeof value === 'string' || name === 'count' ? value : formatWhole(value, words.locale);
  return words.t(key, { ...values, defaultValue: reason.text });
}
