// The seven languages Lastmile speaks, each named in itself, and which one a planner sees:
// their own choice (remembered), else the open project's `language`, else the browser's.
import { LANGUAGES as CODES } from '../core/project/keys.ts';
import type { Language } from '../core/project/types.ts';

export type { Language };

export interface LanguageInfo {
  readonly code: Language;
  /** The language's name in itself, as the switch lists it. */
  readonly name: string;
  /** BCP 47 tag for `<html lang>`. */
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
}

/** Every language, in the order the switch lists them (the project format's order). */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', tag: 'en', dir: 'ltr' },
  { code: 'fr', name: 'Français', tag: 'fr', dir: 'ltr' },
  { code: 'es', name: 'Español', tag: 'es', dir: 'ltr' },
  { code: 'ar', name: 'العربية', tag: 'ar', dir: 'rtl' },
  { code: 'zh', name: '中文（简体）', tag: 'zh-Hans', dir: 'ltr' },
  { code: 'ru', name: 'Русский', tag: 'ru', dir: 'ltr' },
  { code: 'sw', name: 'Kiswahili', tag: 'sw', dir: 'ltr' },
];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The language's facts; English for a code Lastmile does not speak. */
export function languageInfo(code: Language): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}

/** True for a code Lastmile speaks ("sw"), false otherwise ("sv", "zh-Hant"). */
export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (CODES as readonly string[]).includes(code);
}

/**
 * The language a browser tag asks for: "fr-CA" → fr, "zh-CN" or "zh-Hans-SG" → zh; null when
 * Lastmile does not speak it ("de") — including traditional Chinese ("zh-TW", "zh-Hant"),
 * which simplified characters would not serve.
 */
export function matchLanguage(tag: string): Language | null {
  const parts = tag.toLowerCase().split(/[-_]/);
  const base = parts[0] ?? '';
  if (base === 'zh') return parts.includes('hant') || parts.some((p) => ['tw', 'hk', 'mo'].includes(p)) ? null : 'zh';
  return isLanguage(base) ? base : null;
}

/** The first of the browser's preferred languages (navigator.languages) that Lastmile speaks; English otherwise. */
export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** What the planner sees: their own choice wins, then the project's default, then the browser's. */
export function chooseLanguage(choice: { remembered: Language | null; project: Language | undefined; browser: readonly string[] }): Language {
  return choice.remembered ?? choice.project ?? browserLanguage(choice.browser);
}

const STORAGE_KEY = 'lastmile.language';

/** The planner's remembered choice, or null (none yet, storage blocked, or a code no longer spoken). */
export function rememberedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalStorage()): Language | null {
  try {
    const v = storage?.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/** Remembers the planner's choice across visits; a blocked storage (private mode) just forgets. */
export function rememberLanguage(code: Language, storage: Pick<Storage, 'setItem'> | undefined = globalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, code);
  } catch {
    // Nothing to do: the choice holds for this visit.
  }
}

function globalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
