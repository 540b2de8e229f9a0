// The Lorenz curve of a figure across districts: districts ranked by the figure, lowest first;
// each point is (share of the population so far, share of the total Σw·x held so far). Inside a
// district everyone holds the same x, so the curve is straight between points — the same
// assumption palma.ts makes when a cut falls inside a district, and the one under which twice
// the area between the diagonal and the curve is exactly the Gini of gini.ts.

import { ascendingByValue, usableDistricts, weightedTotals, weightOf } from './districts.ts';

/** A Lorenz curve: point k (k ≥ 1) closes district order[k − 1]; point 0 is (0, 0). */
export interface LorenzCurve {
  /** Cumulative population (weight) share, 0–1, non-decreasing. */
  readonly population: Float64Array;
  /** Cumulative share of Σw·x, 0–1, non-decreasing. */
  readonly outcome: Float64Array;
  /** District numbers in the order the curve takes them (ascending by x). */
  readonly order: Uint32Array;
}

/** Lorenz curve of x (non-negative) weighted by w (1 each by default); empty (one point) when there is no weight or nothing held. */
export function lorenz(x: ArrayLike<number>, w?: ArrayLike<number>): LorenzCurve {
  const order = ascendingByValue(usableDistricts(x, w), x);
  const { W, S } = weightedTotals(order, x, w);
  if (!(W > 0 && S > 0)) return { population: Float64Array.of(0), outcome: Float64Array.of(0), order: new Uint32Array(0) };
  const population = new Float64Array(order.length + 1);
  const outcome = new Float64Array(order.length + 1);
  let cw = 0;
  let cs = 0;
  order.forEach((i, k) => {
    const wi = weightOf(w, i);
    cw += wi;
    cs += wi * x[i]!;
    population[k + 1] = cw / W;
    outcome[k + 1] = cs / S;
  });
  return { population, outcome, order };
}

/** Twice the area between the diagonal and the curve (unitless, 0–1): the Gini; NaN for an empty curve. */
export function lorenzGini(curve: LorenzCurve): number {
  const { population: p, outcome: l } = curve;
  if (p.length < 2) return Number.NaN;
  // Area under the curve by trapezoids; the diagonal's area is ½.
  let under = 0;
  for (let k = 1; k < p.length; k++) under += ((p[k]! - p[k - 1]!) * (l[k]! + l[k - 1]!)) / 2;
  return 1 - 2 * under;
}

/** Share of the total (0–1) held by the lowest `populationShare` (0–1) of the population, read off the straight pieces; NaN for an empty curve. */
export function heldByLowest(curve: LorenzCurve, populationShare: number): number {
  const { population: p, outcome: l } = curve;
  if (p.length < 2) return Number.NaN;
  if (populationShare <= 0) return 0;
  for (let k = 1; k < p.length; k++) {
    if (p[k]! >= populationShare && p[k]! > p[k - 1]!) {
      return l[k - 1]! + ((populationShare - p[k - 1]!) / (p[k]! - p[k - 1]!)) * (l[k]! - l[k - 1]!);
    }
  }
  return 1;
}
