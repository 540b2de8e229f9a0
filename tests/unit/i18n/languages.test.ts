// Which language a planner sees: their remembered choice, else the open project's default,
// else the first of the browser's languages Lastmile speaks, else English.
import { describe, expect, test } from 'vitest';
import { applyDocumentLanguage, createI18n, wordsOf } from '../../../src/i18n/i18n.ts';
import { browserLanguage, chooseLanguage, LANGUAGES, matchLanguage, rememberedLanguage, rememberLanguage } from '../../../src/i18n/languages.ts';

/** A Storage stand-in: a Map behind getItem/setItem. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('browser default', () => {
  test('region and script subtags are matched to the language', () => {
    expect(matchLanguage('fr-CA')).toBe('fr');
    expect(matchLanguage('sw-KE')).toBe('sw');
    expect(matchLanguage('zh-CN')).toBe('zh');
    expect(matchLanguage('zh-Hans-SG')).toBe('zh');
    // Simplified characters would not serve a reader of traditional ones.
    expect(matchLanguage('zh-TW')).toBeNull();
    expect(matchLanguage('zh-Hant')).toBeNull();
    expect(matchLanguage('de-DE')).toBeNull();
  });

  test('the first preferred language Lastmile speaks; English when none', () => {
    expect(browserLanguage(['de-DE', 'ar-EG', 'en-US'])).toBe('ar');
    expect(browserLanguage(['en-US'])).toBe('en');
    expect(browserLanguage(['de', 'it'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});

describe('choice', () => {
  test('remembered beats the project’s default, which beats the browser', () => {
    expect(chooseLanguage({ remembered: null, project: undefined, browser: ['sw-KE'] })).toBe('sw');
    expect(chooseLanguage({ remembered: null, project: 'fr', browser: ['sw-KE'] })).toBe('fr');
    expect(chooseLanguage({ remembered: 'ar', project: 'fr', browser: ['sw-KE'] })).toBe('ar');
  });

  test('a choice is remembered; a stored code Lastmile no longer speaks is ignored; blocked storage forgets quietly', () => {
    const storage = memoryStorage();
    expect(rememberedLanguage(storage)).toBeNull();
    rememberLanguage('sw', storage);
    expect(rememberedLanguage(storage)).toBe('sw');
    storage.setItem('lastmile.language', 'klingon');
    expect(rememberedLanguage(storage)).toBeNull();
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(rememberedLanguage(blocked)).toBeNull();
    expect(() => rememberLanguage('fr', blocked)).not.toThrow();
  });

  test('each language is named in itself; Arabic alone is right to left', () => {
    expect(LANGUAGES.map((l) => l.name)).toEqual(['English', 'Français', 'Español', 'العربية', '中文（简体）', 'Русский', 'Kiswahili']);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });
});

describe('the document and the words', () => {
  test('<html lang dir> follow the language', () => {
    const doc = { documentElement: { lang: 'en', dir: 'ltr' } } as unknown as Document;
    applyDocumentLanguage('ar', doc);
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual(['ar', 'rtl']);
    applyDocumentLanguage('zh', doc);
    expect([doc.documentElement.lang, doc.documentElement.dir]).toEqual(['zh-Hans', 'ltr']);
  });

  test('plurals follow each language’s rules, counts in its digits', () => {
    const t = (lang: 'en' | 'ar' | 'ru', count: number) => wordsOf(createI18n(lang)).t('plan.shortfall.more', { a: 'A', b: 'B', count });
    expect([t('en', 1), t('en', 3)]).toEqual(['A, B and 1 other floor', 'A, B and 3 other floors']);
    // Russian: 1 порог, 3 порога, 5 порогов — one, few and many.
    expect([t('ru', 1), t('ru', 3), t('ru', 5)]).toEqual(['A, B и ещё 1 порог', 'A, B и ещё 3 порога', 'A, B и ещё 5 порогов']);
    expect(t('ar', 3)).toBe('A وB و٣ حدود دنيا أخرى');
  });
});
