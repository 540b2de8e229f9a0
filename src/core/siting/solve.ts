// One entry point for every solver choice: the heuristic first (a plan within seconds), the
// LP relaxation for a true bound, then — for `exact`, or `auto` when the model is small
// enough — HiGHS's MIP started from the heuristic's plan, keeping whichever plan is better.
// Every figure is recomputed by evaluatePlan and every plan checked by checkPlan: a solver
// cannot report a number of its own. The LP solver is injected (null: heuristic only).
import { comparePlans, checkPlan, evaluatePlan } from './evaluate.ts';
import type { ExactChoice } from './exact-model.ts';
import { reduceForExact } from './exact-reduce.ts';
import { presolve } from './presolve.ts';
import { floorsOutOfReach } from './exact-reach.ts';
import { MIP_REL_GAP, relaxationBound, shortfallMinimum, solveExact } from './exact-solve.ts';
import { heuristicPlan, type SolveHooks } from './heuristic.ts';
import { solveNetworkPlan } from './network-solve.ts';
import { solvePhasedPlan } from './phases-solve.ts';
import type { LpSolver } from './lp-solver.ts';
import { qualityMessage, shortfallMessage } from './solve-messages.ts';
import { validateInstance } from './validate.ts';
import type { Plan, PlanFigures, PlanStatus, Shortfall, SitingInstance, SolveProgress, SolverChoice } from './types.ts';

export interface SolveOptions {
  readonly solver: SolverChoice;
  /** Wall-clock seconds for the whole solve. */
  readonly timeLimitS: number;
  /** Seed for the heuristic's tie-breaks. */
  readonly seed?: number;
}

export type { SolveHooks };

/**
 * `auto` runs the MIP when the reduced model has at most this many coverage pairs (nonzeros
 * of the y ≤ Σx rows) per second of the time limit. Measured here (bench/README.md): 10,842
 * pairs (3,000 × 800, district floors) proved in 1.3–2.8 s, 12,869 pairs (10,000 × 1,000)
 * in 20 s — hardness grows steeply, so the rule is conservative: 15,000 pairs at 30 s.
 */
export const AUTO_PAIRS_PER_SECOND = 500;

// Share of the time limit the heuristic may use when the MIP follows (its swaps run until
// their deadline on large instances); the LP bound and the MIP get the rest.
const HEURISTIC_SHARE_BEFORE_MIP = 0.3;

interface Candidate extends ExactChoice {
  readonly figures: PlanFigures;
  readonly violations: readonly string[];
  readonly solver: 'heuristic' | 'exact';
}

function judged(instance: SitingInstance, choice: ExactChoice, solver: Candidate['solver']): Candidate {
  return { ...choice, solver, figures: evaluatePlan(instance, choice.sites, choice.assignment), violations: checkPlan(instance, choice.sites, choice.assignment).violations };
}

/** The best plan for the instance within the time limit, its proven bound and gap, in plain words; throws when the instance breaks the contract (validateInstance). */
export async function solvePlan(instance: SitingInstance, options: SolveOptions, lp: LpSolver | null, hooks: SolveHooks = {}): Promise<Plan> {
  // A phased roll-out has its own objective (weight-years) and solvers; it validates there.
  if (instance.phases) return solvePhasedPlan(instance, options, lp, hooks);
  const started = performance.now();
  const left = () => Math.max(0, options.timeLimitS - (performance.now() - started) / 1000);
  const checkpoint = async () => hooks.checkpoint?.();
  let bound: number | null = null;
  const report = (phase: SolveProgress['phase'], plan: Candidate | null) =>
    hooks.progress?.({ phase, objective: plan?.figures.objective ?? null, bound, sites: plan?.sites ?? null });

  // An instance that breaks the contract is a bug in whoever built it, not a planner's input.
  const problems = validateInstance(instance);
  if (problems.length > 0) throw new Error(`The siting instance is not valid: ${problems.join(' ')}`);
  if (instance.network) return solveNetworkPlan(instance, options, lp, hooks);
  report('presolve', null);
  const pairs = reduceForExact(presolve(instance).instance).pointCand.length;
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && pairs <= AUTO_PAIRS_PER_SECOND * options.timeLimitS));
  const h = await heuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  let best = judged(instance, { sites: h.sites, assignment: h.assignment }, 'heuristic');
  // The heuristic's notes never word its shortfall: the one kept is said once, below.
  const messages: string[] = [...h.messages];
  report('bound', best);

  const feasible = (c: Candidate) => c.violations.length === 0;
  // Floors the heuristic could not keep may still be keepable: the MIP decides.
  const runMip = plannedMip || (lp !== null && !feasible(best));
  if (lp !== null) {
    await checkpoint();
    // Half the time at most: the LP must not starve the MIP of the time it was given.
    bound = await relaxationBound(instance, lp, runMip ? left() / 2 : left());
    report('bound', best);
  }
  let status: PlanStatus = feasible(best) ? 'heuristic' : 'infeasible';
  if (runMip && lp !== null) {
    await checkpoint();
    report('exact', best);
    const exact = await solveExact(instance, lp, {
      timeLimitS: left(),
      ...(feasible(best) ? { start: best } : {}),
      onImprove: (choice) => hooks.progress?.({ phase: 'exact', objective: evaluatePlan(instance, choice.sites, choice.assignment).objective, bound, sites: choice.sites }),
    });
    if (exact.choice !== null) {
      const candidate = judged(instance, exact.choice, 'exact');
      if (!feasible(candidate) && exact.status !== 'infeasible') throw new Error(`The exact solver's plan breaks its own constraints: ${candidate.violations.join(' ')}`);
      if (!feasible(best) || comparePlans(instance, candidate.figures, best.figures) > 0) best = candidate;
    }
    if (exact.bound !== null) bound = bound === null ? exact.bound : Math.min(bound, exact.bound);
    // A plan checkPlan accepts outranks a solver's "infeasible" (tolerances): it is kept as found.
    if (exact.status === 'infeasible') status = feasible(best) ? 'heuristic' : 'infeasible';
    else if (feasible(best)) status = exact.status === 'optimal' ? 'optimal' : 'time-limit';
    if (exact.status === 'optimal' && best.solver === 'heuristic') messages.push('The exact solver proved the heuristic plan optimal.');
  } else if (options.solver !== 'heuristic' && lp === null) {
    messages.push('The exact solver is not available here; the plan is the heuristic one.');
  }
  if (status !== 'infeasible' && !feasible(best)) throw new Error(`A plan marked ${status} breaks its constraints: ${best.violations.join(' ')}`);

  let shortfall: Shortfall | undefined;
  if (status === 'infeasible') {
    shortfall = await computeShortfall(instance, lp, best, h.shortfall, left, checkpoint);
    messages.push(shortfallMessage(shortfall, instance, checkPlan(instance, best.sites, best.assignment).floors.filter((f) => !f.kept)));
    bound = null;
  }
  const objective = best.figures.objective;
  if (bound !== null) bound = Math.max(bound, objective);
  // Proven optimal: within HiGHS's stopping gap (MIP_REL_GAP) the bound is the objective; the
  // padding alone would otherwise show a gap of 100 % on a plan covering nothing.
  if (status === 'optimal' && (bound === null || bound - objective <= MIP_REL_GAP * Math.max(1, Math.abs(bound)))) bound = objective;
  const gap = bound === null ? null : (bound - objective) / Math.max(Math.abs(bound), 1e-12);
  if (status !== 'infeasible') messages.push(qualityMessage(instance, status, gap, options.timeLimitS));
  report('done', best);
  return { sites: best.sites, assignment: best.assignment, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000, messages, ...(shortfall ? { shortfall } : {}) };
}

// The floors out of reach within the limits; the least cost and fewest sites that would keep
// every floor — proven by the MIP when it can, else the heuristic's estimate.
async function computeShortfall(
  instance: SitingInstance,
  lp: LpSolver | null,
  best: Candidate,
  estimate: Shortfall | undefined,
  left: () => number,
  checkpoint: () => Promise<void>,
): Promise<Shortfall> {
  const missed = checkPlan(instance, best.sites, best.assignment).floors.filter((f) => !f.kept);
  if (lp === null) return { floors: missed, budgetNeeded: estimate?.budgetNeeded ?? null, sitesNeeded: estimate?.sitesNeeded ?? null, proven: false };
  await checkpoint();
  // Of the floors the best plan misses, those no plan within the limits keeps even alone.
  const floors = (await floorsOutOfReach(instance, lp, missed, Math.max(1, left() / 3))).floors;
  await checkpoint();
  const cost = await shortfallMinimum(instance, lp, 'min-cost', Math.max(1, left() / 2));
  await checkpoint();
  const count = await shortfallMinimum(instance, lp, 'min-sites', Math.max(1, left()));
  const proven = cost.proven && count.proven;
  return {
    floors,
    budgetNeeded: cost.value ?? (cost.proven ? null : (estimate?.budgetNeeded ?? null)),
    sitesNeeded: count.value ?? (count.proven ? null : (estimate?.sitesNeeded ?? null)),
    proven,
  };
}
