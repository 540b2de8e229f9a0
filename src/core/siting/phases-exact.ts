// Runs the phased model on an injected LpSolver: the MIP (warm-started from a known roll-out)
// and its LP relaxation for a bound. Objectives and bounds are in weight-years; bounds are
// padded by the solver's tolerance so row slack cannot put them below the optimum. The caller
// re-evaluates every roll-out (evaluatePhases, checkPhasedPlan).

import type { LpResult, LpSolver, LpStatus } from './lp-solver.ts';
import { MIP_REL_GAP } from './exact-solve.ts';
import { buildPhasedModel, phasedStart, readPhasedSolution, type PhasedChoice, type PhasedModel } from './phases-model.ts';
import type { SitingInstance } from './types.ts';

export interface PhasedExactOutcome {
  readonly status: LpStatus;
  /** The best roll-out the solver found, or null. */
  readonly choice: PhasedChoice | null;
  /** Its weight-years as the solver sees them, or null. */
  readonly objective: number | null;
  /** A proven upper bound on the weight-years (padded for solver tolerance), or null. */
  readonly bound: number | null;
}

export interface PhasedExactOptions {
  /** Wall-clock seconds for the call. */
  readonly timeLimitS: number;
  /** A known roll-out to start from. */
  readonly start?: PhasedChoice;
  /** Each better roll-out the MIP finds, as it finds it. */
  readonly onImprove?: (choice: PhasedChoice) => void;
}

function padded(model: PhasedModel, bound: number | null, result: LpResult): number | null {
  if (bound === null) return null;
  const pad = result.tolerance * model.objectiveSum + 1e-9 * Math.abs(bound);
  return (bound + pad) * model.scale + model.offset;
}

/** The exact phased MIP: the best roll-out found within the time limit and the solver's proven bound (weight-years). */
export async function solvePhasedExact(instance: SitingInstance, lp: LpSolver, options: PhasedExactOptions): Promise<PhasedExactOutcome> {
  const model = buildPhasedModel(instance);
  if (model.impossible) return { status: 'infeasible', choice: null, objective: null, bound: null };
  if (model.trivial) return { status: 'optimal', choice: { sites: new Int32Array(0), year: new Int32Array(0) }, objective: null, bound: null };
  const result = await lp.solve(model.text, {
    timeLimitS: options.timeLimitS,
    mipRelGap: MIP_REL_GAP,
    ...(options.start ? { start: phasedStart(model, options.start) } : {}),
    ...(options.onImprove ? { onImprove: (_o: number, values: Readonly<Record<string, number>>) => options.onImprove!(readPhasedSolution(model, values)) } : {}),
  });
  return {
    status: result.status,
    choice: result.values === null ? null : readPhasedSolution(model, result.values),
    objective: result.objective === null ? null : result.objective * model.scale + model.offset,
    bound: padded(model, result.bound, result),
  };
}

/** A proven upper bound on the weight-years from the LP relaxation, or null unless the LP solved to optimality. */
export async function phasedRelaxationBound(instance: SitingInstance, lp: LpSolver, timeLimitS: number): Promise<number | null> {
  const model = buildPhasedModel(instance, { relax: true });
  if (model.impossible || model.trivial) return null;
  const result = await lp.solve(model.text, { timeLimitS });
  return result.status === 'optimal' ? padded(model, result.objective, result) : null;
}
