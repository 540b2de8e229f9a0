// solvePlan for a community network (instance.network set): the network heuristic, the LP bound
// of the flow model, then — for `exact`, or `auto` when the model is small enough — the MIP
// started from the heuristic's plan, keeping the better (the course of solve-course.ts). As in solve.ts every figure comes from
// evaluatePlan (cost with the cheapest links), every plan is checked by checkPlan with its links,
// and the links reported are always the cheapest tree of the chosen sites (network-tree.ts).
import { checkPlan, comparePlans, evaluatePlan } from './evaluate.ts';
import type { ExactChoice } from './exact-model.ts';
import { reduceForExact } from './exact-reduce.ts';
import type { SolveHooks } from './heuristic.ts';
import type { LpSolver } from './lp-solver.ts';
import { networkRelaxationBound, networkShortfallMinimum, solveNetworkExact } from './network-exact.ts';
import { networkHeuristicPlan } from './network-heuristic.ts';
import { networkTree } from './network-tree.ts';
import { reportedGap, runSolveCourse, type Contender, type SolveCourse } from './solve-course.ts';
import { qualityNote, shortfallNote } from './solve-messages.ts';
import { note, planNotes, type PlanNote } from './plan-notes.ts';
import type { FloorCheck, Plan, PlanFigures, PlanLinks, Shortfall, SitingInstance, SolveProgress } from './types.ts';
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

interface Judged extends ExactChoice, Contender {
  readonly links: PlanLinks;
  readonly figures: PlanFigures;
  readonly floors: FloorCheck[];
}

function judged(instance: SitingInstance, choice: ExactChoice, solver: Judged['solver']): Judged {
  const { links } = networkTree(instance.network!, choice.sites, instance.candidateCost.length);
  const { floors, violations } = checkPlan(instance, choice.sites, choice.assignment, links);
  const figures = evaluatePlan(instance, choice.sites, choice.assignment);
  return { ...choice, links, solver, floors, violations, figures, objective: figures.objective };
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
  const report = (phase: SolveProgress['phase'], plan: Judged | null, bound: number | null) =>
    hooks.progress?.({ phase, objective: plan?.figures.objective ?? null, bound, sites: plan?.sites ?? null });
  report('presolve', null, null);
  const plannedMip = lp !== null && (options.solver === 'exact' || (options.solver === 'auto' && networkModelSize(instance) <= NETWORK_AUTO_SIZE_PER_SECOND * options.timeLimitS));
  const h = await networkHeuristicPlan(instance, hooks, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    timeLimitS: options.timeLimitS * (plannedMip ? HEURISTIC_SHARE_BEFORE_MIP : 0.9),
  });
  // A locked site no chain reaches: no plan can link it; the heuristic's note says which.
  const hopeless = h.unlinkedLocked.length > 0;
  const course: SolveCourse<ExactChoice, Judged> = {
    noun: 'network plan',
    plannedMip,
    exactCanHelp: !hopeless,
    judge: (choice, solver) => judged(instance, choice, solver),
    better: (a, b) => comparePlans(instance, a.figures, b.figures) > 0,
    relaxationBound: (solverLp, seconds) => networkRelaxationBound(instance, solverLp, seconds),
    exact: (solverLp, run) => solveNetworkExact(instance, solverLp, run),
    progress: report,
    improved: (choice, bound) => hooks.progress?.({ phase: 'exact', objective: evaluatePlan(instance, choice.sites, choice.assignment).objective, bound, sites: choice.sites }),
  };
  const run = await runSolveCourse(course, judged(instance, { sites: h.sites, assignment: h.assignment }, 'heuristic'), lp, options.solver, left, checkpoint);
  const { best, status } = run;
  const messages: PlanNote[] = [...h.messages, ...run.messages];

  let shortfall: Shortfall | undefined;
  if (status === 'infeasible') {
    const missed = best.floors.filter((f) => !f.kept);
    if (!hopeless && missed.length > 0) {
      shortfall = await networkShortfall(instance, lp, missed, h.shortfall, left, checkpoint);
      messages.push(shortfallNote(shortfall, instance, missed));
    } else if (!hopeless) {
      messages.push(note('networkInfeasible', `No connected plan keeps the limits: ${best.violations.join(' ')}`, { count: best.violations.length }));
    }
  }
  const { bound, gap } = reportedGap(status, run.bound, best.objective);
  if (status !== 'infeasible') messages.push(qualityNote(instance, status, gap, options.timeLimitS));
  report('done', best, bound);
  return {
    sites: best.sites, assignment: best.assignment, status, solver: best.solver, bound, gap, seconds: (performance.now() - started) / 1000,
    ...planNotes(messages), links: best.links, ...(shortfall ? { shortfall } : {}),
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
