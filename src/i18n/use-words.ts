// The UI's one door to the catalogue: `const { t, locale } = useWords()`; the component
// re-renders when the language changes. Outside a LanguageProvider (a component rendered on
// its own in a test) the words are English, the default language.
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nContext } from 'react-i18next';
import type { Words } from '../state/words.ts';
import { createI18n, wordsOf } from './i18n.ts';

let english: I18n | null = null;

/** The app's i18next instance (English when there is no provider). */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  return context?.i18n ?? (english ??= createI18n('en'));
}

/** The current language's words (catalogue lookup and Intl locale). */
export function useWords(): Words {
  const i18n = useI18n();
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language, () => i18n.language);
  return useMemo(() => wordsOf(i18n, language), [i18n, language]);
}
