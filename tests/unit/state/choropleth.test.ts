import { describe, expect, test } from 'vitest';
import { NO_DATA_RGB, rgbHex, sequentialRamp, SUPPRESSED_RGB } from '../../../src/core/classify/palette.ts';
import { boundsLabel, choropleth, DEFAULT_CLASS_SETTINGS, entryLabel } from '../../../src/state/choropleth.ts';
import { measureScheme, schemeReading } from '../../../src/state/measure-scheme.ts';
import { formatValue, measuresOf } from '../../../src/state/measures.ts';

const pct = (...v: number[]) => ({ values: Float64Array.from(v), unit: 'percent' as const });
const level = measureScheme('internet_use.total', 'percent');

describe('choropleth', () => {
  test('ten values 1..10 in 5 quantile classes hold two districts each, with bounds that say where 3.0 % goes', () => {
    // Quantile breaks by rank (breaks.test.ts): 3, 5, 7, 9.
    const c = choropleth(pct(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), level);
    expect(c.legend.map((e) => e.count)).toEqual([2, 2, 2, 2, 2]);
    expect(c.legend.map((e) => e.label)).toEqual(['≥ 1.0 % to < 3.0 %', '≥ 3.0 % to < 5.0 %', '≥ 5.0 % to < 7.0 %', '≥ 7.0 % to < 9.0 %', '≥ 9.0 % to ≤ 10.0 %']);
    expect(c.colors[9]).toEqual(sequentialRamp(5)[4]);
  });
  test('classes are cut on the values as shown: 17.46 reads "17.5 %" and so sits in the class "≥ 17.5 %"', () => {
    const c = choropleth(pct(17.44, 17.46, 17.5), level, { ...DEFAULT_CLASS_SETTINGS, classes: 2 });
    expect(c.breaks).toEqual([17.5]);
    expect(Array.from(c.classes)).toEqual([0, 1, 1]);
  });
  test('counts read as whole numbers: 0, 0, 1, 2, 5, 9 in 3 classes → "0", "1–4", "5–9", never "0 – 1, 1 – 2"', () => {
    // Targets ranks 2 and 4 → values 1 and 5.
    const c = choropleth({ values: Float64Array.of(0, 0, 1, 2, 5, 9), unit: 'count' }, measureScheme('points.schools.count', 'count'), { ...DEFAULT_CLASS_SETTINGS, classes: 3 });
    expect(c.legend.map((e) => [e.label, e.count])).toEqual([['0', 2], ['1–4', 2], ['5–9', 2]]);
  });
  test('a gap is diverging around 0: each side classified on its own, shades deepen away from 0 on both sides', () => {
    // Below 0: −4, −1 → one break at −1; from 0 up: 0, 2, 6, 8 → break at rank 2 → 6.
    const gap = measureScheme('internet_use.gap.male-female', 'points');
    expect(gap).toMatchObject({ kind: 'diverging', centre: 0, better: 'centre' });
    const c = choropleth({ values: Float64Array.of(-4, -1, 0, 2, 6, 8), unit: 'points' }, gap, { ...DEFAULT_CLASS_SETTINGS, classes: 4 });
    expect(c.breaks).toEqual([-1, 0, 6]);
    expect(Array.from(c.classes)).toEqual([0, 1, 2, 2, 3, 3]);
    expect(c.legend.map((e) => rgbHex(e.color))).toEqual(['#e66101', '#fdb863', '#b2abd2', '#5e3c99']); // PuOr 5 without its centre
    // Zero has no sign (i18n/format.ts formatPoints).
    expect(c.legend[2]!.label).toBe('≥ 0.0 pp to < +6.0 pp');
  });
  test('parity is diverging around 1, and says so', () => {
    const s = measureScheme('internet_use.parity.female/male', 'ratio');
    expect(s).toMatchObject({ kind: 'diverging', centre: 1 });
    expect(s.reading).toContain('1 (parity)');
    const c = choropleth({ values: Float64Array.of(0.5, 0.9, 1.1), unit: 'ratio' }, s);
    expect(c.breaks).toContain(1);
    expect(c.classes[1]).toBeLessThan(c.classes[2]!);
  });
  test('suppressed and missing figures are counted and coloured apart; thin ones keep their class', () => {
    const c = choropleth({ values: Float64Array.of(1, Number.NaN, Number.NaN, 5), unit: 'percent', suppressed: Uint8Array.of(0, 1, 0, 0), thin: Uint8Array.of(0, 0, 0, 1) }, level);
    expect([c.suppressed, c.missing, c.thin]).toEqual([1, 1, 1]);
    expect(c.colors[1]).toEqual(SUPPRESSED_RGB);
    expect(c.colors[2]).toEqual(NO_DATA_RGB);
    expect(c.classes[3]).toBe(1);
  });
  test('manual breaks outside the values leave open, empty classes that say so', () => {
    const c = choropleth(pct(5, 6), level, { ...DEFAULT_CLASS_SETTINGS, method: 'manual', manual: [10, 20] });
    expect(c.legend.map((e) => [e.label, e.count])).toEqual([['≥ 5.0 % to < 10.0 %', 2], ['≥ 10.0 % to < 20.0 %', 0], ['≥ 20.0 %', 0]]);
  });
  test('all values missing gives an empty legend', () => {
    expect(choropleth(pct(Number.NaN), level).legend).toEqual([]);
  });
  test('which end is better: speeds up, latency down, unknown rates say only what darker means', () => {
    expect(measureScheme('tiles.fixed.download_mbps', 'mbps').better).toBe('higher');
    expect(measureScheme('tiles.fixed.latency_ms', 'ms').better).toBe('lower');
    expect(measureScheme('internet_use.total', 'percent').reading).toBe('Darker = higher.');
    const composite = { id: 'idx', pillars: [{ name: 'p', indicators: [{ measure: 'internet_use.total', direction: 'higher-is-better' as const }] }] };
    expect(measureScheme('internet_use.total', 'percent', composite).better).toBe('higher');
  });
});

describe('measures', () => {
  test('measures are the engine\'s district columns, grouped by their indicator', () => {
    const values = Float64Array.of(1);
    const m = measuresOf([
      { name: 'internet_use.male', label: 'Internet use — male', code: { code: 'rate', indicator: 'Internet use', group: 'male' }, unit: 'percent', values, source: 'internet_use' },
      { name: 'points.schools.count', label: 'schools: count', code: { code: 'point-count', layer: 'schools' }, unit: 'count', values, source: 'points.schools', suppressed: Uint8Array.of(0) },
    ]);
    expect(m.map((x) => [x.key, x.indicatorId, x.unit])).toEqual([['internet_use.male', 'internet_use', 'percent'], ['points.schools.count', 'points.schools', 'count']]);
    expect(m[1]!.suppressed).toEqual(Uint8Array.of(0));
  });
  test('formatting says the unit', () => {
    expect(formatValue(52.38, 'percent')).toBe('52.4 %');
    expect(formatValue(5.79, 'points')).toBe('+5.8 pp');
    expect(formatValue(-2, 'points')).toBe('−2.0 pp');
    expect(formatValue(Number.NaN, 'percent')).toBe('—');
    expect(formatValue(40.04, 'mbps')).toBe('40.0 Mbps');
    expect(formatValue(1234.4, 'count')).toBe('1,234');
  });
});

import { districtOrder } from '../../../src/state/district-order.ts';

describe('districtOrder', () => {
  const names = ['Nairobi', 'Mombasa', 'Kisumu', 'Lamu'];
  const measure = { key: 'x', indicatorId: 'x', label: 'x', unit: 'percent' as const, values: Float64Array.of(52, 40, Number.NaN, 40) };
  test('descending by value, ties by name, missing last', () => {
    expect(districtOrder(names, measure, true)).toEqual([0, 3, 1, 2]);
    expect(districtOrder(names, measure, false)).toEqual([3, 1, 0, 2]);
  });
  test('by name', () => {
    expect(districtOrder(names, undefined, false)).toEqual([2, 3, 1, 0]);
  });
});

test('never more classes than districts: four values make four classes of one', () => {
  const c = choropleth(pct(192, 216.6, 215.5, 244.5, Number.NaN), level);
  expect(c.legend.map((e) => e.count)).toEqual([1, 1, 1, 1]);
  expect(c.missing).toBe(1);
});

import { mapSummary } from '../../../src/state/map-summary.ts';
import { createI18n, wordsOf } from '../../../src/i18n/i18n.ts';

describe('mapSummary', () => {
  const english = wordsOf(createI18n('en'));
  const measure = { key: 'x', indicatorId: 'x', label: 'Internet use — total', unit: 'percent' as const, values: Float64Array.of(52.4, 10, Number.NaN, 30, 20, 40, 5) };
  const names = ['Nairobi', 'Turkana', 'Lamu', 'Kisumu', 'Kitui', 'Kiambu', 'Mandera'];
  test('names the three highest and the three lowest, lowest first, and counts districts without a figure', () => {
    expect(mapSummary(names, measure, 'county', english)).toBe(
      '7 counties by Internet use — total. Highest: Nairobi 52.4 %, Kiambu 40.0 %, Kisumu 30.0 %. Lowest: Mandera 5.0 %, Turkana 10.0 %, Kitui 20.0 %. 1 without a figure.',
    );
  });
  test('with three districts, the ends do not overlap: two highest, one lowest', () => {
    expect(mapSummary(names.slice(0, 3), { ...measure, values: Float64Array.of(3, 1, 2) }, 'county', english)).toBe('3 counties by Internet use — total. Highest: Nairobi 3.0 %, Lamu 2.0 %. Lowest: Turkana 1.0 %.');
  });
  test('in Arabic: Arabic-Indic digits, the Arabic comma between districts, counts not grouped', () => {
    // ar.json: "{{total}} {{nouns}} حسب {{measure}}." and "الأعلى: {{list}}."; 3.0 % → "٣٫٠٪؜" (ar-u-nu-arab).
    const arabic = mapSummary(names.slice(0, 3), { ...measure, values: Float64Array.of(3, 1, 2) }, 'county', wordsOf(createI18n('ar')));
    expect(arabic).toContain('الأعلى: Nairobi ٣٫٠٪؜، Lamu ٢٫٠٪؜.');
    expect(arabic.startsWith('٣ ')).toBe(true);
    expect(mapSummary(Array.from({ length: 1439 }, (_, i) => `d${i}`), { ...measure, values: new Float64Array(1439) }, 'district', english)).toMatch(/^1439 districts by /);
  });
});


describe('the legend in the planner\'s language', () => {
  const fr = wordsOf(createI18n('fr'));
  const ar = wordsOf(createI18n('ar'));
  test('class bounds: the words and digits of the language, open bounds from infinite entries', () => {
    // fr.json "legend.range": "≥ {{from}} à < {{to}}"; the figures as the French table shows them ("10,0 %", Intl's space).
    expect(boundsLabel(10, 20, false, 'percent', fr)).toBe(`≥ ${formatValue(10, 'percent', 'fr')} à < ${formatValue(20, 'percent', 'fr')}`);
    expect(formatValue(10, 'percent', 'fr')).toMatch(/^10,0\s%$/);
    expect(boundsLabel(10, 20, false, 'percent')).toBe('≥ 10.0 % to < 20.0 %');
    expect(entryLabel({ from: Number.NEGATIVE_INFINITY, to: 5 }, false, 'count', ar)).toBe('≤ ٤');
    expect(entryLabel({ from: 3, to: 6 }, false, 'count', ar)).toBe('٣–٥');
  });
  test('the reading sentence: a gap reads around 0 pp in the language\'s notation', () => {
    const gap = measureScheme('internet_use.gap.male-female', 'points');
    expect(schemeReading('internet_use.gap.male-female', gap, wordsOf(createI18n('en')))).toBe(gap.reading);
    // ar.json "legend.reading.gap"; formatPoints(0, ar) = "٠ نقطة مئوية".
    expect(schemeReading('internet_use.gap.male-female', gap, ar)).toBe('الأقرب إلى ٠ نقطة مئوية (لا فجوة) أفضل؛ فوق ٠: male في المقدمة، وتحت ٠: female في المقدمة.');
    const level = measureScheme('internet_use.total', 'percent');
    expect(schemeReading('internet_use.total', level, fr)).toBe('Plus foncé = plus élevé.');
  });
});
