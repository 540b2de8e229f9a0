// Gives the app its language: the planner's remembered choice, else the browser's, set on
// <html lang dir> before the first paint, and re-set whenever the language changes.
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { applyDocumentLanguage, createI18n, languageOf } from './i18n.ts';
import { chooseLanguage, rememberedLanguage } from './languages.ts';

/** Wraps the app in one i18next instance; the language switch changes it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(() => {
    const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
    const instance = createI18n(chooseLanguage({ remembered: rememberedLanguage(), project: undefined, browser }));
    applyDocumentLanguage(languageOf(instance));
    return instance;
  });
  useEffect(() => {
    const apply = () => applyDocumentLanguage(languageOf(i18n));
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
