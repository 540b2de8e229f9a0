// Numbers, percentages, compact numbers and dates in the planner's language, through Intl.
// Every function takes the BCP 47 locale (`numberLocale(language)`) and is pure: the UI passes
// the locale in, so `state` and `core` never read a global language.
//
// Two deliberate choices:
// - Arabic is written with Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩): `ar-u-nu-arab`, asked for explicitly,
//   because the bare `ar` default changed between CLDR versions (Latin digits in ICU 78) and the
//   same figure must read the same in Node and in every browser.
// - English keeps Lastmile's own notation, which the CLI's texts and the e2e tests share:
//   "52.4 %", "+4.2 pp", "25.0 Mbps", "30 ms". Every other language follows CLDR through Intl
//   (French "52,4 %" with a narrow no-break space, Chinese "52.4%", Russian "25,0 Мбит/c").
import type { Language } from '../core/project/types.ts';

const NUMBER_LOCALES: Readonly<Record<Language, string>> = { en: 'en', fr: 'fr', es: 'es', ar: 'ar-u-nu-arab', zh: 'zh-Hans', ru: 'ru', sw: 'sw' };

/**
 * Percentage points: Intl has no such unit, so each language's usual abbreviation
 * (statistics offices and their press: "pp", "pt", "p. p.", "п. п.").
 */
const POINTS: Readonly<Record<string, string>> = { en: ' pp', fr: '\u202fpt', es: '\u00a0p.\u00a0p.', ar: ' نقطة مئوية', zh: '个百分点', ru: '\u00a0п.\u00a0п.', sw: ' pointi' };

/** The Intl locale of a language ("ar" → "ar-u-nu-arab"). */
export function numberLocale(language: Language): string {
  return NUMBER_LOCALES[language] ?? 'en';
}

const MISSING = '—';
const cache = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const english = (locale: string) => locale === 'en' || locale.startsWith('en-');
const base = (locale: string) => locale.split('-')[0]!.toLowerCase();

/** A number with at most `maxDigits` decimals (at least `minDigits`), thousands grouped; "—" when not finite. */
export function formatNumber(n: number, locale: string, maxDigits = 2, minDigits = 0): string {
  return Number.isFinite(n) ? nf(locale, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(n) : MISSING;
}

/** A whole number (people, money, counts), rounded: "92,500", "92 500", "٩٢٬٥٠٠"; "—" when not finite. */
export function formatWhole(n: number, locale: string): string {
  return Number.isFinite(n) ? nf(locale, { maximumFractionDigits: 0 }).format(Math.round(n)) : MISSING;
}

/** A number with exactly `digits` decimals ("0.412"); "—" when not finite. */
export function formatFixed(n: number, locale: string, digits: number): string {
  return formatNumber(n, locale, digits, digits);
}

/** Two significant digits ("0.027"): below one unit, fixed decimals would round 0.027 and 0.031 alike. */
export function formatSignificant(n: number, locale: string, digits = 2): string {
  return Number.isFinite(n) ? nf(locale, { maximumSignificantDigits: digits }).format(n) : MISSING;
}

/** A share 0–1 as a percentage with at most `maxDigits` decimals: "20 %", "20,5 %", "٢٠٫٥٪؜"; "—" when not finite. */
export function formatPercent(share: number, locale: string, maxDigits = 1, minDigits = 0): string {
  if (!Number.isFinite(share)) return MISSING;
  if (english(locale)) return `${formatNumber(share * 100, locale, maxDigits, minDigits)} %`;
  return nf(locale, { style: 'percent', minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(share);
}

/** A change in percentage points, always signed unless zero: "+4.2 pp", "−1 pp", "0 pp", "+4,2 pt". */
export function formatPoints(points: number, locale: string, maxDigits = 1, minDigits = 0): string {
  if (!Number.isFinite(points)) return MISSING;
  const suffix = POINTS[base(locale)] ?? POINTS.en!;
  if (english(locale)) {
    const digits = formatNumber(Math.abs(points), locale, maxDigits, minDigits);
    const zero = Number(Math.abs(points).toFixed(maxDigits)) === 0;
    return `${zero ? '' : points > 0 ? '+' : '−'}${digits}${suffix}`;
  }
  return `${nf(locale, { signDisplay: 'exceptZero', minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(points)}${suffix}`;
}

/** Megabits per second, one decimal: "25.0 Mbps", "25,0 Mbit/s". */
export function formatMbps(mbps: number, locale: string): string {
  if (!Number.isFinite(mbps)) return MISSING;
  if (english(locale)) return `${formatFixed(mbps, locale, 1)} Mbps`;
  return nf(locale, { style: 'unit', unit: 'megabit-per-second', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mbps);
}

/** Milliseconds, whole: "30 ms", "30 мс". */
export function formatMs(ms: number, locale: string): string {
  if (!Number.isFinite(ms)) return MISSING;
  if (english(locale)) return `${formatWhole(ms, locale)} ms`;
  return nf(locale, { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 }).format(ms);
}

/** A calendar year (or a count in running text), in the locale's digits but never grouped: "2027", "٢٠٢٧" (not "2,027"). */
export function formatYear(year: number, locale: string): string {
  return Number.isFinite(year) ? nf(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(year) : MISSING;
}

/** A large number in a few characters, for chart ticks: "2.8M", "2,8 M", "279.9万". */
export function formatCompact(n: number, locale: string): string {
  return Number.isFinite(n) ? nf(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n) : MISSING;
}

/** A moment (ms since 1970 or a Date) as date and time: "29 Nov 2026, 14:05" in the locale's order. */
export function formatDate(when: number | Date, locale: string, timeZone?: string): string {
  const d = typeof when === 'number' ? new Date(when) : when;
  if (Number.isNaN(d.getTime())) return MISSING;
  // One formatter per locale and zone: making one per date cost ~1 ms each, and the project
  // menu formats every recent project's date on each render of the app (#18).
  const key = `${locale}|${timeZone ?? ''}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(english(locale) ? 'en-GB' : locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) })));
  return f.format(d);
}
