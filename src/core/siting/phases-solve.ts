// solvePlan for a phased roll-out (solve.ts routes here when instance.phases is set): the
// heuristic first, the LP relaxation for a true bound on the weight-years, then — for `exact`,
// or `auto` when the model is small enough, or whenever the heuristic misses a floor — the MIP
// started from the heuristic's roll-out, keeping whichever is better. Every figure is
// recomputed by evaluatePhases and every roll-out checked by checkPhasedPlan. Floors missed are
// named by year and district or group, never relaxed.

import { reduceForExact } from './exact-reduce.ts';
import { MIP_REL_GAP } from './exact-solve.ts';
import type { SolveHooks } from './heuristic.ts';
import type { LpSolver } from './lp-solver.ts';
import { checkPhasedPlan, evaluatePhases } from './phases-evaluate.ts';
import { phasedRelaxationBound, solvePhasedExact } from './phases-exact.ts';
import { yearCount } from './phases-floors.ts';
import { phasedHeuristicPlan } from './phases-heuristic.ts';
import type { PhasedChoice } from './phases-model.ts';
import { qualityMessage } from './solve-messages.ts';
import type { SolveOptions } from './solve.ts';
import { validateInstance } from './validate.ts';
import { SITING_EPS, type Plan, type PlanStatus, type SitingInstance, type SolveProgress } from './types.ts';

/**
 * `auto` runs the phased MIP when its coverage rows have at most this many nonzeros (coverage
 * pairs × years) per second of the time limit: the rate solve.ts uses for one year
 * (AUTO_PAIRS_PER_SECOND), checked against bench/siting-phases.bench.ts.
 */
export const AUTO_PHASED_PAIRS_PER_SECOND = 500;

const HEURISTIC_SHARE_BEFORE_MIP = 0.3;
const VIOLATIONS_NAMED = 4;

interface Judged extends PhasedChoice {
  readonly weightYears: number;
  readonly violations: readonly string[];
  readonly solver: 'heuristic' | 'exact';
}

function judged(instance: SitingInstance, choice: PhasedChoice, solver: Judged['solver']): Judged {
  const weightYears = evaluatePhases(instance, choice.sites, choice.year).weightYears;
  return { ...choice, solver, weightYears, violations: checkPhasedPlan(instance, choice.sites, choice.year).violations };
}

/** The best phased roll-out within the time limit (Plan.year set), its bound and gap on weight-years, in plain words; throws when the instance breaks the contract. */
export async function solvePhasedPlan(instance: SitingInstance, options: SolveOptions, lp: LpSolver | null, hooks: SolveHooks = {}): Promise<Plan> {
  const started = performance.now();
  const left = () => Math.max(0, options.timeLimitS - (performance.now() - started) / 1000);
  const problems = validateInstance(instance);
  if (problems.length > 0) throw new Error(`The siting instance is not valid: ${problems.join(' ')}`);
  let bound: number | null = null;
  const report = (phase: SolveProgress['phase'], plan: Judged | null) => hooks.progress?.({ phase, objective: plan?.weightYears ?? null, bound, sites: plan?.sites ?? null, year: plan?.year ?? null });
  report('presolve', null);
  const pairs = reduceForExact({ ...instance, locked: new Int32Array(0) }).pointCand.length * yearCount(instance);
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && pairs <= AUTO_PHASED_PAIRS_PER_SECOND * options.timeLimitS));
  const h = await phasedHeuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  let best = judged(instance, h, 'heuristic');
  const messages = [...h.messages];
  const feasible = (c: Judged) => c.violations.length === 0;
  const runMip = plannedMip || (lp !== null && !feasible(best));
  report('bound', best);
  if (lp !== null) {
    await hooks.checkpoint?.();
    bound = await phasedRelaxationBound(instance, lp, runMip ? left() / 2 : left());
    report('bound', best);
  }
  let status: PlanStatus = feasible(best) ? 'heuristic' : 'infeasible';
  let proven = false;
  if (runMip && lp !== null) {
    await hooks.checkpoint?.();
    report('exact', best);
    const exact = await solvePhasedExact(instance, lp, {
      timeLimitS: left(),
      ...(feasible(best) ? { start: best } : {}),
      onImprove: (c) => hooks.progress?.({ phase: 'exact', objective: evaluatePhases(instance, c.sites, c.year).weightYears, bound, sites: c.sites, year: c.year }),
    });
    if (exact.choice !== null) {
      const candidate = judged(instance, exact.choice, 'exact');
      if (!feasible(candidate) && exact.status !== 'infeasible') throw new Error(`The exact solver's roll-out breaks its own constraints: ${candidate.violations.join(' ')}`);
      if (!feasible(best) || candidate.weightYears > best.weightYears + SITING_EPS * Math.max(1, best.weightYears)) best = candidate;
    }
    if (exact.bound !== null) bound = bound === null ? exact.bound : Math.min(bound, exact.bound);
    proven = exact.status === 'infeasible';
    if (exact.status === 'infeasible') status = feasible(best) ? 'heuristic' : 'infeasible';
    else if (feasible(best)) status = exact.status === 'optimal' ? 'optimal' : 'time-limit';
    if (exact.status === 'optimal' && best.solver === 'heuristic') messages.push('The exact solver proved the heuristic roll-out optimal.');
  } else if (options.solver !== 'heuristic' && lp === null) {
    messages.push('The exact solver is not available here; the roll-out is the heuristic one.');
  }
  if (status === 'infeasible') {
    bound = null;
    messages.push(infeasibleMessage(best.violations, proven));
  }
  const objective = best.weightYears;
  if (bound !== null) bound = Math.max(bound, objective);
  if (status === 'optimal' && (bound === null || bound - objective <= MIP_REL_GAP * Math.max(1, Math.abs(bound)))) bound = objective;
  const gap = bound === null ? null : (bound - objective) / Math.max(Math.abs(bound), 1e-12);
  if (status === 'optimal') messages.push('This roll-out is proven optimal: no roll-out within the yearly budgets covers more weight-years (people served sooner count more).');
  else if (status !== 'infeasible') messages.push(qualityMessage(instance, status, gap, options.timeLimitS));
  report('done', best);
  return { sites: best.sites, year: best.year, assignment: null, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000, messages };
}

// What the best roll-out misses (each year's floors by district or group, budgets), and whether
// the MIP proved no roll-out keeps them all.
function infeasibleMessage(violations: readonly string[], proven: boolean): string {
  const named = violations.slice(0, VIOLATIONS_NAMED).join(' ');
  const more = violations.length > VIOLATIONS_NAMED ? ` And ${violations.length - VIOLATIONS_NAMED} more.` : '';
  const why = proven
    ? 'No roll-out within the yearly budgets and limits builds every locked site and keeps every floor (proven by the exact solver): raise an early budget or lower a floor.'
    : 'No roll-out within the yearly budgets and limits building every locked site and keeping every floor was found.';
  return `${why} The closest one found: ${named}${more}`;
}
