// A rank in words: "12th of 47", "12e sur 47", the ordinal chosen by the language's own rules.
import type { Words } from './words.ts';

/** "12th" in `words`' language (Intl ordinal rules pick the catalogue's form). */
export function ordinalText(n: number, words: Words): string {
  const form = new Intl.PluralRules(words.locale, { type: 'ordinal' }).select(n);
  const digits = new Intl.NumberFormat(words.locale).format(n);
  return words.t(`profile.ordinal.${form}`, { n: digits, defaultValue: words.t('profile.ordinal.other', { n: digits }) });
}

/** "12th of 47"; "—" when the district has no figure to rank. */
export function rankText(rank: { rank: number; of: number } | null, words: Words): string {
  return rank ? words.t('profile.rankOf', { rank: ordinalText(rank.rank, words), total: new Intl.NumberFormat(words.locale).format(rank.of) }) : '—';
}
