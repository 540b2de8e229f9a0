// Gini coefficient across districts, population-weighted:
//   G = ΣᵢΣⱼ wᵢwⱼ|xᵢ − xⱼ| / (2 (Σw)² m),   m = Σw·x / Σw.
// Computed in O(n log n): after sorting by x, each district i differs from every lower
// district j by xᵢ − xⱼ ≥ 0, so the pairs below i sum to wᵢ(xᵢ·W_below − S_below), and the
// double sum counts every unordered pair twice.

import { ascendingByValue, usableDistricts, weightOf } from './districts.ts';

/** Weighted Gini coefficient (0 = all districts equal, → 1 = all held by one); NaN if no districts or mean 0. */
export function gini(x: ArrayLike<number>, w?: ArrayLike<number>): number {
  const order = ascendingByValue(usableDistricts(x, w), x);
  let below = 0;
  let W = 0;
  let S = 0;
  for (const i of order) {
    const wi = weightOf(w, i);
    const xi = x[i]!;
    below += wi * (xi * W - S);
    W += wi;
    S += wi * xi;
  }
  // 2·below / (2·W²·m) with W·m = S.
  return S > 0 ? below / (W * S) : Number.NaN;
}
