// The course every siting solve follows — plain coverage (solve.ts), community networks
// (network-solve.ts) and phased roll-outs (phases-solve.ts): the heuristic's plan first, the LP
// relaxation for a true bound, then the MIP started from that plan when it was planned (or when
// the heuristic missed a floor), keeping whichever plan is better. What differs between them —
// how a plan is judged, which model is relaxed and solved, what a plan is called — is passed in.
import { MIP_REL_GAP } from './exact-solve.ts';
import type { LpSolver, LpStatus } from './lp-solver.ts';
import { note, type PlanNote } from './plan-notes.ts';
import type { PlanStatus, SolveProgress } from './types.ts';

/** A plan as the course compares them: its figures recomputed, its broken limits listed. */
export interface Contender {
  readonly sites: Int32Array;
  /** The objective recomputed from the plan (instance units), never the solver's own figure. */
  readonly objective: number;
  readonly violations: readonly string[];
  readonly solver: 'heuristic' | 'exact';
}

/** What one kind of plan brings to the course; `C` is the solver's raw choice, `J` the judged plan. */
export interface SolveCourse<C, J extends Contender> {
  /** What a plan is called in messages: "plan", "network plan", "roll-out". */
  readonly noun: string;
  /** Whether the MIP was planned from the start (solver `exact`, or `auto` on a small model). */
  readonly plannedMip: boolean;
  /** False when no solver can help (e.g. a locked site no chain of links reaches). */
  readonly exactCanHelp: boolean;
  judge(choice: C, solver: Contender['solver']): J;
  /** True when `candidate` is strictly better than `best`. */
  better(candidate: J, best: J): boolean;
  relaxationBound(lp: LpSolver, timeLimitS: number): Promise<number | null>;
  exact(lp: LpSolver, options: { timeLimitS: number; start?: J; onImprove: (choice: C) => void }): Promise<{ status: LpStatus; choice: C | null; bound: number | null }>;
  /** Reports progress with the best plan so far. */
  progress(phase: SolveProgress['phase'], plan: J | null, bound: number | null): void;
  /** Reports a better plan the MIP has just found (not yet judged). */
  improved(choice: C, bound: number | null): void;
}

export interface CourseOutcome<J> {
  readonly best: J;
  readonly status: PlanStatus;
  readonly bound: number | null;
  /** The MIP proved that no plan keeps every limit. */
  readonly provenInfeasible: boolean;
  /** Notes about the solvers (the heuristic's own notes are the caller's). */
  readonly messages: PlanNote[];
}

/** Runs the bound and the MIP after the heuristic's plan `first`; `left()` is the time left in seconds. */
export async function runSolveCourse<C, J extends Contender>(
  course: SolveCourse<C, J>,
  first: J,
  lp: LpSolver | null,
  solver: string,
  left: () => number,
  checkpoint: () => Promise<void>,
): Promise<CourseOutcome<J>> {
  let best = first;
  let bound: number | null = null;
  const messages: PlanNote[] = [];
  const feasible = (c: J) => c.violations.length === 0;
  course.progress('bound', best, bound);
  // Floors the heuristic could not keep may still be keepable: the MIP decides.
  const runMip = course.exactCanHelp && (course.plannedMip || (lp !== null && !feasible(best)));
  if (lp !== null && course.exactCanHelp) {
    await checkpoint();
    // Half the time at most: the LP must not starve the MIP of the time it was given.
    bound = await course.relaxationBound(lp, runMip ? left() / 2 : left());
    course.progress('bound', best, bound);
  }
  let status: PlanStatus = feasible(best) ? 'heuristic' : 'infeasible';
  let provenInfeasible = false;
  if (runMip && lp !== null) {
    await checkpoint();
    course.progress('exact', best, bound);
    const exact = await course.exact(lp, {
      timeLimitS: left(),
      ...(feasible(best) ? { start: best } : {}),
      onImprove: (choice) => course.improved(choice, bound),
    });
    if (exact.choice !== null) {
      const candidate = course.judge(exact.choice, 'exact');
      if (!feasible(candidate) && exact.status !== 'infeasible') throw new Error(`The exact solver's ${course.noun} breaks its own constraints: ${candidate.violations.join(' ')}`);
      // Never a plan that breaks a limit for one that keeps them all.
      if (!feasible(best) || (feasible(candidate) && course.better(candidate, best))) best = candidate;
    }
    if (exact.bound !== null) bound = bound === null ? exact.bound : Math.min(bound, exact.bound);
    provenInfeasible = exact.status === 'infeasible';
    // A plan the checks accept outranks a solver's "infeasible" (tolerances): it is kept as found.
    if (exact.status === 'infeasible') status = feasible(best) ? 'heuristic' : 'infeasible';
    else if (feasible(best)) status = exact.status === 'optimal' ? 'optimal' : 'time-limit';
    if (exact.status === 'optimal' && best.solver === 'heuristic') messages.push(note('exactProved', `The exact solver proved the heuristic ${course.noun} optimal.`, { noun: course.noun }));
  } else if (solver !== 'heuristic' && lp === null) {
    messages.push(note('exactUnavailable', `The exact solver is not available here; the ${course.noun} is the heuristic one.`, { noun: course.noun }));
  }
  if (status !== 'infeasible' && !feasible(best)) throw new Error(`A ${course.noun} marked ${status} breaks its constraints: ${best.violations.join(' ')}`);
  return { best, status, bound, provenInfeasible, messages };
}

/** The bound and gap to report for a plan of `objective`: never below the plan, and none at all once proven optimal within the MIP's stopping gap. */
export function reportedGap(status: PlanStatus, bound: number | null, objective: number): { bound: number | null; gap: number | null } {
  if (status === 'infeasible') return { bound: null, gap: null };
  let b = bound === null ? null : Math.max(bound, objective);
  // Proven optimal: within HiGHS's stopping gap (MIP_REL_GAP) the bound is the objective; the
  // padding alone would otherwise show a gap of 100 % on a plan covering nothing.
  if (status === 'optimal' && (b === null || b - objective <= MIP_REL_GAP * Math.max(1, Math.abs(b)))) b = objective;
  return { bound: b, gap: b === null ? null : (b - objective) / Math.max(Math.abs(b), 1e-12) };
}
