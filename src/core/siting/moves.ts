// What the swap search compares and the moves it makes: a plan's key (floors first, then the
// objective, then coverage), and applying a move with its undo.

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

// Drops i (−1: none) and adds j; returns the undo.
export function apply(state: PlanState, i: number, j: number): () => void {
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

export function feasible(state: PlanState, options: SwapOptions, i: number, j: number): boolean {
  const costs = state.instance.candidateCost;
  const cost = state.cost - (i >= 0 ? costs[i]! : 0) + costs[j]!;
  const sites = state.nSites - (i >= 0 ? 1 : 0) + 1;
  return sites <= options.maxSites && cost <= options.budget + SITING_EPS * Math.max(1, options.budget);
}

