// The true optimum of a tiny instance by enumeration: every subset of candidates and, with
// capacity, every single-sourcing assignment. Exponential by design — it exists to check every
// other solver (heuristic, presolve, the exact MIP) on instances small enough to enumerate.
// For a community network only subsets whose every site links to backhaul count, and their
// cost includes the cheapest links (network-tree.ts).

import { demandSites } from './demand-sites.ts';
import { comparePlans, evaluatePlan } from './evaluate.ts';
import { floorChecks } from './floors.ts';
import { networkTree } from './network-tree.ts';
import { SITING_EPS, type FloorCheck, type Plan, type PlanFigures, type SitingInstance } from './types.ts';
import { note, planNotes } from './plan-notes.ts';

/** Largest instance exhaustivePlan accepts: candidates, and demand points to assign with capacity. */
export const EXHAUSTIVE_LIMITS = { candidates: 20, assignedPoints: 10 } as const;

/** The optimal plan (status 'optimal', bound = objective) or 'infeasible' with a proven shortfall; figures of the best plan. */
export function exhaustivePlan(instance: SitingInstance): Plan & { readonly figures: PlanFigures | null } {
  const started = performance.now();
  const n = instance.candidateCost.length;
  if (n > EXHAUSTIVE_LIMITS.candidates) throw new Error(`exhaustivePlan: ${n} candidates, at most ${EXHAUSTIVE_LIMITS.candidates}`);
  let lockedMask = 0;
  let forbiddenMask = 0;
  for (const j of instance.locked) lockedMask |= 1 << j;
  for (const j of instance.forbidden) forbiddenMask |= 1 << j;
  const unknownGroup = Object.keys(instance.floors.groups ?? {}).some((g) => !instance.groups.includes(g));
  let best: { sites: Int32Array; assignment: Int32Array | null; figures: PlanFigures } | null = null;
  let budgetNeeded: number | null = null;
  let sitesNeeded: number | null = null;
  // Per floor, the best share any plan within the limits reaches: which floors are out of reach.
  let reach = null as FloorCheck[] | null;
  for (let mask = 0; mask < 1 << n; mask++) {
    if ((mask & lockedMask) !== lockedMask || (mask & forbiddenMask) !== 0) continue;
    const sites: number[] = [];
    for (let j = 0; j < n; j++) if (mask & (1 << j)) sites.push(j);
    const chosen = Int32Array.from(sites);
    const tree = instance.network ? networkTree(instance.network, chosen, n) : null;
    if (tree && tree.unconnected.length > 0) continue;
    const cost = sites.reduce((sum, j) => sum + instance.candidateCost[j]!, tree?.linkCost ?? 0);
    const withinLimits = cost <= instance.budget + SITING_EPS * Math.max(1, instance.budget) && sites.length <= instance.maxSites;
    for (const [assignment, figures] of plansFor(instance, chosen)) {
      const checks = floorChecks(instance, figures);
      if (withinLimits) reach = reach?.map((f, i) => (checks[i]!.achieved > f.achieved ? checks[i]! : f)) ?? checks;
      if (unknownGroup || !checks.every((f) => f.kept)) continue;
      budgetNeeded = Math.min(budgetNeeded ?? Infinity, cost);
      sitesNeeded = Math.min(sitesNeeded ?? Infinity, sites.length);
      if (!withinLimits) continue;
      if (!best || better(instance, figures, best.figures)) best = { sites: chosen, assignment, figures };
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (best) {
    const objective = best.figures.objective;
    const links = instance.network ? { links: networkTree(instance.network, best.sites, n).links } : {};
    return { sites: best.sites, assignment: best.assignment, status: 'optimal', solver: 'exhaustive', bound: objective, gap: 0, seconds, messages: [], figures: best.figures, ...links };
  }
  const shortfall = { floors: (reach ?? []).filter((f) => !f.kept), budgetNeeded, sitesNeeded, proven: true };
  const said = reach
    ? note('noPlanKeepsFloors', 'No plan within the budget and site limit keeps every floor.')
    : note(instance.network ? 'lockedAloneExhaustiveNetwork' : 'lockedAloneExhaustive', `The locked candidates alone break the budget or the site limit${instance.network ? ', or cannot link to backhaul' : ''}.`);
  return { sites: new Int32Array(0), assignment: null, status: 'infeasible', solver: 'exhaustive', bound: null, gap: null, seconds, ...planNotes([said]), shortfall, figures: null };
}

// Better objective; on a tie the cheaper plan, then the one with fewer sites.
function better(instance: SitingInstance, a: PlanFigures, b: PlanFigures): boolean {
  const c = comparePlans(instance, a, b);
  if (c !== 0) return c > 0;
  if (Math.abs(a.cost - b.cost) > SITING_EPS * Math.max(1, a.cost)) return a.cost < b.cost;
  return a.siteWeight.length < b.siteWeight.length;
}

// Without capacity one plan per subset; with capacity every assignment of the points the
// chosen sites reach (each to one site in range with room, or to none).
function* plansFor(instance: SitingInstance, sites: Int32Array): Generator<[Int32Array | null, PlanFigures]> {
  if (!instance.capacity) {
    yield [null, evaluatePlan(instance, sites, null)];
    return;
  }
  const capacity = instance.capacity;
  const chosen = new Set(sites);
  const { start, site } = demandSites(instance);
  const points: number[] = [];
  for (let d = 0; d < instance.demandWeight.length; d++) {
    if (instance.coveredByExisting[d]) continue;
    for (let k = start[d]!; k < start[d + 1]!; k++) {
      if (chosen.has(site[k]!)) {
        points.push(d);
        break;
      }
    }
  }
  if (points.length > EXHAUSTIVE_LIMITS.assignedPoints) {
    throw new Error(`exhaustivePlan: ${points.length} points to assign, at most ${EXHAUSTIVE_LIMITS.assignedPoints}`);
  }
  const assignment = new Int32Array(instance.demandWeight.length).fill(-1);
  const room = new Map([...sites].map((j) => [j, capacity[j]!]));
  function* place(at: number): Generator<[Int32Array | null, PlanFigures]> {
    if (at === points.length) {
      const copy = assignment.slice();
      yield [copy, evaluatePlan(instance, sites, copy)];
      return;
    }
    const d = points[at]!;
    const w = instance.demandWeight[d]!;
    for (let k = start[d]!; k < start[d + 1]!; k++) {
      const j = site[k]!;
      const left = room.get(j);
      if (left === undefined || left < w - SITING_EPS * Math.max(1, w)) continue;
      room.set(j, left - w);
      assignment[d] = j;
      yield* place(at + 1);
      assignment[d] = -1;
      room.set(j, left);
    }
    yield* place(at + 1);
  }
  yield* place(0);
}
