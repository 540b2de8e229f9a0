// solvePlan for a phased roll-out (solve.ts routes here when instance.phases is set): the
// heuristic first, the LP relaxation for a true bound on the weight-years, then — for `exact`,
// or `auto` when the model is small enough, or whenever the heuristic misses a floor — the MIP
// started from the heuristic's roll-out, keeping whichever is better. Every figure is
// recomputed by evaluatePhases and every roll-out checked by checkPhasedPlan. Floors missed are
// named by year and district or group, never relaxed.

import { reduceForExact } from './exact-reduce.ts';
import type { SolveHooks } from './heuristic.ts';
import type { LpSolver } from './lp-solver.ts';
import { checkPhasedPlan, evaluatePhases } from './phases-evaluate.ts';
import { phasedRelaxationBound, solvePhasedExact } from './phases-exact.ts';
import { yearCount } from './phases-floors.ts';
import { phasedHeuristicPlan } from './phases-heuristic.ts';
import type { PhasedChoice } from './phases-model.ts';
import { reportedGap, runSolveCourse, type Contender, type SolveCourse } from './solve-course.ts';
import { qualityNote } from './solve-messages.ts';
import { note, planNotes, type PlanNote } from './plan-notes.ts';
import type { SolveOptions } from './solve.ts';
import { validateInstance } from './validate.ts';
import { SITING_EPS, type Plan, type SitingInstance, type SolveProgress } from './types.ts';

/**
 * `auto` runs the phased MIP when its coverage rows have at most this many nonzeros (coverage
 * pairs × years) per second of the time limit: the rate solve.ts uses for one year
 * (AUTO_PAIRS_PER_SECOND), checked against bench/siting-phases.bench.ts.
 */
export const AUTO_PHASED_PAIRS_PER_SECOND = 500;

const HEURISTIC_SHARE_BEFORE_MIP = 0.3;
const VIOLATIONS_NAMED = 4;

interface Judged extends PhasedChoice, Contender {}

function judged(instance: SitingInstance, choice: PhasedChoice, solver: Judged['solver']): Judged {
  const weightYears = evaluatePhases(instance, choice.sites, choice.year).weightYears;
  return { ...choice, solver, objective: weightYears, violations: checkPhasedPlan(instance, choice.sites, choice.year).violations };
}

/** The best phased roll-out within the time limit (Plan.year set), its bound and gap on weight-years, in plain words; throws when the instance breaks the contract. */
export async function solvePhasedPlan(instance: SitingInstance, options: SolveOptions, lp: LpSolver | null, hooks: SolveHooks = {}): Promise<Plan> {
  const started = performance.now();
  const left = () => Math.max(0, options.timeLimitS - (performance.now() - started) / 1000);
  const problems = validateInstance(instance);
  if (problems.length > 0) throw new Error(`The siting instance is not valid: ${problems.join(' ')}`);
  const report = (phase: SolveProgress['phase'], plan: Judged | null, bound: number | null) =>
    hooks.progress?.({ phase, objective: plan?.objective ?? null, bound, sites: plan?.sites ?? null, year: plan?.year ?? null });
  report('presolve', null, null);
  const pairs = reduceForExact({ ...instance, locked: new Int32Array(0) }).pointCand.length * yearCount(instance);
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && pairs <= AUTO_PHASED_PAIRS_PER_SECOND * options.timeLimitS));
  const h = await phasedHeuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  const course: SolveCourse<PhasedChoice, Judged> = {
    noun: 'roll-out',
    plannedMip,
    exactCanHelp: true,
    judge: (choice, solver) => judged(instance, choice, solver),
    better: (a, b) => a.objective > b.objective + SITING_EPS * Math.max(1, b.objective),
    relaxationBound: (solverLp, seconds) => phasedRelaxationBound(instance, solverLp, seconds),
    exact: (solverLp, run) => solvePhasedExact(instance, solverLp, run),
    progress: report,
    improved: (c, bound) => hooks.progress?.({ phase: 'exact', objective: evaluatePhases(instance, c.sites, c.year).weightYears, bound, sites: c.sites, year: c.year }),
  };
  const run = await runSolveCourse(course, judged(instance, h, 'heuristic'), lp, options.solver, left, async () => hooks.checkpoint?.());
  const { best, status } = run;
  const messages: PlanNote[] = [...h.messages, ...run.messages];
  if (status === 'infeasible') messages.push(infeasibleMessage(best.violations, run.provenInfeasible));
  const { bound, gap } = reportedGap(status, run.bound, best.objective);
  if (status === 'optimal') messages.push(note('rolloutOptimal', 'This roll-out is proven optimal: no roll-out within the yearly budgets covers more weight-years (people served sooner count more).'));
  else if (status !== 'infeasible') messages.push(qualityNote(instance, status, gap, options.timeLimitS));
  report('done', best, bound);
  return { sites: best.sites, year: best.year, assignment: null, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000, ...planNotes(messages) };
}

// What the best roll-out misses (each year's floors by district or group, budgets), and whether
// the MIP proved no roll-out keeps them all.
function infeasibleMessage(violations: readonly string[], proven: boolean): PlanNote {
  const named = violations.slice(0, VIOLATIONS_NAMED).join(' ');
  const more = violations.length > VIOLATIONS_NAMED ? ` And ${violations.length - VIOLATIONS_NAMED} more.` : '';
  const why = proven
    ? 'No roll-out within the yearly budgets and limits builds every locked site and keeps every floor (proven by the exact solver): raise an early budget or lower a floor.'
    : 'No roll-out within the yearly budgets and limits building every locked site and keeping every floor was found.';
  return note(proven ? 'rolloutInfeasibleProven' : 'rolloutInfeasibleFound', `${why} The closest one found: ${named}${more}`, { count: violations.length });
}
