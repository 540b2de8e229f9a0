// Numbers in the planner's language. Expected strings follow CLDR as Intl gives it: French
// groups thousands with a narrow no-break space (U+202F), puts a no-break space (U+00A0)
// before % and writes a decimal comma; Arabic
// is asked for Arabic-Indic digits (U+0660–0669) with the Arabic decimal (U+066B) and
// thousands (U+066C) separators; Swahili writes like English.
import { describe, expect, test } from 'vitest';
import { formatCompact, formatDate, formatFixed, formatMbps, formatMs, formatNumber, formatPercent, formatPoints, formatWhole, formatYear, numberLocale } from '../../../src/i18n/format.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const [fr, ar, sw, en] = [numberLocale('fr'), numberLocale('ar'), numberLocale('sw'), numberLocale('en')];

describe('numbers', () => {
  test('1234567.8 in English, French, Arabic and Swahili', () => {
    expect(formatNumber(1234567.8, en)).toBe('1,234,567.8');
    expect(formatNumber(1234567.8, fr)).toBe(`1${NNBSP}234${NNBSP}567,8`);
    expect(formatNumber(1234567.8, ar)).toBe('١٬٢٣٤٬٥٦٧٫٨');
    expect(formatNumber(1234567.8, sw)).toBe('1,234,567.8');
  });

  test('Arabic-Indic digits are a deliberate choice, not whatever bare "ar" defaults to', () => {
    expect(ar).toBe('ar-u-nu-arab');
    expect(formatWhole(2025, ar)).toBe('٢٬٠٢٥');
  });

  test('whole numbers round; fixed decimals are kept; missing is a dash', () => {
    expect(formatWhole(92499.5, en)).toBe('92,500');
    expect(formatFixed(0.5, fr, 3)).toBe('0,500');
    expect(formatNumber(Number.NaN, fr)).toBe('—');
    expect(formatWhole(Number.POSITIVE_INFINITY, ar)).toBe('—');
  });
});

describe('percentages and points', () => {
  test('English keeps the app’s "52.4 %"; other languages follow CLDR', () => {
    expect(formatPercent(0.524, en)).toBe('52.4 %');
    expect(formatPercent(0.2, en)).toBe('20 %');
    expect(formatPercent(0.524, fr)).toBe(`52,4${NBSP}%`); // CLDR: a (wide) no-break space before %
    expect(formatPercent(0.524, sw)).toBe('52.4%');
    expect(formatPercent(0.524, ar)).toBe('٥٢٫٤٪؜');
    expect(formatPercent(0.3, en, 1, 1)).toBe('30.0 %');
  });

  test('points are signed unless zero, with each language’s abbreviation', () => {
    expect(formatPoints(4.2, en)).toBe('+4.2 pp');
    expect(formatPoints(-1, en)).toBe('−1 pp');
    expect(formatPoints(0, en)).toBe('0 pp');
    expect(formatPoints(-2, en, 1, 1)).toBe('−2.0 pp');
    expect(formatPoints(4.2, fr)).toBe(`+4,2${NNBSP}pt`);
    expect(formatPoints(4.2, sw)).toBe('+4.2 pointi');
  });
});

describe('units, compact numbers and dates', () => {
  test('speeds and latency', () => {
    expect(formatMbps(40.04, en)).toBe('40.0 Mbps');
    expect(formatMbps(40.04, fr)).toBe(`40,0${NNBSP}Mbit/s`);
    expect(formatMs(30.4, en)).toBe('30 ms');
  });

  test('compact numbers for chart ticks: 2,798,589 people', () => {
    expect(formatCompact(2798589, en)).toBe('2.8M');
    expect(formatCompact(2798589, numberLocale('zh'))).toBe('279.9万');
    expect(formatCompact(2798589, ar)).toBe(`٢٫٨${NBSP}مليون`);
  });

  test('years are never grouped, in the locale’s digits: 2027, not 2,027', () => {
    expect(formatYear(2027, en)).toBe('2027');
    expect(formatYear(2027, ar)).toBe('٢٠٢٧');
    expect(formatYear(2027, fr)).toBe('2027');
    expect(formatWhole(2027, en)).toBe('2,027');
  });

  test('dates in the locale’s order (pinned to UTC)', () => {
    const when = Date.UTC(2026, 10, 29, 14, 5);
    expect(formatDate(when, en, 'UTC')).toBe('29 Nov 2026, 14:05');
    expect(formatDate(when, fr, 'UTC')).toBe('29 nov. 2026, 14:05');
    expect(formatDate(when, sw, 'UTC')).toBe('29 Nov 2026, 14:05');
    expect(formatDate(Number.NaN, en)).toBe('—');
  });
});
