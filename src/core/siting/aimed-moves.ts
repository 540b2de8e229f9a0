// Moves aimed at what holds a plan back — the floors still short or, for maximin, the districts
// at the smallest share — which a ranking by coverage would not find; and drop-and-refill, which
// replaces one site by several cheaper ones (a single swap cannot).

import { apply, feasible, isBetter, keyOf, type PlanKey, type SwapOptions } from './moves.ts';
import type { PlanState } from './plan-state.ts';
import { SITING_EPS } from './types.ts';

const AIMED_CANDIDATES = 6;
const REFILL_DROPS = 12;
const REFILL_ADDS = 4;
const PAIR_MOVES = 20_000;

// Per scope, 1 where it holds the plan back: a floor still short, or (all floors kept, maximin)
// a district at the smallest share.
function weakScopes(state: PlanState, options: SwapOptions, current: PlanKey): Uint8Array {
  const weak = new Uint8Array(state.scopeTotal.length);
  for (let s = 0; s < weak.length; s++) {
    const total = state.scopeTotal[s]!;
    if (total <= 0) continue;
    const share = state.scopeCovered[s]! / total;
    const t = options.target[s]!;
    const short = current.deficit > 0 ? !Number.isNaN(t) && share < t - SITING_EPS : s < state.instance.nDistricts && share <= current.objective + 1e-12;
    if (short) weak[s] = 1;
  }
  return weak;
}

// The share of weak scopes candidate j would add, summed over scopes.
function weakGain(state: PlanState, weak: Uint8Array, j: number): number {
  const { demandWeight, demandDistrict, groupWeight, nDistricts: nD } = state.instance;
  const nG = groupWeight.length;
  let score = 0;
  state.forEachGain(j, (d) => {
    const k = demandDistrict[d]!;
    if (k >= 0 && weak[k]) score += demandWeight[d]! / state.scopeTotal[k]!;
    for (let g = 0; g < nG; g++) {
      const x = groupWeight[g]![d]!;
      if (x === 0) continue;
      if (weak[nD + g]) score += x / state.scopeTotal[nD + g]!;
      const s = nD + nG + g * nD + k;
      if (k >= 0 && weak[s]) score += x / state.scopeTotal[s]!;
    }
  });
  return score;
}

/** Tries the candidates adding most to the weak scopes against every chosen site; makes the best improving move. */
export function aimedMove(state: PlanState, options: SwapOptions, current: PlanKey): boolean {
  const weak = weakScopes(state, options, current);
  const candidates: { j: number; score: number }[] = [];
  for (let j = 0; j < state.instance.candidateCost.length; j++) {
    if (state.chosen[j] || options.forbidden[j]) continue;
    const score = weakGain(state, weak, j);
    if (score > 0) candidates.push({ j, score });
  }
  candidates.sort((a, b) => b.score - a.score || options.rank[a.j]! - options.rank[b.j]!);
  const partners: number[] = [-1];
  state.chosen.forEach((c, i) => c && !options.locked[i] && partners.push(i));
  let best: { i: number; j: number; key: PlanKey } | null = null;
  for (const { j } of candidates.slice(0, AIMED_CANDIDATES)) {
    for (const i of partners) {
      if (!feasible(state, options, i, j)) continue;
      const undo = apply(state, i, j);
      const key = keyOf(state, options.target, options.maximin);
      if (isBetter(key, best?.key ?? current)) best = { i, j, key };
      undo();
    }
  }
  if (best) apply(state, best.i, best.j);
  return best !== null;
}

/** Drops one chosen site (those losing least first) and refills greedily by gain per cost; keeps the first that improves. */
export function dropAndRefill(state: PlanState, options: SwapOptions, current: PlanKey): boolean {
  const costs = state.instance.candidateCost;
  const chosen: number[] = [];
  state.chosen.forEach((c, i) => c && !options.locked[i] && chosen.push(i));
  const aimed = current.deficit > 0 || options.maximin;
  const order = chosen.map((i) => ({ i, cost: costs[i]! })).sort((a, b) => b.cost - a.cost || options.rank[a.i]! - options.rank[b.i]!);
  for (const { i } of order.slice(0, REFILL_DROPS)) {
    const undo = state.snapshot();
    state.remove(i);
    const weak = aimed ? weakScopes(state, options, keyOf(state, options.target, options.maximin)) : null;
    for (let step = 0; step < REFILL_ADDS; step++) {
      let best = -1;
      let bestScore = 0;
      for (let j = 0; j < costs.length; j++) {
        if (j === i || state.chosen[j] || options.forbidden[j] || !feasible(state, options, -1, j)) continue;
        const gain = weak ? weakGain(state, weak, j) + 1e-9 * state.gain(j) : state.gain(j);
        const score = gain / (costs[j]! + 1e-9);
        if (score > bestScore) [best, bestScore] = [j, score];
      }
      if (best < 0) break;
      state.add(best);
    }
    if (isBetter(keyOf(state, options.target, options.maximin), current)) return true;
    undo();
  }
  return false;
}

/** On small plans only (≤ PAIR_MOVES trials): drop up to two sites and add up to two, every combination; makes the first that improves. */
export function pairMove(state: PlanState, options: SwapOptions, current: PlanKey): boolean {
  const out: number[] = [];
  const into: number[] = [];
  state.chosen.forEach((c, j) => {
    if (c && !options.locked[j]) out.push(j);
    else if (!c && !options.forbidden[j]) into.push(j);
  });
  const pairs = (list: number[]) => list.flatMap((a, x) => list.slice(x + 1).map((b) => [a, b]));
  const drops = [[], ...out.map((i) => [i]), ...pairs(out)];
  const adds = [...into.map((j) => [j]), ...pairs(into)];
  if (drops.length * adds.length > PAIR_MOVES) return false;
  const costs = state.instance.candidateCost;
  for (const drop of drops) {
    for (const add of adds) {
      if (drop.length + add.length < 3) continue;
      const cost = state.cost + add.reduce((s, j) => s + costs[j]!, 0) - drop.reduce((s, i) => s + costs[i]!, 0);
      if (state.nSites + add.length - drop.length > options.maxSites || cost > options.budget + SITING_EPS * Math.max(1, options.budget)) continue;
      const undo = state.snapshot();
      for (const i of drop) state.remove(i);
      for (const j of add) state.add(j);
      if (isBetter(keyOf(state, options.target, options.maximin), current)) return true;
      undo();
    }
  }
  return false;
}
