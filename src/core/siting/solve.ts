// One entry point for every solver choice: the heuristic first (a plan within seconds), the
// LP relaxation for a true bound, then — for `exact`, or `auto` when the model is small
// enough — HiGHS's MIP started from the heuristic's plan, keeping whichever plan is better
// (that course, shared with networks and roll-outs, is solve-course.ts).
// Every figure is recomputed by evaluatePlan and every plan checked by checkPlan: a solver
// cannot report a number of its own. The LP solver is injected (null: heuristic only).
import { comparePlans, checkPlan, evaluatePlan } from './evaluate.ts';
import type { ExactChoice } from './exact-model.ts';
import { reduceForExact } from './exact-reduce.ts';
import { presolve } from './presolve.ts';
import { floorsOutOfReach } from './exact-reach.ts';
import { relaxationBound, shortfallMinimum, solveExact } from './exact-solve.ts';
import { heuristicPlan, type SolveHooks } from './heuristic.ts';
import { solveNetworkPlan } from './network-solve.ts';
import { solvePhasedPlan } from './phases-solve.ts';
import type { LpSolver } from './lp-solver.ts';
import { reportedGap, runSolveCourse, type Contender, type SolveCourse } from './solve-course.ts';
import { qualityNote, shortfallNote } from './solve-messages.ts';
import { planNotes, type PlanNote } from './plan-notes.ts';
import { validateInstance } from './validate.ts';
import type { Plan, PlanFigures, Shortfall, SitingInstance, SolveProgress, SolverChoice } from './types.ts';

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

interface Candidate extends ExactChoice, Contender {
  readonly figures: PlanFigures;
}

function judged(instance: SitingInstance, choice: ExactChoice, solver: Candidate['solver']): Candidate {
  const figures = evaluatePlan(instance, choice.sites, choice.assignment);
  return { ...choice, solver, figures, objective: figures.objective, violations: checkPlan(instance, choice.sites, choice.assignment).violations };
}

/** The best plan for the instance within the time limit, its proven bound and gap, in plain words; throws when the instance breaks the contract (validateInstance). */
export async function solvePlan(instance: SitingInstance, options: SolveOptions, lp: LpSolver | null, hooks: SolveHooks = {}): Promise<Plan> {
  // A phased roll-out has its own objective (weight-years) and solvers; it validates there.
  if (instance.phases) return solvePhasedPlan(instance, options, lp, hooks);
  const started = performance.now();
  const left = () => Math.max(0, options.timeLimitS - (performance.now() - started) / 1000);
  const checkpoint = async () => hooks.checkpoint?.();
  const report = (phase: SolveProgress['phase'], plan: Candidate | null, bound: number | null) =>
    hooks.progress?.({ phase, objective: plan?.figures.objective ?? null, bound, sites: plan?.sites ?? null });

  // An instance that breaks the contract is a bug in whoever built it, not a planner's input.
  const problems = validateInstance(instance);
  if (problems.length > 0) throw new Error(`The siting instance is not valid: ${problems.join(' ')}`);
  if (instance.network) return solveNetworkPlan(instance, options, lp, hooks);
  report('presolve', null, null);
  const pairs = reduceForExact(presolve(instance).instance).pointCand.length;
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && pairs <= AUTO_PAIRS_PER_SECOND * options.timeLimitS));
  const h = await heuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  const course: SolveCourse<ExactChoice, Candidate> = {
    noun: 'plan',
    plannedMip,
    exactCanHelp: true,
    judge: (choice, solver) => judged(instance, choice, solver),
    better: (a, b) => comparePlans(instance, a.figures, b.figures) > 0,
    relaxationBound: (solverLp, seconds) => relaxationBound(instance, solverLp, seconds),
    exact: (solverLp, run) => solveExact(instance, solverLp, run),
    progress: report,
    improved: (choice, bound) => hooks.progress?.({ phase: 'exact', objective: evaluatePlan(instance, choice.sites, choice.assignment).objective, bound, sites: choice.sites }),
  };
  const run = await runSolveCourse(course, judged(instance, { sites: h.sites, assignment: h.assignment }, 'heuristic'), lp, options.solver, left, checkpoint);
  const { best, status } = run;
  // The heuristic's notes never word its shortfall: the one kept is said once, below.
  const messages: PlanNote[] = [...h.messages, ...run.messages];
  let shortfall: Shortfall | undefined;
  if (status === 'infeasible') {
    shortfall = await computeShortfall(instance, lp, best, h.shortfall, left, checkpoint);
    messages.push(shortfallNote(shortfall, instance, checkPlan(instance, best.sites, best.assignment).floors.filter((f) => !f.kept)));
  }
  const { bound, gap } = reportedGap(status, run.bound, best.objective);
  if (status !== 'infeasible') messages.push(qualityNote(instance, status, gap, options.timeLimitS));
  report('done', best, bound);
  return { sites: best.sites, assignment: best.assignment, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000, ...planNotes(messages), ...(shortfall ? { shortfall } : {}) };
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
