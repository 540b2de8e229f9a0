// The ranking chart's rows: every district with the figure shown, highest first (the table's
// default order), and — when the figure belongs to an indicator with groups — the two groups
// whose gap the dumbbell draws, read from the very measures the district table shows.
import { districtOrder } from '../district-order.ts';
import type { Measure } from '../measures.ts';

/** One district on the ranking; values in the measure's unit, NaN when missing or withheld. */
export interface RankingRow {
  readonly district: number;
  readonly value: number;
  /** The two groups' figures (group a, group b) when the chart has a dumbbell. */
  readonly a?: number;
  readonly b?: number;
}

export interface Ranking {
  /** Districts with a figure, highest first, ties by name; then the rest in name order. */
  readonly rows: readonly RankingRow[];
  /** The two groups' measures when the figure's indicator has a gap between groups. */
  readonly pair: { readonly a: Measure; readonly b: Measure } | null;
}

/** The ranking of `measure` over `names`' districts, with a dumbbell pair taken from `measures` (the run's measures). */
export function ranking(names: readonly string[], measure: Measure, measures: readonly Measure[]): Ranking {
  const pair = dumbbellPair(measure, measures);
  const rows = districtOrder(names, measure, true).map((d) => ({
    district: d,
    value: measure.values[d]!,
    ...(pair ? { a: pair.a.values[d]!, b: pair.b.values[d]! } : {}),
  }));
  return { rows, pair };
}

/**
 * The groups to join by a dumbbell: a gap's own two groups; for a group's rate, the first gap
 * that names that group (else the indicator's first gap). Null for figures without groups.
 */
export function dumbbellPair(measure: Measure, measures: readonly Measure[]): { a: Measure; b: Measure } | null {
  const code = measure.code;
  if (!code || (code.code !== 'rate' && code.code !== 'gap' && code.code !== 'parity')) return null;
  const gaps = measures.filter((m) => m.indicatorId === measure.indicatorId && m.code?.code === 'gap');
  const gap = code.code === 'rate' ? (gaps.find((g) => g.code?.code === 'gap' && (g.code.a === code.group || g.code.b === code.group)) ?? gaps[0]) : gaps.find((g) => g.code?.code === 'gap' && g.code.a === code.a && g.code.b === code.b);
  if (gap?.code?.code !== 'gap') return null;
  const { a, b } = gap.code;
  const rate = (group: string) => measures.find((m) => m.indicatorId === measure.indicatorId && m.code?.code === 'rate' && m.code.group === group);
  const ma = rate(a);
  const mb = rate(b);
  return ma && mb ? { a: ma, b: mb } : null;
}
