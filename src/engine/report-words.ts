// The printable report's language: its words (the catalogue's "report.*" keys) and its numbers.
// English keeps the report's own notation byte for byte ("52.4 %", "1439 counties", "0.4120"),
// so a report made before the report spoke seven languages reads the same; every other
// language formats through Intl (format.ts): "52,4 %", Arabic-Indic digits in Arabic.
import { escapeHtml, raw, type Html } from '../core/export/html.ts';
import type { MapWords } from '../core/export/svg-map.ts';
import { formatMbps, formatMs, formatNumber, formatPercent, formatPoints, formatWhole } from '../i18n/format.ts';
import { createI18n, wordsOf } from '../i18n/i18n.ts';
import { languageInfo, type Language } from '../i18n/languages.ts';
import type { MessageValues, Words } from '../state/words.ts';
import { nounText } from '../state/words.ts';
import type { DistrictColumn } from './district-columns.ts';

/** What the report is written with: the words, the numbers and the page's language and direction. */
export interface ReportLanguage {
  readonly words: Words;
  /** A catalogue text as markup: the text is ours (trusted), every value is escaped. */
  tx(key: string, values?: MessageValues): Html;
  readonly num: ReportNumbers;
  /** `<html lang>`: "en", "ar", "zh-Hans". */
  readonly tag: string;
  readonly rtl: boolean;
  /** `count` districts as a noun ("47 counties", "47 comtés"); English keeps its own plural. */
  nouns(noun: string, count: number): string;
  readonly map: MapWords;
}

/** The report's numbers in one language; English as the report always wrote them. */
export interface ReportNumbers {
  /** A count or a weight as the project writes it ("1439", "0.5"; grouped in other languages: "١٬٤٣٩"). */
  int(n: number): string;
  /** A count with thousands grouped ("150,000"). */
  grouped(n: number): string;
  /** Exactly `digits` decimals ("0.412"). */
  fixed(n: number, digits: number): string;
  /** A value already in percent (52.4) with `digits` decimals: "52.4 %". */
  percent(p: number, digits: number): string;
  /** Up to 4 decimals at or below 1, a grouped whole number above. */
  amount(x: number): string;
  /** A district figure by its unit; "—" when missing. */
  figure(value: number, unit: DistrictColumn['unit']): string;
}

const ENGLISH_NUMBERS: ReportNumbers = {
  int: (n) => String(n),
  grouped: (n) => n.toLocaleString('en'),
  fixed: (n, d) => n.toFixed(d),
  percent: (p, d) => `${p.toFixed(d)} %`,
  amount: (x) => (Math.abs(x) <= 1 ? x.toFixed(4) : Math.round(x).toLocaleString('en')),
  figure: (value, unit) => {
    if (!Number.isFinite(value)) return '—';
    switch (unit) {
      case 'percent': return `${value.toFixed(1)} %`;
      case 'points': return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} pp`;
      case 'ratio': case 'index': return value.toFixed(3);
      case 'count': return Math.round(value).toLocaleString('en');
      case 'mbps': return `${value.toFixed(1)} Mbps`;
      case 'ms': return `${value.toFixed(0)} ms`;
      default: return String(Math.round(value * 100) / 100);
    }
  },
};

/** Numbers in `locale` through Intl (format.ts). */
function intlNumbers(locale: string): ReportNumbers {
  const fixed = (n: number, d: number) => formatNumber(n, locale, d, d);
  return {
    int: (n) => formatNumber(n, locale, 3),
    grouped: (n) => formatNumber(n, locale, 3),
    fixed,
    percent: (p, d) => formatPercent(p / 100, locale, d, d),
    amount: (x) => (Math.abs(x) <= 1 ? fixed(x, 4) : formatWhole(x, locale)),
    figure: (value, unit) => {
      if (!Number.isFinite(value)) return '—';
      switch (unit) {
        case 'percent': return formatPercent(value / 100, locale, 1, 1);
        case 'points': return formatPoints(value, locale, 1, 1);
        case 'ratio': case 'index': return fixed(value, 3);
        case 'count': return formatWhole(value, locale);
        case 'mbps': return formatMbps(value, locale);
        case 'ms': return formatMs(value, locale);
        default: return formatNumber(value, locale, 2);
      }
    },
  };
}

/** English plural of a district noun ("county" → "counties", "ward" → "wards"). */
export function plural(noun: string): string {
  return /[^aeiou]y$/i.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** The report's language from `words` (a catalogue lookup and its Intl locale) for `language`. */
export function reportLanguage(words: Words, language: Language): ReportLanguage {
  const english = language === 'en';
  const info = languageInfo(language);
  const num = english ? ENGLISH_NUMBERS : intlNumbers(words.locale);
  const t = (key: string, values?: MessageValues) => words.t(key, values);
  return {
    words,
    tx: (key, values) => raw(t(key, values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'count' ? v : escapeHtml(String(v))])))),
    num,
    tag: info.tag,
    rtl: info.dir === 'rtl',
    nouns: (noun, count) => (english ? plural(noun) : nounText(noun, words, count)),
    map: {
      withheld: t('report.map.withheld'),
      noData: t('report.map.noData'),
      withheldCount: (n) => t('report.map.withheldCount', { n: num.int(n) }),
      noDataCount: (n) => t('report.map.noDataCount', { n: num.int(n) }),
      description: (title, districts, withheld) => t(withheld ? 'report.map.descriptionWithheld' : 'report.map.description', { title, districts: num.int(districts), withheld: num.int(withheld) }),
      km: (km) => t('report.map.km', { km: num.grouped(km) }),
    },
  };
}

const cache = new Map<Language, ReportLanguage>();

/** The report's language for `language`, from the bundled catalogues (the CLI, and the default: English). */
export function catalogueReportLanguage(language: Language = 'en'): ReportLanguage {
  let found = cache.get(language);
  if (!found) cache.set(language, (found = reportLanguage(wordsOf(createI18n(language)), language)));
  return found;
}
