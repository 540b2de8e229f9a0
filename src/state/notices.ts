// Session notices as codes and values beside their English text (issue #17): the session says
// what happened (an edit refused in a read-only tab, storage full), the banner words it through
// the catalogue ("notice.<code>") in the planner's language. English shows the text itself;
// a notice without a code (a load error's own words) keeps its text.
import { formatNumber } from '../i18n/format.ts';
import type { Words } from './words.ts';

/** Every code a session notice can carry; the catalogue has a "notice.<code>" key for each (tests/unit/state/notice-text.test.ts). */
export const NOTICE_CODES = ['editRefused', 'nothingChanged', 'storageFull', 'storageFullUsage', 'storageClosed', 'storageNewerVersion'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** A notice's code and values: text as written (`message`, an error's own words), or megabytes as numbers. */
export interface NoticeWords {
  readonly code: NoticeCode;
  readonly values: Readonly<Record<string, string | number>>;
}

/** The notice in the words' language: `text` in English or when it has no code. */
export function noticeText(text: string, coded: NoticeWords | null | undefined, words: Words): string {
  if (words.locale === 'en' || !coded) return text;
  return noticeCodedText(coded, words, text);
}

/** The notice worded from the catalogue only, `fallback` without its key (exported so tests compare English keys with the texts). */
export function noticeCodedText(coded: NoticeWords, words: Words, fallback: string): string {
  const values: Record<string, string> = {};
  // Megabytes with one decimal, as the browsers' storage settings show them (storage-errors.ts).
  for (const [name, value] of Object.entries(coded.values)) values[name] = typeof value === 'number' ? formatNumber(value, words.locale, 1, 1) : value;
  return words.t(`notice.${coded.code}`, { ...values, defaultValue: fallback });
}
