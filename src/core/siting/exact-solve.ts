// Runs the exact model on an injected LpSolver: the MIP (maximin in two phases), its LP
// relaxation for a bound, and the shortfall minima (least cost, fewest sites keeping every
// floor). Objectives and bounds come back in instance units; the caller re-evaluates plans.
import { buildExactModel, exactStart, readExactSolution, type ExactChoice, type ExactGoal, type ExactModel } from './exact-model.ts';
import type { LpResult, LpSolver, LpStatus } from './lp-solver.ts';
import type { SitingInstance } from './types.ts';

export interface ExactOutcome {
  readonly status: LpStatus;
  /** The best plan the solver found, or null. */
  readonly choice: ExactChoice | null;
  /** Its objective as the solver sees it (instance units), or null. */
  readonly objective: number | null;
  /** A proven upper bound on the objective (instance units, padded for solver tolerance), or null. */
  readonly bound: number | null;
}

export interface ExactRunOptions {
  /** Wall-clock seconds for the whole call. */
  readonly timeLimitS: number;
  /** A known feasible plan to start from. */
  readonly start?: ExactChoice;
  /** Each better plan the MIP finds, as it finds it. */
  readonly onImprove?: (choice: ExactChoice) => void;
}

// Maximin's second phase keeps every district within this share of the best minimum found,
// so a plan's smallest share never drops by more than solver noise for more coverage.
const MAXIMIN_TOLERANCE = 1e-7;

/** A solver bound in instance units, padded so row slack (≤ tolerance per unit of |objective coefficient|) cannot put it below the optimum. */
function paddedBound(model: ExactModel, result: LpResult): number | null {
  if (result.bound === null) return null;
  const pad = result.tolerance * (model.goal === 'coverage' ? totalWeight(model) / model.scale : 1) + 1e-9 * Math.abs(result.bound);
  return (result.bound + pad) * model.scale + model.offset;
}

function totalWeight(model: ExactModel): number {
  let sum = 0;
  for (const w of model.reduced.pointWeight) sum += w;
  return sum;
}

function trivialChoice(instance: SitingInstance, model: ExactModel): ExactChoice {
  return readExactSolution(instance, model, {});
}

async function run(instance: SitingInstance, lp: LpSolver, model: ExactModel, options: ExactRunOptions): Promise<ExactOutcome> {
  if (model.impossible) return { status: 'infeasible', choice: null, objective: null, bound: null };
  if (model.trivial) return { status: 'optimal', choice: trivialChoice(instance, model), objective: null, bound: null };
  const result = await lp.solve(model.text, {
    timeLimitS: options.timeLimitS,
    mipRelGap: 1e-6,
    ...(options.start ? { start: exactStart(model, options.start) } : {}),
    ...(options.onImprove ? { onImprove: (_o: number, values: Readonly<Record<string, number>>) => options.onImprove!(readExactSolution(instance, model, values)) } : {}),
  });
  const choice = result.values === null ? null : readExactSolution(instance, model, result.values);
  const objective = result.objective === null ? null : result.objective * model.scale + model.offset;
  return { status: result.status, choice, objective, bound: paddedBound(model, result) };
}

/** The exact MIP: the best plan found within the time limit and the solver's proven bound. */
export async function solveExact(instance: SitingInstance, lp: LpSolver, options: ExactRunOptions): Promise<ExactOutcome> {
  const started = Date.now();
  const first = await run(instance, lp, buildExactModel(instance), options);
  if (instance.objective !== 'maximin' || first.choice === null || first.status !== 'optimal') return first;
  // Lexicographic maximin: the smallest share is settled; now the most coverage keeping it.
  const tStar = (first.objective ?? 0) - MAXIMIN_TOLERANCE;
  const left = options.timeLimitS - (Date.now() - started) / 1000;
  if (left <= 0) return { ...first, status: 'time-limit' };
  const second = await run(instance, lp, buildExactModel(instance, { goal: 'coverage', minShare: Math.max(0, tStar) }), { ...options, timeLimitS: left, start: first.choice });
  if (second.choice === null) return { ...first, status: second.status === 'optimal' ? 'optimal' : 'time-limit' };
  return { status: second.status, choice: second.choice, objective: first.objective, bound: first.bound };
}

/** A proven upper bound from the LP relaxation (instance units), or null unless the LP solved to optimality. */
export async function relaxationBound(instance: SitingInstance, lp: LpSolver, timeLimitS: number): Promise<number | null> {
  const model = buildExactModel(instance, { relax: true });
  if (model.impossible) return null;
  if (model.trivial) return null;
  const result = await lp.solve(model.text, { timeLimitS });
  return result.status === 'optimal' ? paddedBound(model, { ...result, bound: result.objective }) : null;
}

/** The least total cost (or fewest sites) keeping every floor, budget and site limits lifted; null when even every candidate falls short. */
export async function shortfallMinimum(instance: SitingInstance, lp: LpSolver, goal: Extract<ExactGoal, 'min-cost' | 'min-sites'>, timeLimitS: number): Promise<{ value: number | null; proven: boolean }> {
  const model = buildExactModel(instance, { goal });
  if (model.impossible) return { value: null, proven: true };
  if (model.trivial) return { value: model.offset, proven: true };
  const result = await lp.solve(model.text, { timeLimitS, mipRelGap: 0 });
  if (result.status === 'infeasible') return { value: null, proven: true };
  if (result.objective === null) return { value: null, proven: false };
  // Integral costs in the objective: recompute from the choice rather than trust rounding.
  const choice = readExactSolution(instance, model, result.values ?? {});
  let value = 0;
  for (const j of choice.sites) value += goal === 'min-cost' ? instance.candidateCost[j]! : 1;
  return { value, proven: result.status === 'optimal' };
}
