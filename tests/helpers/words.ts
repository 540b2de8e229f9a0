// The app's words in a language, for tests of text helpers and components: the real catalogue
// through the real i18next instance, so a test reads exactly what the planner reads.
import { createI18n, wordsOf } from '../../src/i18n/i18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { Words } from '../../src/state/words.ts';

/** Words in `language` (English by default). */
export function wordsIn(language: Language = 'en'): Words {
  return wordsOf(createI18n(language));
}

/** English, the default in tests. */
export const english: Words = wordsIn('en');
