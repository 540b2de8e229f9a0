// What each indicator adds to a district's composite index: weight as used × normalised value.
// The weights and normalised values come from composite.ts, the very functions the run's
// worker called over the same district columns, so the parts add up to the index in
// districts.csv (up to rounding in the last place).
import { compositeIndex, normaliseIndicator } from './composite.ts';
import type { CompositeSpec } from '../project/types.ts';

/** A district figure by name: its values in district order, NaN where missing. */
export interface NamedFigure {
  readonly name: string;
  readonly values: Float64Array;
}

/** One indicator's part in one district's index (all unitless). */
export interface CompositePart {
  readonly pillar: string;
  /** The district column it reads (`internet_use.total`). */
  readonly measure: string;
  /** Pillar weight × indicator weight, as used (the shares sum to 1 over the index). */
  readonly weight: number;
  /** The district's value normalised and oriented (higher = better connected); NaN when missing. */
  readonly normalised: number;
  /** weight × normalised: what it adds to the index. */
  readonly contribution: number;
}

/** Parts of district `d`'s index, in the spec's order; indicators of weight 0 are left out (they count for nothing). */
export function compositeParts(spec: CompositeSpec, columns: readonly NamedFigure[], d: number): CompositePart[] {
  const byName = new Map(columns.map((c) => [c.name, c.values]));
  const normalisation = spec.normalisation ?? 'min-max';
  const pillars = spec.pillars.map((p) => ({
    name: p.name,
    weight: p.weight ?? 1,
    indicators: p.indicators.map((i) => ({ name: i.measure, values: byName.get(i.measure) ?? new Float64Array(0), direction: i.direction, weight: i.weight ?? 1 })),
  }));
  const used = compositeIndex(pillars, { normalisation });
  return pillars.flatMap((p, k) =>
    p.indicators.flatMap((i, j) => {
      const weight = used.pillarWeights[k]! * used.indicatorWeights[k]![j]!;
      if (weight === 0) return [];
      const normalised = normaliseIndicator(i.values, i.direction, normalisation)[d]!;
      return [{ pillar: p.name, measure: i.name, weight, normalised, contribution: weight * normalised }];
    }),
  );
}
