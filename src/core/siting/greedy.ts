// Lazy greedy: repeatedly choose the candidate with the best gain (per unit cost when the
// budget binds). Gains only shrink as sites are added (coverage is submodular), so a stale gain
// is an upper bound: re-price the top of the queue and take it if it still beats the next.

import type { PlanState } from './plan-state.ts';
import { shortOf } from './floors.ts';
import { MinHeap } from './min-heap.ts';
import { SITING_EPS } from './types.ts';

/** Limits and tie-breaks for a greedy run. */
export interface GreedyOptions {
  /** Divide gains by cost (a budget binds) or not (only the number of sites does). */
  readonly byCost: boolean;
  readonly budget: number;
  readonly maxSites: number;
  /** Candidates never to choose (1 = forbidden). */
  readonly forbidden: Uint8Array;
  /** Seeded tie-break rank per candidate: on equal gain the lower rank wins. */
  readonly rank: Float64Array;
  /** Stop as soon as this holds (e.g. every floor kept). */
  readonly done?: () => boolean;
  /** Awaited every so often so the caller can cancel. */
  readonly tick: () => Promise<void>;
}

/** Adds candidates to `state` in lazy-greedy order of score(j) (÷ cost when byCost) until nothing positive fits. */
export async function lazyGreedy(state: PlanState, score: (j: number) => number, options: GreedyOptions): Promise<void> {
  const { byCost, budget, maxSites, forbidden, rank, done, tick } = options;
  const costs = state.instance.candidateCost;
  let positive = 0;
  let count = 0;
  for (const c of costs) if (c > 0) [positive, count] = [positive + c, count + 1];
  // A free site still needs a finite ratio; a millionth of the mean cost ranks it first.
  const tiny = count > 0 ? (1e-6 * positive) / count : 1e-6;
  const price = (j: number) => (byCost ? score(j) / (costs[j]! + tiny) : score(j));
  const fits = (j: number) =>
    state.nSites + 1 <= maxSites && state.cost + costs[j]! <= budget + SITING_EPS * Math.max(1, budget);
  const heap = new CandidateHeap(rank);
  for (let j = 0; j < costs.length; j++) {
    if (state.chosen[j] || forbidden[j] || !fits(j)) continue;
    const key = price(j);
    if (key > 0) heap.push(j, key);
  }
  let pops = 0;
  while (heap.size > 0 && !done?.()) {
    if (++pops % 64 === 0) await tick();
    const j = heap.pop();
    // Cost and site count only grow, so a candidate that does not fit now never will.
    if (!fits(j)) continue;
    const key = price(j);
    if (key <= 0) continue;
    if (heap.size === 0 || key >= heap.topKey() - 1e-12 * Math.abs(key)) state.add(j);
    else heap.push(j, key);
  }
}

/** Score toward floor targets: the missing share candidate j would make up (Σ over scopes), coverage as a tie-break. */
export function floorScore(state: PlanState, target: Float64Array): (j: number) => number {
  const { demandWeight, demandDistrict, groupWeight, nDistricts: nD } = state.instance;
  const nG = groupWeight.length;
  const added = new Float64Array(target.length);
  const touched: number[] = [];
  const put = (s: number, x: number) => {
    if (Number.isNaN(target[s]!) || x === 0) return;
    if (added[s] === 0) touched.push(s);
    added[s]! += x;
  };
  let total = 0;
  for (const w of demandWeight) total += w;
  return (j) => {
    let cover = 0;
    state.forEachGain(j, (d) => {
      const w = demandWeight[d]!;
      const k = demandDistrict[d]!;
      cover += w;
      if (k >= 0) put(k, w);
      for (let g = 0; g < nG; g++) {
        const x = groupWeight[g]![d]!;
        put(nD + g, x);
        if (k >= 0) put(nD + nG + g * nD + k, x);
      }
    });
    let made = 0;
    for (const s of touched) {
      const scopeTotal = state.scopeTotal[s]!;
      if (scopeTotal > 0) made += Math.min(added[s]!, shortOf(state.scopeCovered[s]!, scopeTotal, target[s]!)) / scopeTotal;
      added[s] = 0;
    }
    touched.length = 0;
    return made > 0 ? made * (1 + (1e-6 * cover) / Math.max(total, 1e-300)) : 0;
  };
}

/** A max-heap of candidates by gain, ties to the lower seeded rank: a MinHeap of negated gains. */
export class CandidateHeap {
  private readonly heap: MinHeap;
  constructor(rank: Float64Array) {
    this.heap = new MinHeap(rank);
  }

  get size(): number {
    return this.heap.size;
  }

  /** The best gain in the heap. */
  topKey(): number {
    return -this.heap.topKey();
  }

  push(id: number, key: number): void {
    this.heap.push(id, -key);
  }

  /** The best candidate, removed. */
  pop(): number {
    return this.heap.popId();
  }
}
