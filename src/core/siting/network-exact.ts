// Runs the community-network model (network-model.ts) on an injected LpSolver: the MIP (maximin
// in two phases, as exact-solve.ts), its LP relaxation for a bound, and the shortfall minima.
// No candidate presolve: a site that covers less than another may be the relay that links it,
// so dropping "dominated" sites could lose the optimum (the model still merges demand points
// reached by the same sites, which is safe). Plans come back with sites only; the caller
// rebuilds their links from the cheapest tree and re-evaluates every figure.
import type { ExactChoice, ExactGoal, ExactModel } from './exact-model.ts';
import type { ExactOutcome, ExactRunOptions } from './exact-solve.ts';
import { MIP_REL_GAP } from './exact-solve.ts';
import type { LpResult, LpSolver } from './lp-solver.ts';
import { buildNetworkModel, networkStart, readNetworkSolution } from './network-model.ts';
import type { SitingInstance } from './types.ts';

const MAXIMIN_TOLERANCE = 1e-7;

// As exact-solve.ts: padded so row slack (≤ tolerance per unit of |objective coefficient|) cannot put the bound below the optimum.
function paddedBound(model: ExactModel, result: LpResult): number | null {
  if (result.bound === null) return null;
  const pad = result.tolerance * model.objectiveSum + 1e-9 * Math.abs(result.bound);
  return (result.bound + pad) * model.scale + model.offset;
}

async function run(instance: SitingInstance, lp: LpSolver, model: ExactModel, options: ExactRunOptions): Promise<ExactOutcome> {
  if (model.impossible) return { status: 'infeasible', choice: null, objective: null, bound: null };
  if (model.trivial) return { status: 'optimal', choice: readNetworkSolution(instance, model, {}), objective: null, bound: null };
  const result = await lp.solve(model.text, {
    timeLimitS: options.timeLimitS,
    mipRelGap: MIP_REL_GAP,
    ...(options.start ? { start: networkStart(instance, model, options.start) } : {}),
    ...(options.onImprove ? { onImprove: (_o: number, values: Readonly<Record<string, number>>) => options.onImprove!(readNetworkSolution(instance, model, values)) } : {}),
  });
  const choice = result.values === null ? null : readNetworkSolution(instance, model, result.values);
  const objective = result.objective === null ? null : result.objective * model.scale + model.offset;
  return { status: result.status, choice, objective, bound: paddedBound(model, result) };
}

/** The network MIP: the best connected plan found within the time limit (s) and the solver's proven bound (instance units). */
export async function solveNetworkExact(instance: SitingInstance, lp: LpSolver, options: ExactRunOptions): Promise<ExactOutcome> {
  const started = performance.now();
  const first = await run(instance, lp, buildNetworkModel(instance), options);
  if (instance.objective !== 'maximin' || first.choice === null || first.status !== 'optimal') return first;
  // Lexicographic maximin: the smallest share is settled; now the most coverage keeping it.
  const tStar = (first.objective ?? 0) - MAXIMIN_TOLERANCE;
  const left = options.timeLimitS - (performance.now() - started) / 1000;
  if (left <= 0) return { ...first, status: 'time-limit' };
  const model = buildNetworkModel(instance, { goal: 'coverage', minShare: Math.max(0, tStar) });
  const second = await run(instance, lp, model, { ...options, timeLimitS: left, start: first.choice });
  if (second.choice === null) return { ...first, status: second.status === 'optimal' ? 'optimal' : 'time-limit' };
  return { status: second.status, choice: second.choice, objective: first.objective, bound: first.bound };
}

/** A proven upper bound (instance units) from the network model's LP relaxation, or null unless the LP solved to optimality within timeLimitS. */
export async function networkRelaxationBound(instance: SitingInstance, lp: LpSolver, timeLimitS: number): Promise<number | null> {
  const model = buildNetworkModel(instance, { relax: true });
  if (model.impossible || model.trivial) return null;
  const result = await lp.solve(model.text, { timeLimitS });
  return result.status === 'optimal' ? paddedBound(model, { ...result, bound: result.objective }) : null;
}

/** The least total cost, links included (or fewest sites), of a connected plan keeping every floor, budget and site limit lifted; null when none does. */
export async function networkShortfallMinimum(instance: SitingInstance, lp: LpSolver, goal: Extract<ExactGoal, 'min-cost' | 'min-sites'>, timeLimitS: number): Promise<{ value: number | null; proven: boolean; choice: ExactChoice | null }> {
  const model = buildNetworkModel(instance, { goal });
  if (model.impossible) return { value: null, proven: true, choice: null };
  if (model.trivial) return { value: 0, proven: true, choice: readNetworkSolution(instance, model, {}) };
  const result = await lp.solve(model.text, { timeLimitS, mipRelGap: 0 });
  if (result.status === 'infeasible') return { value: null, proven: true, choice: null };
  if (result.values === null) return { value: null, proven: false, choice: null };
  // The caller recomputes the value from the plan (the cheapest tree may undercut the model's links).
  return { value: result.objective, proven: result.status === 'optimal', choice: readNetworkSolution(instance, model, result.values) };
}
