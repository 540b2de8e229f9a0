// The heuristic planner: build a plan greedily (locked sites, then floors, then coverage),
// improve it by swaps, and keep the best of two constructions (gain per cost, and gain alone —
// each can be far off where the other is good). Maximin first finds, by bisection, the highest
// district floor the greedy can keep, then fills with coverage. Floors are never relaxed: when
// they cannot be kept, the plan comes back closest to them, with a shortfall saying what would
// keep them.

import { assignDemand } from './assign.ts';
import { checkPlan, evaluatePlan } from './evaluate.ts';
import { floorScore, lazyGreedy, type GreedyOptions } from './greedy.ts';
import { isBetter, keyOf, type PlanKey } from './moves.ts';
import { improveBySwaps } from './local-search.ts';
import { floorLevels, floorTargets } from './floors.ts';
import { PlanState } from './plan-state.ts';
import { amount } from './solve-messages.ts';
import { note, type PlanNote } from './plan-notes.ts';
import { mulberry32 } from '../random.ts';
import type { Shortfall, SitingInstance, SolveProgress } from './types.ts';

/** Callbacks a worker passes in: progress with the best plan so far, and a checkpoint to cancel at (it may throw). */
export interface SolveHooks {
  progress?(p: SolveProgress): void;
  checkpoint?(): Promise<void>;
}

/** Seed for tie-breaks (default 1) and time limit in seconds (default 30). */
export interface HeuristicOptions {
  readonly seed?: number;
  readonly timeLimitS?: number;
}

/**
 * The heuristic's plan: sites ascending, the assignment with capacity (else null), notes, and
 * the shortfall when floors cannot be kept. The notes never word the shortfall: solvePlan says
 * it once (shortfallMessage), from whichever shortfall it keeps.
 */
export interface HeuristicResult {
  readonly sites: Int32Array;
  readonly assignment: Int32Array | null;
  readonly messages: PlanNote[];
  readonly shortfall?: Shortfall;
}

const CHECKPOINT_MS = 50;
const REPORT_MS = 250;
const POLISH_BOTH_PAIRS = 200_000;
const BISECTION_STEPS = 12;

/** A good plan for the instance, usually within 1 % of the optimum; deterministic for a seed unless the time limit cuts it short. */
export async function heuristicPlan(instance: SitingInstance, hooks: SolveHooks = {}, options: HeuristicOptions = {}): Promise<HeuristicResult> {
  const started = performance.now();
  const deadline = started + (options.timeLimitS ?? 30) * 1000;
  const nCandidates = instance.candidateCost.length;
  const random = mulberry32(options.seed ?? 1);
  const rank = Float64Array.from({ length: nCandidates }, () => random());
  const locked = new Uint8Array(nCandidates);
  const forbidden = new Uint8Array(nCandidates);
  for (const j of instance.forbidden) forbidden[j] = 1;
  for (const j of instance.locked) locked[j] = 1;
  // −∞: the first tick always reaches the checkpoint, so a cancel before the start is seen.
  let lastTick = -Infinity;
  const tick = async () => {
    if (!hooks.checkpoint || performance.now() - lastTick < CHECKPOINT_MS) return;
    await hooks.checkpoint();
    lastTick = performance.now();
  };
  const target = floorTargets(instance);
  const maximin = instance.objective === 'maximin';
  const limits = { budget: instance.budget, maxSites: instance.maxSites, forbidden, rank, tick };
  let lastReport = performance.now();
  const report = (phase: SolveProgress['phase'], state: PlanState) => {
    lastReport = performance.now();
    hooks.progress?.({ phase, objective: maximin ? state.minShare() : state.coveredWeight, bound: null, sites: state.sites() });
  };

  // Both constructions on small instances; at scale only the better one is polished, since
  // swaps cost seconds there and, with a real budget, gain per cost is far ahead.
  const built: PlanState[] = [];
  const variants = Number.isFinite(instance.budget) ? [true, false] : [false];
  for (const byCost of variants) built.push(await build(instance, target, maximin, { ...limits, byCost }));
  // Plans are ranked by floors, objective and coverage; atMin only steers the search.
  const rankOf = (state: PlanState): PlanKey => ({ ...keyOf(state, target, maximin), atMin: 0 });
  if (built.length === 2 && isBetter(rankOf(built[1]!), rankOf(built[0]!))) built.reverse();
  const polished = instance.coverDemand.length <= POLISH_BOTH_PAIRS ? built : built.slice(0, 1);
  let best: { state: PlanState; key: PlanKey } | null = null;
  let timedOut = false;
  for (const [v, state] of polished.entries()) {
    report(state.deficit(target) > 0 ? 'repair' : 'greedy', state);
    // Each construction gets an equal share of the time left for its swaps.
    const share = (deadline - performance.now()) / (polished.length - v);
    const result = await improveBySwaps(state, {
      target, maximin, budget: instance.budget, maxSites: instance.maxSites, locked, forbidden, rank,
      deadline: performance.now() + share, tick, improved: () => performance.now() - lastReport > REPORT_MS && report('swap', state),
    });
    timedOut ||= result.timedOut;
    const key = rankOf(state);
    if (!best || isBetter(key, best.key)) best = { state, key };
  }
  const state = best!.state;
  const sites = state.sites();
  const assignment = instance.capacity ? betterAssignment(instance, sites, state.assignment()!) : null;
  report('done', state);
  const messages: PlanNote[] = [];
  const lockedCost = Array.from(instance.locked).reduce((sum, j) => sum + instance.candidateCost[j]!, 0);
  if (lockedCost > instance.budget || instance.locked.length > instance.maxSites) {
    const values = { sites: instance.locked.length, cost: lockedCost, budget: instance.budget, maxSites: instance.maxSites };
    messages.push(note('lockedOverLimits', `The locked sites alone (${amount(instance.locked.length)}, costing ${amount(lockedCost)}) break the budget of ${amount(instance.budget)} or the limit of ${amount(instance.maxSites)} sites.`, values));
  }
  for (const name of floorLevels(instance).unknownGroups) messages.push(note('unknownGroup', `The floor for group "${name}" cannot be kept: the scenario does not define that group.`, { group: name }));
  if (timedOut) messages.push(note('improveTimeLimit', `Stopped improving the plan at the time limit (${options.timeLimitS ?? 30} s).`, { seconds: options.timeLimitS ?? 30 }));
  const { floors } = checkPlan(instance, sites, assignment);
  const broken = floors.filter((f) => !f.kept);
  if (broken.length === 0) return { sites, assignment, messages };
  const shortfall = await shortfallOf(instance, target, broken, { ...limits, byCost: true });
  return { sites, assignment, messages, shortfall };
}

// Locked sites, then floors (a district floor raised to `level` for maximin), then coverage.
async function build(instance: SitingInstance, target: Float64Array, maximin: boolean, greedy: GreedyOptions): Promise<PlanState> {
  const withFloors = async (floors: Float64Array) => {
    const state = new PlanState(instance);
    for (const j of instance.locked) state.add(j);
    if (floors.some((t) => !Number.isNaN(t))) {
      await lazyGreedy(state, floorScore(state, floors), { ...greedy, done: () => state.deficit(floors) === 0 });
    }
    return state;
  };
  let state = await withFloors(target);
  if (maximin && state.deficit(target) === 0) {
    // Bisection on the district floor; greedy is not monotone in it, so keep the best kept level.
    let lo = state.minShare();
    let hi = 1;
    for (let step = 0; step < BISECTION_STEPS && hi - lo > 1e-6; step++) {
      const level = (lo + hi) / 2;
      const floors = floorTargets(instance, level);
      const probe = await withFloors(floors);
      if (probe.deficit(floors) === 0) [lo, state] = [Math.max(level, probe.minShare()), probe];
      else hi = level;
    }
  }
  await lazyGreedy(state, (j) => state.gain(j), greedy);
  return state;
}

/** With capacity, the state's own assignment or assignDemand's for the same sites, whichever serves the plan better. */
export function betterAssignment(instance: SitingInstance, sites: Int32Array, own: Int32Array): Int32Array {
  const fresh = assignDemand(instance, sites);
  const score = (a: Int32Array) => {
    const { floors } = checkPlan(instance, sites, a);
    const figures = evaluatePlan(instance, sites, a);
    return [floors.filter((f) => !f.kept).length, -figures.objective, -figures.coveredWeight];
  };
  const [a, b] = [score(own), score(fresh)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? own : fresh;
  return own;
}

// What would keep every floor, ignoring the budget and site limit: greedy on the floors by
// cost (for the budget) and by gain alone (for the number of sites), then drop sites the
// floors do not need. Upper estimates only (proven: false).
async function shortfallOf(
  instance: SitingInstance,
  target: Float64Array,
  broken: Shortfall['floors'],
  greedy: GreedyOptions,
): Promise<Shortfall> {
  const needs = async (byCost: boolean) => {
    const state = new PlanState(instance);
    for (const j of instance.locked) state.add(j);
    const done = () => state.deficit(target) === 0;
    await lazyGreedy(state, floorScore(state, target), { ...greedy, byCost, budget: Infinity, maxSites: Infinity, done });
    if (!done()) return null;
    const costs = instance.candidateCost;
    const order = [...state.sites()].filter((j) => !instance.locked.includes(j));
    order.sort((a, b) => (byCost ? costs[b]! - costs[a]! : 0) || greedy.rank[b]! - greedy.rank[a]!);
    for (const j of order) {
      state.remove(j);
      if (!done()) state.add(j);
    }
    return state;
  };
  const cheapest = await needs(true);
  const fewest = await needs(false);
  return {
    floors: broken,
    budgetNeeded: cheapest ? Math.min(cheapest.cost, fewest?.cost ?? Infinity) : null,
    sitesNeeded: fewest ? Math.min(fewest.nSites, cheapest?.nSites ?? Infinity) : null,
    proven: false,
  };
}
