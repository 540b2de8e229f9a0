// The map in words, for a screen reader (and anyone who cannot tell colours apart): what it
// shows, for how many districts, and the highest and lowest of them, in the planner's language.
import { formatYear } from '../i18n/format.ts';
import { figureText, measureLabel, type Measure } from './measures.ts';
import { nounText, type Words } from './words.ts';

/** How many districts to name at each end. */
const ENDS = 3;

/**
 * One paragraph: "47 counties by Internet use — total. Highest: Nairobi 52.4 %, …. Lowest: ….
 * 2 without a figure." `noun` is what one district is called ("county").
 */
export function mapSummary(names: readonly string[], measure: Measure, noun: string, words: Words): string {
  const { t, locale } = words;
  const shown: number[] = [];
  for (let d = 0; d < names.length; d++) if (Number.isFinite(measure.values[d]!)) shown.push(d);
  // Highest first; ties by name so the words do not change between runs.
  shown.sort((a, b) => measure.values[b]! - measure.values[a]! || names[a]!.localeCompare(names[b]!));
  const list = (ds: readonly number[]) => ds.map((d) => t('map.summary.item', { name: names[d]!, value: figureText(measure, d, words) })).join(t('list.separator'));
  // Counts in running text are not grouped ("1439 districts"), as the sentence always read.
  const parts = [t('map.summary.head', { total: formatYear(names.length, locale), nouns: nounText(noun, words, names.length), measure: measureLabel(measure, words) })];
  if (shown.length) {
    const n = Math.min(ENDS, Math.ceil(shown.length / 2));
    parts.push(t('map.summary.highest', { list: list(shown.slice(0, n)) }));
    if (shown.length > 1) parts.push(t('map.summary.lowest', { list: list(shown.slice(-Math.min(n, shown.length - n)).reverse()) }));
  }
  const without = names.length - shown.length;
  if (without > 0) parts.push(t('map.summary.without', { count: without, total: formatYear(without, locale) }));
  return parts.join(' ');
}
