// Runs the exact model on an injected LpSolver: the MIP (maximin in two phases), its LP
// relaxation for a bound, and the shortfall minima (least cost, fewest sites keeping every
// floor). Each first goes through siting-core's presolve (same optimum: constants merged,
// identical points merged, dominated candidates dropped); plans come back in original indices.
// Objectives and bounds are in instance units; the caller re-evaluates every plan.
import { buildExactModel, exactStart, readExactSolution, type ExactChoice, type ExactGoal, type ExactModel } from './exact-model.ts';
import type { LpResult, LpSolver, LpStatus } from './lp-solver.ts';
import { expandAssignment, expandSites, presolve, type Presolved } from './presolve.ts';
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

/** Relative gap at which the MIP stops as optimal (HiGHS's default, 1e-4, is too loose to call a plan optimal). */
export const MIP_REL_GAP = 1e-6;

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
    mipRelGap: MIP_REL_GAP,
    ...(options.start ? { start: exactStart(model, options.start) } : {}),
    ...(options.onImprove ? { onImprove: (_o: number, values: Readonly<Record<string, number>>) => options.onImprove!(readExactSolution(instance, model, values)) } : {}),
  });
  const choice = result.values === null ? null : readExactSolution(instance, model, result.values);
  const objective = result.objective === null ? null : result.objective * model.scale + model.offset;
  return { status: result.status, choice, objective, bound: paddedBound(model, result) };
}

/** The exact MIP: the best plan found within the time limit (original indices) and the solver's proven bound. */
export async function solveExact(instance: SitingInstance, lp: LpSolver, options: ExactRunOptions): Promise<ExactOutcome> {
  const p = presolve(instance);
  const up = (c: ExactChoice): ExactChoice => ({ sites: expandSites(p, c.sites), assignment: expandAssignment(p, c.assignment) });
  const out = await solveReduced(p.instance, lp, {
    timeLimitS: options.timeLimitS,
    ...(options.start ? { start: toReduced(instance, p, options.start) } : {}),
    ...(options.onImprove ? { onImprove: (c: ExactChoice) => options.onImprove!(up(c)) } : {}),
  });
  return { ...out, choice: out.choice === null ? null : up(out.choice) };
}

/**
 * A plan in the presolved instance's indices, as a warm start. A
 * candidate presolve dropped as dominated is replaced by one it dropped it for: covering at
 * least the same points at no more cost (so the start stays feasible and no worse).
 */
function toReduced(instance: SitingInstance, p: Presolved, plan: ExactChoice): ExactChoice {
  const reducedOf = new Map<number, number>();
  p.originalCandidate.forEach((j, r) => reducedOf.set(j, r));
  const cover = (j: number) => new Set(instance.coverDemand.subarray(instance.coverStart[j]!, instance.coverStart[j + 1]!));
  const chosen = new Set<number>();
  for (const j of plan.sites) {
    let r = reducedOf.get(j);
    if (r === undefined) {
      const mine = cover(j);
      r = p.originalCandidate.findIndex((k, at) => !chosen.has(at) && instance.candidateCost[k]! <= instance.candidateCost[j]! && [...mine].every((d) => cover(k).has(d)));
    }
    // Without a reduced index (it covers nothing that matters, or no replacement was found) a
    // site is left out of the start; HiGHS checks a start and completes or ignores it.
    if (r >= 0) chosen.add(r);
  }
  const sites = Int32Array.from([...chosen].sort((a, b) => a - b));
  if (plan.assignment === null || instance.capacity === null) return { sites, assignment: null };
  const assignment = new Int32Array(p.instance.demandWeight.length).fill(-1);
  plan.assignment.forEach((j, d) => {
    const r = j >= 0 ? reducedOf.get(j) : undefined;
    if (r !== undefined) assignment[p.reducedDemand[d]!] = r;
  });
  return { sites, assignment };
}

async function solveReduced(instance: SitingInstance, lp: LpSolver, options: ExactRunOptions): Promise<ExactOutcome> {
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
  const model = buildExactModel(presolve(instance).instance, { relax: true });
  if (model.impossible) return null;
  if (model.trivial) return null;
  const result = await lp.solve(model.text, { timeLimitS });
  return result.status === 'optimal' ? paddedBound(model, { ...result, bound: result.objective }) : null;
}

/** The least total cost (or fewest sites) keeping every floor, budget and site limits lifted; null when even every candidate falls short. */
export async function shortfallMinimum(instance: SitingInstance, lp: LpSolver, goal: Extract<ExactGoal, 'min-cost' | 'min-sites'>, timeLimitS: number): Promise<{ value: number | null; proven: boolean }> {
  const reduced = presolve(instance).instance;
  const model = buildExactModel(reduced, { goal });
  if (model.impossible) return { value: null, proven: true };
  if (model.trivial) return { value: model.offset, proven: true };
  const result = await lp.solve(model.text, { timeLimitS, mipRelGap: 0 });
  if (result.status === 'infeasible') return { value: null, proven: true };
  if (result.objective === null) return { value: null, proven: false };
  // Integral costs in the objective: recompute from the choice rather than trust rounding.
  const choice = readExactSolution(reduced, model, result.values ?? {});
  let value = 0;
  for (const j of choice.sites) value += goal === 'min-cost' ? reduced.candidateCost[j]! : 1;
  return { value, proven: result.status === 'optimal' };
}
