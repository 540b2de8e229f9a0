// The network heuristic's improvement pass, two moves kept when they make the plan better
// (floors, objective, coverage — moves.ts's order):
//  - drop: remove one site (the rest still linked), forbid it, and grow again;
//  - insert: add the cheapest chain to a valuable candidate the budget cannot reach, evicting
//    the sites that lose least per currency saved (each eviction keeping the rest linked) until
//    the plan fits again, then grow. Greedy growth cannot find this trade alone: when two direct
//    sites tie with a relay and the site behind it, the relay's chain is never taken.

import { floorTargets } from './floors.ts';
import { isBetter, keyOf, type PlanKey } from './moves.ts';
import { chainSites, cheapestChains, growCoverage, growNetwork, linkedSites, networkCost, type GrowOptions } from './network-grow.ts';
import { floorScore } from './greedy.ts';
import type { PlanState } from './plan-state.ts';
import { SITING_EPS, type SitingNetwork } from './types.ts';

/** Context of the pass: the floors, the objective, locked sites, a deadline (performance.now() ms) and a callback per improvement. */
export interface ImproveOptions {
  readonly target: Float64Array;
  readonly maximin: boolean;
  readonly locked: Uint8Array;
  readonly deadline: number;
  readonly improved: () => void;
}

// Chains tried per round by the insert move.
const INSERTS_PER_ROUND = 8;

/** Grows chains toward the floors (shares per scope, NaN none) until every one is kept or nothing helps. */
export async function growFloors(state: PlanState, network: SitingNetwork, floors: Float64Array, grow: GrowOptions): Promise<void> {
  if (!floors.some((t) => !Number.isNaN(t)) || state.deficit(floors) === 0) return;
  await growNetwork(state, network, floorScore(state, floors), () => -state.deficit(floors), grow, () => state.deficit(floors) === 0);
}

/** Grows toward the floors, then coverage. */
export async function regrow(state: PlanState, network: SitingNetwork, floors: Float64Array, grow: GrowOptions): Promise<void> {
  await growFloors(state, network, floors, grow);
  await growCoverage(state, network, grow);
}

function allLinked(state: PlanState, network: SitingNetwork): boolean {
  const linked = linkedSites(state, network);
  return linked.every((l, j) => l === 1 || state.chosen[j] === 0);
}

/** Improves `state` in place by drop and insert moves until none helps; true when the deadline stopped it. */
export async function improveNetwork(state: PlanState, network: SitingNetwork, grow: GrowOptions, options: ImproveOptions): Promise<boolean> {
  const { target, maximin, locked, deadline } = options;
  const key = (): PlanKey => ({ ...keyOf(state, target, maximin), atMin: 0 });
  const forbidden = grow.forbidden.slice();
  const floorsAt = (before: PlanKey) => (maximin ? floorTargets(state.instance, before.objective) : target);
  const attempt = async (move: () => Promise<boolean>) => {
    const before = key();
    const restore = state.snapshot();
    if ((await move()) && isBetter(key(), before)) {
      options.improved();
      return true;
    }
    restore();
    return false;
  };
  for (let better = true; better; ) {
    better = false;
    const order = [...state.sites()].filter((j) => !locked[j]).sort((a, b) => grow.rank[a]! - grow.rank[b]!);
    for (const i of order) {
      if (performance.now() > deadline) return true;
      if (!state.chosen[i]) continue;
      const before = key();
      better = (await attempt(async () => {
        state.remove(i);
        if (!allLinked(state, network)) return false;
        forbidden[i] = 1;
        await regrow(state, network, floorsAt(before), { ...grow, forbidden });
        forbidden[i] = grow.forbidden[i]!;
        return true;
      })) || better;
    }
    for (const v of insertTargets(state, network, grow)) {
      if (performance.now() > deadline) return true;
      if (state.chosen[v]) continue;
      const before = key();
      better = (await attempt(async () => {
        const chains = cheapestChains(state, network, { ...grow, budget: Infinity }, new Float64Array(state.chosen.length));
        if (chains.price[v] === Infinity) return false;
        const chain = chainSites(state, chains, v);
        for (const j of chain) state.add(j);
        if (!evictUntilFits(state, network, grow, new Set(chain), deadline)) return false;
        await regrow(state, network, floorsAt(before), grow);
        return true;
      })) || better;
    }
    await grow.tick();
  }
  return false;
}

// The unchosen candidates with the most value per price of their cheapest chain (limits lifted).
function insertTargets(state: PlanState, network: SitingNetwork, grow: GrowOptions): number[] {
  const n = state.chosen.length;
  const scores = new Float64Array(n);
  for (let v = 0; v < n; v++) scores[v] = state.chosen[v] || grow.forbidden[v] ? 0 : state.gain(v);
  const chains = cheapestChains(state, network, { ...grow, budget: Infinity }, scores);
  const out: number[] = [];
  for (let v = 0; v < n; v++) if (scores[v]! > 0 && chains.price[v]! < Infinity) out.push(v);
  const ratio = (v: number) => chains.value[v]! / chains.price[v]!;
  return out.sort((a, b) => ratio(b) - ratio(a) || grow.rank[a]! - grow.rank[b]!).slice(0, INSERTS_PER_ROUND);
}

// Evicts sites (not locked, not in `keep`, the rest staying linked), least loss per currency
// saved first, until the plan keeps the budget and site limit; false when it cannot (or time is up).
function evictUntilFits(state: PlanState, network: SitingNetwork, grow: GrowOptions, keep: Set<number>, deadline: number): boolean {
  const slack = SITING_EPS * Math.max(1, grow.budget);
  // A floor's missing share outweighs any coverage: scaled by the whole demand weight.
  let total = 0;
  for (const w of state.instance.demandWeight) total += w;
  const floors = floorTargets(state.instance);
  const worth = () => state.coveredWeight - Math.max(1, total) * state.deficit(floors);
  for (;;) {
    const cost = networkCost(state, network);
    if (cost <= grow.budget + slack && state.nSites <= grow.maxSites) return true;
    // Each eviction prices every site: on large plans a second or more, so the deadline is checked here too.
    if (performance.now() > deadline) return false;
    const [value, siteCount] = [worth(), state.nSites];
    let best: { i: number; score: number } | null = null;
    for (const i of state.sites()) {
      if (keep.has(i) || state.instance.locked.includes(i)) continue;
      const restore = state.snapshot();
      state.remove(i);
      const linked = allLinked(state, network);
      const saved = cost - networkCost(state, network);
      const loss = value - worth();
      restore();
      if (!linked || (saved <= 0 && siteCount <= grow.maxSites)) continue;
      const score = loss / Math.max(saved, 1e-12);
      if (!best || score < best.score) best = { i, score };
    }
    if (!best) return false;
    state.remove(best.i);
  }
}
