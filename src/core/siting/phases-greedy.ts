// Lazy greedy over the whole roll-out at once: each step builds the candidate that adds the most
// weight-years (per unit cost when money binds) in the earliest year that can still pay for it.
// Unlike filling year by year, it sees that an expensive site fits only a big year's budget
// while cheap ones can wait for the small years. Rooms only shrink and gains only fall as sites
// are added, so a stale score is an upper bound (as in greedy.ts).

import { CandidateHeap } from './greedy.ts';
import type { YearStates } from './phases-states.ts';
import { SITING_EPS } from './types.ts';

export interface RollOutGreedyOptions {
  readonly byCost: boolean;
  /** Candidates never to build (1 = forbidden). */
  readonly forbidden: Uint8Array;
  /** Seeded tie-break rank per candidate: on equal score the lower rank wins. */
  readonly rank: Float64Array;
  readonly tick: () => Promise<void>;
}

/** The earliest year (0-based) whose budget left pays for candidate j within the overall limits, or −1. */
export function earliestYear(ys: YearStates, j: number): number {
  const c = ys.instance.candidateCost[j]!;
  const fits = (cost: number, budget: number) => cost <= budget + SITING_EPS * Math.max(1, budget);
  if (ys.nSites + 1 > ys.instance.maxSites || !fits(ys.cost + c, ys.instance.budget)) return -1;
  for (let t = 0; t < ys.nYears; t++) if (fits(ys.yearCost[t]! + c, ys.instance.phases!.budgets[t]!)) return t;
  return -1;
}

/** Weight-years candidate j would add if built in year t now. */
export function weightYearsGain(ys: YearStates, j: number, t: number): number {
  let sum = 0;
  for (let u = t; u < ys.nYears; u++) sum += ys.states[u]!.gain(j);
  return sum;
}

/** Adds candidates to the roll-out in lazy-greedy order of weight-years (÷ cost when byCost) until nothing positive fits. */
export async function fillByWeightYears(ys: YearStates, options: RollOutGreedyOptions): Promise<void> {
  const { byCost, forbidden, rank, tick } = options;
  const costs = ys.instance.candidateCost;
  let positive = 0;
  let count = 0;
  for (const c of costs) if (c > 0) [positive, count] = [positive + c, count + 1];
  // A free site still needs a finite ratio: a millionth of the mean cost ranks it first.
  const tiny = count > 0 ? (1e-6 * positive) / count : 1e-6;
  const score = (j: number): [number, number] => {
    const t = earliestYear(ys, j);
    if (t < 0) return [0, t];
    const gain = weightYearsGain(ys, j, t);
    return [byCost ? gain / (costs[j]! + tiny) : gain, t];
  };
  const heap = new CandidateHeap(rank);
  for (let j = 0; j < costs.length; j++) {
    if (ys.yearOf[j]! < ys.nYears || forbidden[j]) continue;
    const [key] = score(j);
    if (key > 0) heap.push(j, key);
  }
  let pops = 0;
  while (heap.size > 0) {
    if (++pops % 64 === 0) await tick();
    const j = heap.pop();
    const [key, t] = score(j);
    if (key <= 0) continue;
    if (heap.size === 0 || key >= heap.topKey() - 1e-12 * Math.abs(key)) ys.setYear(j, t);
    else heap.push(j, key);
  }
}
