// solvePlan for a community network (instance.network set): the network heuristic, the LP bound
// of the flow model, then — for `exact`, or `auto` when the model is small enough — the MIP
// started from the heuristic's plan, keeping the better. As in solve.ts every figure comes from
// evaluatePlan (cost with the cheapest links), every plan is checked by checkPlan with its links,
// and the links reported are always the cheapest tree of the chosen sites (network-tree.ts).
import { checkPlan, comparePlans, evaluatePlan } from './evaluate.ts';
import type { ExactChoice } from './exact-model.ts';
import { reduceForExact } from './exact-reduce.ts';
import { MIP_REL_GAP } from './exact-solve.ts';
import type { SolveHooks } from './heuristic.ts';
import type { LpSolver } from './lp-solver.ts';
import { networkRelaxationBound, networkShortfallMinimum, solveNetworkExact } from './network-exact.ts';
import { networkHeuristicPlan } from './network-heuristic.ts';
import { networkTree } from './network-tree.ts';
import { qualityMessage, shortfallMessage } from './solve-messages.ts';
import type { FloorCheck, Plan, PlanFigures, PlanLinks, PlanStatus, Shortfall, SitingInstance, SolveProgress } from './types.ts';
import type { SolveOptions } from './solve.ts';

/**
 * `auto` runs the network MIP when coverage pairs + NETWORK_LINK_WEIGHT × links is at most this
 * per second of the time limit. Flow connectivity makes the MIP far harder than plain coverage
 * (bench/README.md, siting-network): a model of size 972 took 26–42 s to prove on the loaded
 * development machine, one of 2,624 was left at a 1.9 % gap after 60 s. So 900 at 30 s.
 */
export const NETWORK_AUTO_SIZE_PER_SECOND = 30;
const NETWORK_LINK_WEIGHT = 4;
const HEURISTIC_SHARE_BEFORE_MIP = 0.3;

interface Judged extends ExactChoice {
  readonly links: PlanLinks;
  readonly figures: PlanFigures;
  readonly floors: FloorCheck[];
  readonly violations: readonly string[];
  readonly solver: 'heuristic' | 'exact';
}

function judged(instance: SitingInstance, choice: ExactChoice, solver: Judged['solver']): Judged {
  const { links } = networkTree(instance.network!, choice.sites, instance.candidateCost.length);
  const { floors, violations } = checkPlan(instance, choice.sites, choice.assignment, links);
  return { ...choice, links, solver, floors, violations, figures: evaluatePlan(instance, choice.sites, choice.assignment) };
}

/** How big the network MIP is for `auto`: reduced coverage pairs plus NETWORK_LINK_WEIGHT × links (candidate–candidate and to backhaul). */
export function networkModelSize(instance: SitingInstance): number {
  const n = instance.network!;
  return reduceForExact(instance).pointCand.length + NETWORK_LINK_WEIGHT * (n.linkTo.length / 2 + n.backhaulTo.length);
}

/** solvePlan's answer for a community network (validated by the caller): the plan with its links, bound, gap and notes in plain words. */
export async function solveNetworkPlan(instance: SitingInstance, options: SolveOptions, lp: LpSolver | null, hooks: SolveHooks = {}): Promise<Plan> {
  const started = performance.now();
  const left = () => Math.max(0, options.timeLimitS - (performance.now() - started) / 1000);
  const checkpoint = async () => hooks.checkpoint?.();
  let bound: number | null = null;
  const report = (phase: SolveProgress['phase'], plan: Judged | null) =>
    hooks.progress?.({ phase, objective: plan?.figures.objective ?? null, bound, sites: plan?.sites ?? null });
  report('presolve', null);
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && networkModelSize(instance) <= NETWORK_AUTO_SIZE_PER_SECOND * options.timeLimitS));
  const h = await networkHeuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  let best = judged(instance, { sites: h.sites, assignment: h.assignment }, 'heuristic');
  const messages: string[] = [...h.messages];
  const feasible = (c: Judged) => c.violations.length === 0;
  // A locked site no chain reaches: no plan can link it; the heuristic's note says which.
  const hopeless = h.unlinkedLocked.length > 0;
  report('bound', best);
  const runMip = !hopeless && (plannedMip || (lp !== null && !feasible(best)));
  if (lp !== null && !hopeless) {
    await checkpoint();
    bound = await networkRelaxationBound(instance, lp, runMip ? left() / 2 : left());
    report('bound', best);
  }
  let status: PlanStatus = feasible(best) ? 'heuristic' : 'infeasible';
  if (runMip && lp !== null) {
    await checkpoint();
    report('exact', best);
    const exact = await solveNetworkExact(instance, lp, {
      timeLimitS: left(),
      ...(feasible(best) ? { start: best } : {}),
      onImprove: (choice) => hooks.progress?.({ phase: 'exact', objective: evaluatePlan(instance, choice.sites, choice.assignment).objective, bound, sites: choice.sites }),
    });
    if (exact.choice !== null) {
      const candidate = judged(instance, exact.choice, 'exact');
      if (!feasible(candidate) && exact.status !== 'infeasible') throw new Error(`The exact solver's network plan breaks its own constraints: ${candidate.violations.join(' ')}`);
      if (!feasible(best) || comparePlans(instance, candidate.figures, best.figures) > 0) best = candidate;
    }
    if (exact.bound !== null) bound = bound === null ? exact.bound : Math.min(bound, exact.bound);
    if (exact.status === 'infeasible') status = feasible(best) ? 'heuristic' : 'infeasible';
    else if (feasible(best)) status = exact.status === 'optimal' ? 'optimal' : 'time-limit';
    if (exact.status === 'optimal' && best.solver === 'heuristic') messages.push('The exact solver proved the heuristic plan optimal.');
  } else if (options.solver !== 'heuristic' && lp === null) {
    messages.push('The exact solver is not available here; the plan is the heuristic one.');
  }
  if (status !== 'infeasible' && !feasible(best)) throw new Error(`A network plan marked ${status} breaks its constraints: ${best.violations.join(' ')}`);

  let shortfall: Shortfall | undefined;
  if (status === 'infeasible') {
    bound = null;
    const missed = best.floors.filter((f) => !f.kept);
    if (!hopeless && missed.length > 0) {
      shortfall = await networkShortfall(instance, lp, missed, h.shortfall, left, checkpoint);
      messages.push(shortfallMessage(shortfall, instance, missed));
    } else if (!hopeless) {
      messages.push(`No connected plan keeps the limits: ${best.violations.join(' ')}`);
    }
  }
  const objective = best.figures.objective;
  if (bound !== null) bound = Math.max(bound, objective);
  if (status === 'optimal' && (bound === null || bound - objective <= MIP_REL_GAP * Math.max(1, Math.abs(bound)))) bound = objective;
  const gap = bound === null ? null : (bound - objective) / Math.max(Math.abs(bound), 1e-12);
  if (status !== 'infeasible') messages.push(qualityMessage(instance, status, gap, options.timeLimitS));
  report('done', best);
  return {
    sites: best.sites, assignment: best.assignment, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000,
    messages, links: best.links, ...(shortfall ? { shortfall } : {}),
  };
}

// The least cost (links included) and fewest sites of a connected plan keeping every floor —
// proven by the MIP when it finishes, else the heuristic's estimate. The floors named are those
// the plan misses (whether each is out of reach alone is not searched for networks).
async function networkShortfall(
  instance: SitingInstance,
  lp: LpSolver | null,
  missed: FloorCheck[],
  estimate: Shortfall | undefined,
  left: () => number,
  checkpoint: () => Promise<void>,
): Promise<Shortfall> {
  if (lp === null) return { floors: missed, budgetNeeded: estimate?.budgetNeeded ?? null, sitesNeeded: estimate?.sitesNeeded ?? null, proven: false };
  await checkpoint();
  const cost = await networkShortfallMinimum(instance, lp, 'min-cost', Math.max(1, left() / 2));
  await checkpoint();
  const count = await networkShortfallMinimum(instance, lp, 'min-sites', Math.max(1, left()));
  const budget = cost.choice ? evaluatePlan(instance, cost.choice.sites, null).cost : null;
  const sites = count.choice ? count.choice.sites.length : null;
  return {
    floors: missed,
    budgetNeeded: budget ?? (cost.proven ? null : (estimate?.budgetNeeded ?? null)),
    sitesNeeded: sites ?? (count.proven ? null : (estimate?.sitesNeeded ?? null)),
    proven: cost.proven && count.proven,
  };
}
