// How the UI words a message: a catalogue lookup and the locale for numbers, passed in by the
// UI (src/i18n makes one per language), so that state never reads a global language.

/** Values a message interpolates: text already formatted, or a `count` that picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

export interface Words {
  /** The catalogue's text for `key` with `values` filled in. */
  t(key: string, values?: MessageValues): string;
  /** BCP 47 locale for Intl ("fr", "ar-u-nu-arab"). */
  readonly locale: string;
}

/**
 * What the project calls a district ("ward", "county"), in the words' language: a noun the
 * catalogue knows ("noun.ward" → "quartier"), else the project's own word (English adds "s").
 */
export function nounText(noun: string, words: Words, count = 1): string {
  return words.t(`noun.${noun}`, { count, defaultValue: count === 1 ? noun : words.t('noun.plural-of', { noun }) });
}

/** The districts as a whole, without a number, for headings: "wards", "quartiers", "районы". */
export function nounsText(noun: string, words: Words): string {
  return words.t(`noun.${noun}.all`, { defaultValue: words.t('noun.plural-of', { noun }) });
}

/** The same with a capital first letter, for headings and column heads: "Ward", "Quartier". */
export function capitalNounText(noun: string, words: Words): string {
  return capitalFirst(nounText(noun, words), words.locale);
}

/** "ward" → "Ward" in `locale` (a no-op in scripts without case). */
export function capitalFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
