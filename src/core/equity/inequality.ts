// One summary of how unequal an indicator is across districts, for the equity panel.

import { gini } from './gini.ts';
import { palma } from './palma.ts';
import { theil } from './theil.ts';
import { usableDistricts, weightedTotals } from './districts.ts';

/** Inequality of one indicator across districts; measures are unitless. */
export interface Inequality {
  /** Districts used: those where neither the value nor the weight is missing (NaN). */
  readonly n: number;
  /** Lowest and highest value among the districts used (unweighted), in the indicator's unit. */
  readonly min: number;
  readonly max: number;
  /** Weighted mean Σw·x / Σw, in the indicator's unit. */
  readonly mean: number;
  /** Gini coefficient, 0–1. */
  readonly gini: number;
  /** Theil T index, ≥ 0. */
  readonly theil: number;
  /** Palma ratio (top-10 % ÷ bottom-40 % share; 0.25 when all districts are equal). */
  readonly palma: number;
}

/**
 * Inequality of values x (in any non-negative unit) across districts weighted by w (population;
 * 1 each by default). Districts with x or w missing are left out. Everything is NaN when n = 0;
 * gini and theil are NaN when the mean is 0; palma is NaN when the bottom 40 % hold nothing.
 * A district of weight 0 counts in n, min and max but in none of the weighted measures.
 */
export function inequality(x: ArrayLike<number>, w?: ArrayLike<number>): Inequality {
  const index = usableDistricts(x, w);
  let min = Number.NaN;
  let max = Number.NaN;
  for (const i of index) {
    const xi = x[i]!;
    if (!(xi >= min)) min = xi;
    if (!(xi <= max)) max = xi;
  }
  const { W, S } = weightedTotals(index, x, w);
  return { n: index.length, min, max, mean: S / W, gini: gini(x, w), theil: theil(x, w), palma: palma(x, w) };
}
