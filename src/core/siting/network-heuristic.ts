// The community-network heuristic: locked sites first, linked to backhaul by the cheapest chains;
// then the floors, then coverage, each grown as chains from the network (network-grow.ts), in
// two constructions when a budget binds (value per cost, and per site) keeping the better. For
// maximin, bisection on the district floor as heuristic.ts does. Then an improvement pass: drop
// a site (when every other stays linked) and grow again without it, kept when the plan is better.

import { floorLevels, floorTargets } from './floors.ts';
import { betterAssignment, type HeuristicOptions, type HeuristicResult, type SolveHooks } from './heuristic.ts';
import { isBetter, keyOf, type PlanKey } from './moves.ts';
import { candidateList } from './network-check.ts';
import { growCoverage, linkChosen, networkCost, type GrowOptions } from './network-grow.ts';
import { growFloors, improveNetwork } from './network-improve.ts';
import { PlanState } from './plan-state.ts';
import { amount } from './solve-messages.ts';
import { note, type PlanNote } from './plan-notes.ts';
import { checkPlan } from './evaluate.ts';
import { mulberry32 } from '../random.ts';
import type { Shortfall, SitingInstance, SitingNetwork, SolveProgress } from './types.ts';

/** The heuristic's plan, and the locked sites no chain of candidates links to backhaul (the plan is then infeasible). */
export interface NetworkHeuristicResult extends HeuristicResult {
  readonly unlinkedLocked: readonly number[];
}

const CHECKPOINT_MS = 50;
const BISECTION_STEPS = 12;

/** A connected plan for a community network (instance.network set); deterministic for a seed unless the time limit (s) cuts it short. */
export async function networkHeuristicPlan(instance: SitingInstance, hooks: SolveHooks = {}, options: HeuristicOptions = {}): Promise<NetworkHeuristicResult> {
  const network = instance.network;
  if (!network) throw new Error('networkHeuristicPlan: the instance is not a community network');
  const started = performance.now();
  const deadline = started + (options.timeLimitS ?? 30) * 1000;
  const nCandidates = instance.candidateCost.length;
  const random = mulberry32(options.seed ?? 1);
  const rank = Float64Array.from({ length: nCandidates }, () => random());
  const forbidden = new Uint8Array(nCandidates);
  for (const j of instance.forbidden) forbidden[j] = 1;
  const locked = new Uint8Array(nCandidates);
  for (const j of instance.locked) locked[j] = 1;
  let lastTick = -Infinity;
  const tick = async () => {
    if (!hooks.checkpoint || performance.now() - lastTick < CHECKPOINT_MS) return;
    await hooks.checkpoint();
    lastTick = performance.now();
  };
  const target = floorTargets(instance);
  const maximin = instance.objective === 'maximin';
  const report = (phase: SolveProgress['phase'], state: PlanState) =>
    hooks.progress?.({ phase, objective: maximin ? state.minShare() : state.coveredWeight, bound: null, sites: state.sites() });
  const limits = { budget: instance.budget, maxSites: instance.maxSites, forbidden, rank, tick, deadline };
  const rankOf = (state: PlanState): PlanKey => ({ ...keyOf(state, target, maximin), atMin: 0 });

  let unlinkedLocked: number[] = [];
  const built: PlanState[] = [];
  const byCostOf = new Map<PlanState, boolean>();
  for (const byCost of Number.isFinite(instance.budget) ? [true, false] : [false]) {
    // A second construction only while more than half the time is left.
    if (built.length > 0 && performance.now() > deadline - (deadline - started) / 2) break;
    const grow = { ...limits, byCost };
    const state = await build(instance, network, target, maximin, grow, (u) => (unlinkedLocked = u));
    report(state.deficit(target) > 0 ? 'repair' : 'greedy', state);
    built.push(state);
    byCostOf.set(state, byCost);
  }
  if (built.length === 2 && isBetter(rankOf(built[1]!), rankOf(built[0]!))) built.reverse();
  const state = built[0]!;
  const grownOut = performance.now() > deadline;
  const timedOut = await improveNetwork(state, network, { ...limits, byCost: byCostOf.get(state)! }, { target, maximin, locked, deadline, improved: () => report('swap', state) });
  report('done', state);

  const sites = state.sites();
  const assignment = instance.capacity ? betterAssignment(instance, sites, state.assignment()!) : null;
  const messages: PlanNote[] = [];
  if (unlinkedLocked.length > 0) {
    const one = unlinkedLocked.length === 1;
    const values = { count: unlinkedLocked.length, candidates: unlinkedLocked.join(', '), linkM: network.linkM };
    messages.push(note('lockedUnlinked', `Locked ${candidateList(unlinkedLocked)} cannot link to backhaul: no chain of candidate sites, each link at most ${amount(network.linkM)} m, reaches ${one ? 'it' : 'them'}.`, values));
  } else {
    const alone = new PlanState(instance);
    for (const j of instance.locked) alone.add(j);
    await linkChosen(alone, network, { ...limits, byCost: true });
    const cost = networkCost(alone, network);
    if (cost > instance.budget || instance.locked.length > instance.maxSites) {
      const values = { sites: instance.locked.length, cost, budget: instance.budget, maxSites: instance.maxSites };
      messages.push(note('lockedOverLimitsNetwork', `The locked sites alone (${amount(instance.locked.length)}, costing ${amount(cost)} with the sites and links joining them to backhaul) break the budget of ${amount(instance.budget)} or the limit of ${amount(instance.maxSites)} sites.`, values));
    }
  }
  for (const name of floorLevels(instance).unknownGroups) messages.push(note('unknownGroup', `The floor for group "${name}" cannot be kept: the scenario does not define that group.`, { group: name }));
  const seconds = options.timeLimitS ?? 30;
  if (grownOut) messages.push(note('growTimeLimit', `Stopped growing the network at the time limit (${seconds} s): the plan may leave budget unspent.`, { seconds }));
  else if (timedOut) messages.push(note('improveTimeLimit', `Stopped improving the plan at the time limit (${seconds} s).`, { seconds }));
  const broken = checkPlan(instance, sites, assignment).floors.filter((f) => !f.kept);
  if (broken.length === 0 || unlinkedLocked.length > 0) return { sites, assignment, messages, unlinkedLocked };
  return { sites, assignment, messages, unlinkedLocked, shortfall: await shortfallOf(instance, network, target, broken, limits) };
}

// Locked sites and their links, then floors (a district floor raised for maximin), then coverage.
async function build(
  instance: SitingInstance,
  network: SitingNetwork,
  target: Float64Array,
  maximin: boolean,
  grow: GrowOptions,
  unlinked: (sites: number[]) => void,
): Promise<PlanState> {
  const withFloors = async (floors: Float64Array) => {
    const state = new PlanState(instance);
    for (const j of instance.locked) state.add(j);
    unlinked(await linkChosen(state, network, grow));
    await growFloors(state, network, floors, grow);
    return state;
  };
  let state = await withFloors(target);
  if (maximin && state.deficit(target) === 0) {
    // Bisection on the district floor; growth is not monotone in it, so keep the best kept level.
    let [lo, hi] = [state.minShare(), 1];
    for (let step = 0; step < BISECTION_STEPS && hi - lo > 1e-6; step++) {
      const level = (lo + hi) / 2;
      const floors = floorTargets(instance, level);
      const probe = await withFloors(floors);
      if (probe.deficit(floors) === 0) [lo, state] = [Math.max(level, probe.minShare()), probe];
      else hi = level;
    }
  }
  await growCoverage(state, network, grow);
  return state;
}

// What would keep every floor with the budget and site limit lifted: an upper estimate (the
// cheaper of growing by cost and by sites), links included.
async function shortfallOf(instance: SitingInstance, network: SitingNetwork, target: Float64Array, broken: Shortfall['floors'], limits: Omit<GrowOptions, 'byCost'>): Promise<Shortfall> {
  const needs = async (byCost: boolean) => {
    // No deadline: as heuristic.ts's, the estimate runs to its end (floors only, so it is short).
    const grow = { ...limits, byCost, budget: Infinity, maxSites: Infinity, deadline: Infinity };
    const state = new PlanState(instance);
    for (const j of instance.locked) state.add(j);
    await linkChosen(state, network, grow);
    await growFloors(state, network, target, grow);
    return state.deficit(target) === 0 ? state : null;
  };
  const [cheapest, fewest] = [await needs(true), await needs(false)];
  const costs = [cheapest, fewest].flatMap((s) => (s ? [networkCost(s, network)] : []));
  const counts = [cheapest, fewest].flatMap((s) => (s ? [s.nSites] : []));
  return {
    floors: broken,
    budgetNeeded: costs.length > 0 ? Math.min(...costs) : null,
    sitesNeeded: counts.length > 0 ? Math.min(...counts) : null,
    proven: false,
  };
}
