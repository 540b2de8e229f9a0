// How a measure is coloured and read: a level on a sequential ramp, or a figure with a centre
// (a gap of 0 points, a parity of 1) on a diverging one; which end is better, when the
// project says or the figure's nature does; and the step its values are shown at, so that
// classes are cut on the figures as the planner reads them.
import type { CompositeSpec } from '../core/project/types.ts';
import { parseMeasure } from '../core/project/measure.ts';
import { formatNumber, formatPoints } from '../i18n/format.ts';
import type { Unit } from './measures.ts';
import type { Words } from './words.ts';

export type Better = 'higher' | 'lower' | 'centre' | null;

export interface MeasureScheme {
  readonly kind: 'sequential' | 'diverging';
  /** The neutral value of a diverging measure (0 for a gap, 1 for parity). */
  readonly centre?: number;
  readonly better: Better;
  /** One sentence for the legend: which end is better, or what darker means. */
  readonly reading: string;
  /** Smallest difference the table shows (0.1 for "52.4 %", 1 for counts). */
  readonly step: number;
}

/** Display step per unit: the precision formatValue writes. */
export const UNIT_STEP: Readonly<Record<Unit, number>> = { percent: 0.1, points: 0.1, ratio: 0.001, count: 1, value: 0.01, mbps: 0.1, ms: 1, index: 0.001 };

/** The scheme of a districts.csv column, given its unit and the project's composite index (which states directions). */
export function measureScheme(key: string, unit: Unit, composite?: CompositeSpec): MeasureScheme {
  const step = UNIT_STEP[unit];
  // One group of a grouped tile layer (tile-group-measures.ts) reads as the layer's figure.
  key = key.replace(/@\d+$/, '');
  const parsed = parseMeasure(key.replace(/\.moe$/, ''));
  if (key.endsWith('.moe')) return { kind: 'sequential', better: 'lower', reading: 'Darker = wider margin of error (less certain).', step };
  if (parsed?.kind === 'gap') return { kind: 'diverging', centre: 0, better: 'centre', reading: `Closer to 0 pp (no gap) is better; above 0: ${parsed.a} ahead, below 0: ${parsed.b} ahead.`, step };
  if (parsed?.kind === 'parity') return { kind: 'diverging', centre: 1, better: 'centre', reading: `Closer to 1 (parity) is better; below 1: ${parsed.b} behind ${parsed.a}.`, step };
  const better = betterEnd(key, parsed, composite);
  const reading = better === 'higher' ? 'Darker = higher; higher is better.' : better === 'lower' ? 'Darker = higher; lower is better.' : 'Darker = higher.';
  return { kind: 'sequential', better, reading, step };
}

/** The legend's sentence in `words`' language (`reading` is the English one, for the CLI and tests). */
export function schemeReading(key: string, scheme: Pick<MeasureScheme, 'better'>, words: Words): string {
  const { t, locale } = words;
  const parsed = parseMeasure(key.replace(/\.moe$/, ''));
  if (key.endsWith('.moe')) return t('legend.reading.moe');
  if (parsed?.kind === 'gap') return t('legend.reading.gap', { zero: formatPoints(0, locale), nought: formatNumber(0, locale), a: parsed.a, b: parsed.b });
  if (parsed?.kind === 'parity') return t('legend.reading.parity', { one: formatNumber(1, locale), a: parsed.a, b: parsed.b });
  return t(scheme.better === 'higher' ? 'legend.reading.higher' : scheme.better === 'lower' ? 'legend.reading.lower' : 'legend.reading.level');
}

function betterEnd(key: string, parsed: ReturnType<typeof parseMeasure>, composite?: CompositeSpec): Better {
  const stated = composite?.pillars.flatMap((p) => p.indicators).find((i) => i.measure === key)?.direction;
  if (stated) return stated === 'higher-is-better' ? 'higher' : 'lower';
  if (composite && (key === composite.id || key.startsWith(`${composite.id}.`))) return 'higher'; // the index is oriented so (composite.ts)
  if (parsed?.kind === 'tiles') {
    if (parsed.metric === 'download_mbps' || parsed.metric === 'upload_mbps') return 'higher';
    if (parsed.metric === 'latency_ms' || parsed.metric.startsWith('share_tests_below_')) return 'lower';
  }
  return null;
}
