// One i18next instance per app (or test), with every catalogue bundled: no network backend,
// Lastmile works offline. Plural forms come from i18next (Intl.PluralRules), interpolation
// from i18next, numbers from format.ts, so a count reads "٣ مواقع" in Arabic.
import { createInstance, type i18n as I18n } from 'i18next';
import type { Words, MessageValues } from '../state/words.ts';
import { formatWhole, numberLocale } from './format.ts';
import { DEFAULT_LANGUAGE, isLanguage, languageInfo, type Language } from './languages.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import sw from './locales/sw.json';
import zh from './locales/zh.json';

/** Every catalogue, by language code. */
export const CATALOGUES: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en, fr, es, ar, zh, ru, sw };

/** An i18next instance speaking `language`, ready at once (the catalogues are in the bundle). */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const i18n = createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: Object.keys(CATALOGUES),
    resources: Object.fromEntries(Object.entries(CATALOGUES).map(([code, messages]) => [code, { translation: messages }])),
    initAsync: false,
    // Keys are flat ("plan.gap.within") and texts may hold colons.
    keySeparator: false,
    nsSeparator: false,
    // React escapes text itself; escaping here would show "&amp;" on screen.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{count, number}}": a count in the language's digits ("٣"), not i18next's own Intl default.
  i18n.services.formatter?.add('number', (value, lng) => (typeof value === 'number' ? formatWhole(value, localeOf(lng)) : String(value)));
  return i18n;
}

/** The Intl locale of an i18next language code. */
export function localeOf(code: string | undefined): string {
  return numberLocale(isLanguage(code) ? code : DEFAULT_LANGUAGE);
}

/** The language the instance speaks now. */
export function languageOf(i18n: I18n): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The instance's words in `lng` (default: its current language), as state's text helpers take them. */
export function wordsOf(i18n: I18n, lng: string = i18n.language): Words {
  return { locale: localeOf(lng), t: (key: string, values?: MessageValues) => String(i18n.t(key, { ...values, lng })) };
}

/** Sets `<html lang>` and `dir` (rtl for Arabic): the panels mirror; the map canvas does not. */
export function applyDocumentLanguage(language: Language, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc) return;
  const info = languageInfo(language);
  doc.documentElement.lang = info.tag;
  doc.documentElement.dir = info.dir;
}
