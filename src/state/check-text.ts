// How the "Data and checks" panel words a check line the engine found: from its code and values
// through the catalogue ("check.<code>"), so a planner reads it in the app's language, with the
// engine's English reason when the line has no code or the catalogue no key (issue #17).
// English shows the reason itself, byte for byte as the CLI and report.json say it: the English
// keys are the translators' reference, worded as the reason (tests/unit/state/check-text.test.ts),
// except the filter lines, whose list of values present is quoted without English words.
import { issueKey } from '../core/load-codes.ts';
import type { IssueValues } from '../core/report.ts';
import { formatPercent, formatWhole } from '../i18n/format.ts';
import type { MessageValues, Words } from './words.ts';

/** A check line as report.json and the panel carry it: where it is, the English reason, and its code if it has one. */
export interface CheckLine {
  readonly row?: number;
  readonly column?: string;
  readonly reason: string;
  readonly code?: string;
  readonly values?: IssueValues;
}

/** The reason of `line` in the words' language; the English reason in English, or if the line or the catalogue lacks its code. */
export function checkReason(line: CheckLine, words: Words): string {
  return words.locale === ENGLISH ? line.reason : codedReason(line, words);
}

/** The locale of English words (format.ts): the engine's reasons are English already. */
const ENGLISH = 'en';

/** The reason worded from the catalogue only (exported so tests can compare English keys with the reasons). */
export function codedReason(line: CheckLine, words: Words): string {
  if (line.code === undefined) return line.reason;
  const values = line.values ?? {};
  return words.t(issueKey(line.code), { ...checkValues(values, words.locale), ...ringWords(values, words), ...loadWords(line.code, values, words), defaultValue: line.reason });
}

/** The whole line as the panel shows it: "row 12: column “lat”: reason", in the words' language. */
export function checkLineText(line: CheckLine, words: Words): string {
  const where: string[] = [];
  if (line.row !== undefined) where.push(words.t('layers.issue.row', { row: formatWhole(line.row, words.locale) }));
  if (line.column !== undefined) where.push(words.t('layers.issue.column', { column: line.column }));
  return [...where, checkReason(line, words)].join(' ');
}

/**
 * Values ready to interpolate: `count` stays a number (it picks the plural form and the catalogue
 * formats it), `share` is a fraction shown as a percentage, other numbers (rows, totals) are
 * whole numbers in the locale's digits, and text (a cell, an id, a filter) is quoted as written.
 */
function checkValues(values: IssueValues, locale: string): MessageValues {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || name === 'count') out[name] = value;
    else if (name === 'share') out[name] = formatPercent(value, locale, 1, 1);
    else out[name] = formatWhole(value, locale);
  }
  return out;
}

/**
 * Words a load line names from the catalogue: DuckDB's kind of error for a row the CSV reader
 * set aside ("load.rejectType.<kind>", else as DuckDB wrote it: its detail cannot be translated
 * and is quoted after the sentence), and the separators of a file that mixes them.
 */
function loadWords(code: string, values: IssueValues, words: Words): MessageValues {
  const { type, header, rows } = values;
  if ((code === 'rowRejected' || code === 'noRowRead') && typeof type === 'string') {
    return { type: words.t(`load.rejectType.${type.replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`, { defaultValue: type }) };
  }
  if (code === 'mixedSeparators') return { header: words.t(`load.separator.${String(header)}`), rows: words.t(`load.separator.${String(rows)}`) };
  return {};
}

/**
 * A district ring's problem names the ring ("hole 2 of part 3") and what was dropped as phrases
 * of their own: `hole` 0 is the outline, `part` 0 a polygon of one part (geometry-checks.ts).
 */
function ringWords(values: IssueValues, words: Words): MessageValues {
  const { hole, part, then } = values;
  if (typeof hole !== 'number' || typeof part !== 'number') return {};
  const numbers = { hole: formatWhole(hole, words.locale), part: formatWhole(part, words.locale) };
  const key = hole === 0 ? (part ? 'check.ring.outlineOfPart' : 'check.ring.outline') : part ? 'check.ring.holeOfPart' : 'check.ring.hole';
  return { ring: words.t(key, numbers), ...(typeof then === 'string' ? { then: words.t(`check.ring.then.${then}`) } : {}) };
}
