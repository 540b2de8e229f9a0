// The language switch: a labelled native select listing each language in itself. A choice is
// remembered; until the planner makes one, an open project's `language` sets the default.
import { useEffect, useId } from 'react';
import { languageOf } from './i18n.ts';
import { chooseLanguage, isLanguage, LANGUAGES, rememberedLanguage, rememberLanguage, type Language } from './languages.ts';
import { useI18n, useWords } from './use-words.ts';

/** `projectLanguage`: the open project's `language` key (absent: the browser's language). */
export function LanguageSwitch({ projectLanguage }: { projectLanguage?: Language | undefined }) {
  const id = useId();
  const i18n = useI18n();
  const { t } = useWords();
  useEffect(() => {
    const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    const next = chooseLanguage({ remembered: rememberedLanguage(), project: projectLanguage, browser });
    if (next !== languageOf(i18n)) void i18n.changeLanguage(next);
  }, [i18n, projectLanguage]);
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={languageOf(i18n)}
        onChange={(e) => {
          if (!isLanguage(e.target.value)) return;
          rememberLanguage(e.target.value);
          void i18n.changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.tag} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
