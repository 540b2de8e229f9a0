// Theil T index across districts, population-weighted, and its exact split into the
// inequality between regions and within them:
//   T = Σ (w/W)(x/m) ln(x/m)                       (a district with x = 0 adds 0: lim x ln x = 0)
//   T = T_between + Σ_g s_g T_g,   s_g = W_g m_g / (W m),   T_between = Σ_g (W_g/W)(m_g/m) ln(m_g/m)

import { usableDistricts, weightedTotals, weightOf } from './districts.ts';

/** Weighted Theil T index (0 = all districts equal; at most ln Σw); NaN if no districts or mean 0. */
export function theil(x: ArrayLike<number>, w?: ArrayLike<number>): number {
  const index = usableDistricts(x, w);
  const { W, S } = weightedTotals(index, x, w);
  return theilAround(index, x, w, W, S / W);
}

/** Theil T of some districts around their own mean m, with W their total weight. */
function theilAround(index: ArrayLike<number>, x: ArrayLike<number>, w: ArrayLike<number> | undefined, W: number, m: number): number {
  if (!(m > 0)) return Number.NaN;
  let t = 0;
  for (let k = 0; k < index.length; k++) {
    const i = index[k]!;
    const r = x[i]! / m;
    if (r > 0) t += weightOf(w, i) * r * Math.log(r);
  }
  return t / W;
}

/** Theil T split into between- and within-region parts (unitless, nats). */
export interface TheilDecomposition {
  /** Theil T over all districts. */
  readonly theil: number;
  /** Part of T due to differences between regional means. */
  readonly between: number;
  /** Part of T due to differences inside regions: Σ_g s_g·T_g. */
  readonly within: number;
  /** Weighted mean of x per region; NaN for a region without weight. */
  readonly regionMean: Float64Array;
  /** Theil T inside each region; NaN where the regional mean is 0 or undefined. */
  readonly regionTheil: Float64Array;
  /** Region's share s_g of the total Σw·x (0–1); these sum to 1. */
  readonly regionShare: Float64Array;
}

/**
 * Theil T split into between-region and within-region parts; region[i] ∈ [0, nRegions) labels
 * district i. Regions holding nothing (s_g = 0) add 0 to both parts. All NaN if the mean is 0.
 */
export function theilDecomposition(
  x: ArrayLike<number>,
  region: ArrayLike<number>,
  nRegions: number,
  w?: ArrayLike<number>,
): TheilDecomposition {
  if (!Number.isInteger(nRegions) || nRegions < 0) throw new RangeError(`number of regions must be a whole number ≥ 0, got ${nRegions}`);
  if (region.length !== x.length) throw new Error(`regions cover ${region.length} districts but values cover ${x.length}`);
  const index = usableDistricts(x, w);
  const members: number[][] = Array.from({ length: nRegions }, () => []);
  for (const i of index) {
    const g = region[i]!;
    if (!(Number.isInteger(g) && g >= 0 && g < nRegions)) {
      throw new RangeError(`district ${i}: region ${g} is not in [0, ${nRegions})`);
    }
    members[g]!.push(i);
  }
  const { W, S } = weightedTotals(index, x, w);
  const m = S / W;
  const regionMean = new Float64Array(nRegions);
  const regionTheil = new Float64Array(nRegions);
  const regionShare = new Float64Array(nRegions);
  let between = 0;
  let within = 0;
  for (let g = 0; g < nRegions; g++) {
    const ig = Uint32Array.from(members[g]!);
    const totals = weightedTotals(ig, x, w);
    const mg = totals.S / totals.W;
    const sg = totals.S / S;
    regionMean[g] = mg;
    regionTheil[g] = theilAround(ig, x, w, totals.W, mg);
    regionShare[g] = sg;
    if (sg > 0) {
      // (W_g/W)(m_g/m) is s_g itself.
      between += sg * Math.log(mg / m);
      within += sg * regionTheil[g]!;
    }
  }
  if (!(m > 0)) return { theil: Number.NaN, between: Number.NaN, within: Number.NaN, regionMean, regionTheil, regionShare };
  return { theil: theilAround(index, x, w, W, m), between, within, regionMean, regionTheil, regionShare };
}
