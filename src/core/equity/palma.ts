// Palma ratio across districts: the share of Σw·x held by the top 10 % of weight (population)
// over the share held by the bottom 40 %, districts ranked by x ascending.
// Districts are lumps of population, so a cut point usually falls inside one district; that
// district is split in proportion to weight (everyone in it holds x), i.e. the cumulative
// holding is piecewise-linear in cumulative weight, as for a Lorenz curve.

import { ascendingByValue, usableDistricts, weightedTotals, weightOf } from './districts.ts';

/** Weighted Palma ratio: top-10 % share ÷ bottom-40 % share (0.25 when all equal); NaN if the bottom 40 % hold nothing. */
export function palma(x: ArrayLike<number>, w?: ArrayLike<number>): number {
  const order = ascendingByValue(usableDistricts(x, w), x);
  const { W, S } = weightedTotals(order, x, w);
  const bottom40 = heldBelow(order, x, w, 0.4 * W);
  const top10 = S - heldBelow(order, x, w, 0.9 * W);
  // Both shares are over the same S, so it cancels.
  return bottom40 > 0 ? top10 / bottom40 : Number.NaN;
}

/** Σw·x held by the lowest `target` units of weight, splitting the district that straddles the cut. */
function heldBelow(order: Uint32Array, x: ArrayLike<number>, w: ArrayLike<number> | undefined, target: number): number {
  let cumulative = 0;
  let held = 0;
  for (const i of order) {
    const wi = weightOf(w, i);
    if (cumulative + wi >= target) return held + (target - cumulative) * x[i]!;
    cumulative += wi;
    held += wi * x[i]!;
  }
  return held;
}
