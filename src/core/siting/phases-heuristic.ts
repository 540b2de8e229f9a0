// The phased heuristic: locked sites first (each in the earliest year its budget allows), then
// year by year the year's floors (gain toward the floor per cost), then coverage by lazy greedy
// within the year's budget. Two more constructions catch what that misses: every year's floors
// first, using money left in earlier years too, then coverage year by year; and floors first,
// then weight-years greedy over all years at once (phases-greedy.ts), which sees that an
// expensive site fits only a big year. The best is improved by moves between years
// (phases-improve.ts). Floors are never relaxed: a roll-out that misses one says so.

import { floorScore, lazyGreedy } from './greedy.ts';
import type { SolveHooks } from './heuristic.ts';
import { unknownGroupsOfYear, yearCount, yearTargets, yearName } from './phases-floors.ts';
import { fillByWeightYears } from './phases-greedy.ts';
import { improveRollOut } from './phases-improve.ts';
import { isBetterRollOut, YearStates } from './phases-states.ts';
import { PlanState } from './plan-state.ts';
import { amount } from './solve-messages.ts';
import { note, type NoteValues, type PlanNote } from './plan-notes.ts';
import { mulberry32 } from '../random.ts';
import { SITING_EPS, type SitingInstance, type SolveProgress } from './types.ts';

/** Seed for tie-breaks (default 1) and time limit in seconds (default 30). */
export interface PhasedHeuristicOptions {
  readonly seed?: number;
  readonly timeLimitS?: number;
}

/** The heuristic's roll-out: sites ascending, the 0-based year of each, and notes for the planner. */
export interface PhasedHeuristicResult {
  readonly sites: Int32Array;
  readonly year: Int32Array;
  readonly messages: PlanNote[];
}

const CHECKPOINT_MS = 50;
const REPORT_MS = 250;

/** A good phased roll-out (most weight-years, yearly budgets and floors kept where it can); deterministic for a seed unless the time limit cuts it short. */
export async function phasedHeuristicPlan(instance: SitingInstance, hooks: SolveHooks = {}, options: PhasedHeuristicOptions = {}): Promise<PhasedHeuristicResult> {
  const timeLimitS = options.timeLimitS ?? 30;
  const deadline = performance.now() + timeLimitS * 1000;
  const nCandidates = instance.candidateCost.length;
  const T = yearCount(instance);
  const random = mulberry32(options.seed ?? 1);
  const rank = Float64Array.from({ length: nCandidates }, () => random());
  const forbidden = new Uint8Array(nCandidates);
  const locked = new Uint8Array(nCandidates);
  for (const j of instance.forbidden) forbidden[j] = 1;
  for (const j of instance.locked) locked[j] = 1;
  let lastTick = -Infinity;
  const tick = async () => {
    if (!hooks.checkpoint || performance.now() - lastTick < CHECKPOINT_MS) return;
    await hooks.checkpoint();
    lastTick = performance.now();
  };
  let lastReport = performance.now();
  const report = (phase: SolveProgress['phase'], ys: YearStates) => {
    lastReport = performance.now();
    hooks.progress?.({ phase, objective: ys.key().weightYears, bound: null, sites: ys.plan().sites, year: ys.plan().year });
  };

  const finite = Number.isFinite(instance.budget) || instance.phases!.budgets.some(Number.isFinite);
  const hasFloors = Array.from({ length: T }, (_, t) => yearTargets(instance, t)).some((target) => target.some((s) => !Number.isNaN(s)));
  let best: YearStates | null = null;
  // Year by year (and, with floors, floors first); then floors first and weight-years greedy.
  const fills: ConstructOptions['fill'][] = hasFloors ? ['year-by-year', 'floors-first', 'weight-years'] : ['year-by-year', 'weight-years'];
  for (const byCost of finite ? [true, false] : [false]) {
    for (const fill of fills) {
      await tick();
      const ys = new YearStates(instance, await construct(instance, { byCost, fill, rank, forbidden, tick }));
      if (fill === 'weight-years') await fillByWeightYears(ys, { byCost, forbidden, rank, tick });
      if (!best || isBetterRollOut(ys.key(), best.key())) best = ys;
    }
  }
  report(best!.key().deficit > 0 ? 'repair' : 'greedy', best!);
  const { timedOut } = await improveRollOut(best!, {
    rank, locked, forbidden, deadline, tick, improved: () => performance.now() - lastReport > REPORT_MS && report('swap', best!),
  });
  report('done', best!);
  const messages: PlanNote[] = [];
  // Said only when certain: a packing of locked sites into years that first-fit misses may exist.
  const lockedCost = Array.from(instance.locked).reduce((sum, j) => sum + instance.candidateCost[j]!, 0);
  const biggestYear = Math.max(...instance.phases!.budgets);
  const reasons: string[] = [];
  if (lockedCost > instance.budget) reasons.push(`they cost more than the overall budget of ${amount(instance.budget)}`);
  if (instance.locked.length > instance.maxSites) reasons.push(`they are more than the limit of ${amount(instance.maxSites)} sites`);
  for (const j of instance.locked) if (instance.candidateCost[j]! > biggestYear) reasons.push(`candidate ${j} costs more than any year's budget (at most ${amount(biggestYear)})`);
  if (reasons.length > 0) {
    const values = { sites: instance.locked.length, cost: lockedCost, reasons: reasons.length };
    messages.push(note('lockedRollout', `The locked sites (${amount(instance.locked.length)}, costing ${amount(lockedCost)}) cannot all be built: ${reasons.join('; ')}.`, values));
  }
  for (let t = 0; t < T; t++) {
    for (const name of unknownGroupsOfYear(instance, t)) {
      const label = instance.phases?.labels?.[t];
      // A year's own label is data as written; without one the UI says "year <n>" in its language.
      const values: NoteValues = label !== undefined ? { group: name, year: String(label) } : { group: name, yearNumber: t + 1 };
      messages.push(note('unknownGroupYear', `The floor for group "${name}" in ${yearName(instance, t)} cannot be kept: the scenario does not define that group.`, values));
    }
  }
  if (timedOut) messages.push(note('rolloutTimeLimit', `Stopped improving the roll-out at the time limit (${timeLimitS} s).`, { seconds: timeLimitS }));
  return { ...best!.plan(), messages };
}

interface ConstructOptions {
  readonly byCost: boolean;
  /**
   * year-by-year: each year's floors, then its coverage; floors-first: every year's floors first
   * (with money left in earlier years too), then each year's coverage; weight-years: floors
   * first, coverage left to fillByWeightYears.
   */
  readonly fill: 'year-by-year' | 'floors-first' | 'weight-years';
  readonly rank: Float64Array;
  readonly forbidden: Uint8Array;
  readonly tick: () => Promise<void>;
}

/** Locked sites, largest first, each in the earliest year with room (else the year with most room: a violation checkPhasedPlan names). */
function placeLocked(instance: SitingInstance, rank: Float64Array): Int32Array {
  const budgets = instance.phases!.budgets;
  const costs = instance.candidateCost;
  const yearOf = new Int32Array(costs.length).fill(-1);
  const spent = new Float64Array(budgets.length);
  for (const j of [...instance.locked].sort((a, b) => costs[b]! - costs[a]! || rank[a]! - rank[b]!)) {
    let t = spent.findIndex((s, u) => s + costs[j]! <= budgets[u]! + SITING_EPS * Math.max(1, budgets[u]!));
    if (t < 0) t = spent.reduce((at, s, u) => (budgets[u]! - s > budgets[at]! - spent[at]! ? u : at), 0);
    yearOf[j] = t;
    spent[t]! += costs[j]!;
  }
  return yearOf;
}

/** One construction: the year (−1: not built) of each candidate. */
async function construct(instance: SitingInstance, options: ConstructOptions): Promise<Int32Array> {
  const { byCost, fill, rank, tick } = options;
  const lookBack = fill !== 'year-by-year';
  const T = yearCount(instance);
  const budgets = instance.phases!.budgets;
  const costs = instance.candidateCost;
  const yearOf = placeLocked(instance, rank);
  const yearCost = new Float64Array(T);
  yearOf.forEach((t, j) => t >= 0 && (yearCost[t]! += costs[j]!));
  let state = new PlanState(instance);
  const addYear = (t: number) => yearOf.forEach((u, j) => u === t && state.add(j));
  // Adds by greedy into year s (whose sites are in the state): within the year's money left, the
  // overall budget and site limit less every site committed so far; never a site committed to a later year.
  const grow = async (s: number, score: (j: number) => number, done?: () => boolean) => {
    let committedCost = 0;
    let committed = 0;
    const blocked = options.forbidden.slice();
    yearOf.forEach((u, j) => {
      if (u < 0) return;
      committedCost += costs[j]!;
      committed++;
      if (!state.chosen[j]) blocked[j] = 1;
    });
    const budget = state.cost + Math.min(budgets[s]! - yearCost[s]!, instance.budget - committedCost);
    const maxSites = state.nSites + instance.maxSites - committed;
    await lazyGreedy(state, score, { byCost, budget, maxSites, forbidden: blocked, rank, tick, ...(done ? { done } : {}) });
    state.chosen.forEach((c, j) => {
      if (!c || yearOf[j]! >= 0) return;
      yearOf[j] = s;
      yearCost[s]! += costs[j]!;
    });
  };
  const repair = async (t: number, years: number[]) => {
    const target = yearTargets(instance, t);
    if (!target.some((x) => !Number.isNaN(x))) return;
    const done = () => state.deficit(target) === 0;
    for (const s of years) if (!done()) await grow(s, floorScore(state, target), done);
  };
  for (let t = 0; t < T; t++) {
    addYear(t);
    // Looking back, the latest year's money goes first: earlier years keep theirs for coverage.
    await repair(t, lookBack ? Array.from({ length: t + 1 }, (_, i) => t - i) : [t]);
    if (!lookBack) await grow(t, (j) => state.gain(j));
  }
  if (fill === 'floors-first') {
    state = new PlanState(instance);
    for (let t = 0; t < T; t++) {
      addYear(t);
      await grow(t, (j) => state.gain(j));
    }
  }
  return yearOf;
}
