// Swap search: drop one chosen site and add one candidate (or just add one) whenever that
// improves the plan, until no move does or time runs out. Moves are ranked cheaply (fast
// interchange: the weight only site i covers vs. what candidate j would add), then the best few
// are tried exactly on the state. When a floor is short, or for maximin, moves aimed at the
// worst district or floor are tried too: a coverage ranking alone would not find them.

import type { PlanState } from './plan-state.ts';
import { SITING_EPS } from './types.ts';

/** How good a state is, compared lexicographically: floors first, then objective, then coverage. */
export interface PlanKey {
  /** Σ of missing floor shares (0: every floor kept). Lower is better. */
  readonly deficit: number;
  /** Covered weight (coverage) or smallest district share (maximin). */
  readonly objective: number;
  /** Maximin only: districts at the smallest share (fewer is one step toward raising it). */
  readonly atMin: number;
  readonly covered: number;
}

/** Limits and context for the search. */
export interface SwapOptions {
  readonly target: Float64Array;
  readonly maximin: boolean;
  readonly budget: number;
  readonly maxSites: number;
  readonly locked: Uint8Array;
  readonly forbidden: Uint8Array;
  readonly rank: Float64Array;
  /** performance.now() time to stop by, in ms. */
  readonly deadline: number;
  readonly tick: () => Promise<void>;
  readonly improved?: () => void;
}

const TRIED_PER_ROUND = 24;
const AIMED_CANDIDATES = 6;

/** The state's key (see PlanKey). */
export function keyOf(state: PlanState, target: Float64Array, maximin: boolean): PlanKey {
  const min = state.minShare();
  let atMin = 0;
  if (maximin) {
    for (let k = 0; k < state.instance.nDistricts; k++) {
      const total = state.scopeTotal[k]!;
      if (total > 0 && state.scopeCovered[k]! / total <= min + 1e-12) atMin++;
    }
  }
  return { deficit: state.deficit(target), objective: maximin ? min : state.coveredWeight, atMin, covered: state.coveredWeight };
}

/** True when key a is strictly better than b (beyond rounding). */
export function isBetter(a: PlanKey, b: PlanKey): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= SITING_EPS * Math.max(1, Math.abs(x), Math.abs(y));
  if (!close(a.deficit, b.deficit)) return a.deficit < b.deficit;
  if (!close(a.objective, b.objective)) return a.objective > b.objective;
  if (a.atMin !== b.atMin) return a.atMin < b.atMin;
  return !close(a.covered, b.covered) && a.covered > b.covered;
}

/** Improves `state` in place by swaps and additions; returns the number of moves made and whether time ran out. */
export async function improveBySwaps(state: PlanState, options: SwapOptions): Promise<{ moves: number; timedOut: boolean }> {
  const { target, maximin, deadline, tick } = options;
  let moves = 0;
  for (;;) {
    if (performance.now() > deadline) return { moves, timedOut: true };
    await tick();
    const current = keyOf(state, target, maximin);
    let accepted = false;
    for (const [i, j] of rankedMoves(state, options)) {
      const undo = apply(state, i, j);
      if (isBetter(keyOf(state, target, maximin), current)) {
        accepted = true;
        break;
      }
      undo();
    }
    if (!accepted && (current.deficit > 0 || maximin)) accepted = aimedMove(state, options, current);
    if (!accepted) return { moves, timedOut: false };
    moves++;
    options.improved?.();
  }
}

// Drops i (−1: none) and adds j; returns the undo.
function apply(state: PlanState, i: number, j: number): () => void {
  if (state.instance.capacity) {
    const restore = state.snapshot();
    if (i >= 0) state.remove(i);
    state.add(j);
    return restore;
  }
  if (i >= 0) state.remove(i);
  state.add(j);
  return () => {
    state.remove(j);
    if (i >= 0) state.add(i);
  };
}

function feasible(state: PlanState, options: SwapOptions, i: number, j: number): boolean {
  const costs = state.instance.candidateCost;
  const cost = state.cost - (i >= 0 ? costs[i]! : 0) + costs[j]!;
  const sites = state.nSites - (i >= 0 ? 1 : 0) + 1;
  return sites <= options.maxSites && cost <= options.budget + SITING_EPS * Math.max(1, options.budget);
}

// For each candidate j, its best partner i by estimated net coverage gain; the top few overall.
function rankedMoves(state: PlanState, options: SwapOptions): [number, number][] {
  const { instance } = state;
  const { coverStart, coverDemand, demandWeight, coveredByExisting } = instance;
  const nCandidates = instance.candidateCost.length;
  const chosen: number[] = [];
  for (let j = 0; j < nCandidates; j++) if (state.chosen[j] && !options.locked[j]) chosen.push(j);
  // loss[i]: weight only site i covers (with capacity: the weight it serves).
  const loss = new Float64Array(nCandidates);
  const extra = new Float64Array(nCandidates);
  for (const i of chosen) {
    if (instance.capacity) {
      loss[i] = instance.capacity[i]! - state.room[i]!;
      continue;
    }
    for (let k = coverStart[i]!; k < coverStart[i + 1]!; k++) {
      const d = coverDemand[k]!;
      if (state.count[d] === 1 && !coveredByExisting[d]) loss[i]! += demandWeight[d]!;
    }
  }
  const moves: { i: number; j: number; net: number }[] = [];
  for (let j = 0; j < nCandidates; j++) {
    if (state.chosen[j] || options.forbidden[j]) continue;
    const gain = state.gain(j);
    if (gain <= 0) continue;
    const owners: number[] = [];
    if (!instance.capacity) {
      // Points j covers that only one chosen site covers: dropping that site keeps them covered.
      for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
        const d = coverDemand[k]!;
        if (state.count[d] !== 1 || coveredByExisting[d]) continue;
        const owner = state.ownerSum[d]!;
        if (extra[owner] === 0) owners.push(owner);
        extra[owner]! += demandWeight[d]!;
      }
    }
    let best = { i: -1, net: feasible(state, options, -1, j) ? gain : -Infinity };
    for (const i of chosen) {
      const net = gain + extra[i]! - loss[i]!;
      if (net > best.net || (net === best.net && best.i >= 0 && options.rank[i]! < options.rank[best.i]!)) {
        if (feasible(state, options, i, j)) best = { i, net };
      }
    }
    for (const o of owners) extra[o] = 0;
    if (best.net > -Infinity) moves.push({ i: best.i, j, net: best.net });
  }
  moves.sort((a, b) => b.net - a.net || options.rank[a.j]! - options.rank[b.j]!);
  return moves.slice(0, TRIED_PER_ROUND).map((m) => [m.i, m.j]);
}

// For the scopes holding the plan back (short floors; for maximin the districts at the
// minimum), the candidates adding most to them, each tried against every chosen site; the best
// improving move is made.
function aimedMove(state: PlanState, options: SwapOptions, current: PlanKey): boolean {
  const { instance } = state;
  const { demandWeight, demandDistrict, groupWeight, nDistricts: nD } = instance;
  const nG = groupWeight.length;
  const weak = new Uint8Array(state.scopeTotal.length);
  for (let s = 0; s < weak.length; s++) {
    const total = state.scopeTotal[s]!;
    if (total <= 0) continue;
    const share = state.scopeCovered[s]! / total;
    const t = options.target[s]!;
    if (current.deficit > 0 ? !Number.isNaN(t) && share < t - SITING_EPS : s < nD && share <= current.objective + 1e-12) weak[s] = 1;
  }
  const candidates: { j: number; score: number }[] = [];
  for (let j = 0; j < instance.candidateCost.length; j++) {
    if (state.chosen[j] || options.forbidden[j]) continue;
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
