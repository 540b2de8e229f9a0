// Seeded community networks (randomSpec's budgets, existing sites, capacity, floors, maximin, on
// random sites 3–5 km links apart): exact (solvePlan with HiGHS) equals the exhaustive optimum;
// every reported network is linked to backhaul by listed links ≤ linkM, as a naive recount
// (Kruskal, not network-tree's Prim) finds; cost with links within budget; floors kept; and
// heuristic ≤ exact ≤ bound.
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import { checkPlan, evaluatePlan } from '../../../src/core/siting/evaluate.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { networkHeuristicPlan } from '../../../src/core/siting/network-heuristic.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import { SITING_EPS, type PlanLinks, type SitingInstance } from '../../../src/core/siting/types.ts';
import { figures } from './exact-oracle.ts';
import { randomNetworkInstance } from './network-instances.ts';

let lp: LpSolver;
beforeAll(async () => {
  lp = await highsSolver();
});

// Lengths of every listed link, by "j-k" (k < 0: backhaul −1−k), read straight from the rows.
function listedLinks(instance: SitingInstance): Map<string, number> {
  const net = instance.network!;
  const out = new Map<string, number>();
  for (let j = 0; j < instance.candidateCost.length; j++) {
    for (let p = net.linkStart[j]!; p < net.linkStart[j + 1]!; p++) out.set(`${j}-${net.linkTo[p]}`, net.linkLength[p]!);
    for (let p = net.backhaulStart[j]!; p < net.backhaulStart[j + 1]!; p++) out.set(`${j}-${-1 - net.backhaulTo[p]!}`, net.backhaulLength[p]!);
  }
  return out;
}

// The shortest tree's length by Kruskal over the chosen sites and one backhaul root (−1).
function kruskal(instance: SitingInstance, sites: Int32Array): number {
  const edges = [...listedLinks(instance)].map(([key, m]) => {
    const [j, k] = key.split('-').length === 3 ? [Number(key.split('-')[0]), -1] : key.split('-').map(Number);
    return { j: j!, k: k! < 0 ? -1 : k!, m };
  });
  const chosen = new Set(sites);
  const root = new Map<number, number>();
  const find = (v: number): number => (root.get(v) ?? v) === v ? v : find(root.get(v)!);
  let total = 0;
  for (const e of edges.filter((e) => chosen.has(e.j) && (e.k === -1 || chosen.has(e.k))).sort((a, b) => a.m - b.m)) {
    const [a, b] = [find(e.j), find(e.k)];
    if (a === b) continue;
    root.set(a, b);
    total += e.m;
  }
  return total;
}

// Every site's chain of parents reaches backhaul through listed links ≤ linkM; returns the links' total length.
function expectLinked(instance: SitingInstance, sites: Int32Array, links: PlanLinks, label: string): number {
  const net = instance.network!;
  const listed = listedLinks(instance);
  const at = new Map([...sites].map((j, i) => [j, i]));
  let total = 0;
  sites.forEach((j, i) => {
    const p = links.parent[i]!;
    const m = listed.get(`${j}-${p}`);
    expect(m, `${label}: link ${j}→${p} listed`).toBeDefined();
    expect(m!).toBeLessThanOrEqual(net.linkM);
    expect(links.length[i]).toBe(m);
    total += m!;
    let [v, steps] = [j, 0];
    while (v >= 0 && steps++ <= sites.length) v = links.parent[at.get(v)!]!;
    expect(v, `${label}: site ${j} reaches backhaul`).toBeLessThan(0);
    expect(links.hops[i], `${label}: hops of ${j}`).toBe(steps);
  });
  return total;
}

describe('community networks on seeded instances', () => {
  test('exact = exhaustive optimum; links, cost, floors recount; heuristic ≤ exact ≤ bound (100 seeds)', async () => {
    let infeasible = 0;
    let relayed = 0;
    let linkPriced = 0;
    let [feasible, atOptimum, falseShortfalls, provenShortfalls] = [0, 0, 0, 0];
    for (let seed = 1; seed <= 100; seed++) {
      const instance = randomNetworkInstance(seed);
      const label = `seed ${seed}`;
      const best = exhaustivePlan(instance);
      const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: 10, seed }, lp);
      const heuristic = await networkHeuristicPlan(instance, {}, { seed });
      const hFigures = evaluatePlan(instance, heuristic.sites, heuristic.assignment);
      if (best.status === 'infeasible') {
        infeasible++;
        expect(plan.status, label).toBe('infeasible');
        // Floors out of reach: the least cost (links included) and fewest sites that keep them, proven by both.
        if (plan.shortfall?.proven) {
          provenShortfalls++;
          expect(plan.shortfall.budgetNeeded ?? -1, label).toBeCloseTo(best.shortfall!.budgetNeeded ?? -1, 9);
          expect(plan.shortfall.sitesNeeded, label).toBe(best.shortfall!.sitesNeeded);
        }
        continue;
      }
      expect(plan.status, label).toBe('optimal');
      const got = evaluatePlan(instance, plan.sites, plan.assignment);
      expect(got.objective, label).toBeCloseTo(best.figures!.objective, 9);
      if (instance.objective === 'maximin') expect(got.coveredWeight, label).toBeCloseTo(best.figures!.coveredWeight, 9);
      expect(checkPlan(instance, plan.sites, plan.assignment, plan.links).violations, label).toEqual([]);
      // The recount: links listed and linked, their length the shortest tree's, cost and floors.
      const length = expectLinked(instance, plan.sites, plan.links!, label);
      expect(length, label).toBeCloseTo(kruskal(instance, plan.sites), 6);
      const cost = [...plan.sites].reduce((s, j) => s + instance.candidateCost[j]!, (length / 1000) * instance.network!.linkCostPerKm);
      expect(got.cost, label).toBeCloseTo(cost, 9);
      expect(cost, label).toBeLessThanOrEqual(instance.budget + SITING_EPS * Math.max(1, instance.budget));
      expect(figures(instance, [...plan.sites], plan.assignment).feasible, label).toBe(true);
      expect(plan.bound!, label).toBeGreaterThanOrEqual(got.objective - 1e-9);
      // The heuristic keeps every rule when it claims no shortfall, and never beats the optimum.
      const hCheck = checkPlan(instance, heuristic.sites, heuristic.assignment);
      if (!heuristic.shortfall) expect(hCheck.violations, label).toEqual([]);
      else expect(hCheck.violations.filter((v) => !v.includes('below the floor')), label).toEqual([]);
      if (heuristic.shortfall) falseShortfalls++;
      else {
        expect(hFigures.objective, label).toBeLessThanOrEqual(got.objective + 1e-9);
        if (hFigures.objective >= got.objective - 1e-9) atOptimum++;
        feasible++;
      }
      // A relay: a site serving nobody new that another site links through.
      if (plan.sites.some((j, i) => got.siteWeight[i] === 0 && plan.links!.parent.includes(j))) relayed++;
      if (instance.network!.linkCostPerKm > 0 && plan.sites.length > 0) linkPriced++;
    }
    console.log(`network properties: ${infeasible} infeasible, ${relayed} with relays, ${linkPriced} with priced links; heuristic at the optimum ${atOptimum} of ${feasible}, ${falseShortfalls} false shortfalls, ${provenShortfalls} proven shortfalls`);
    // The sample must hold every kind of case, or part of this test proves nothing.
    expect(infeasible).toBeGreaterThan(5);
    expect(provenShortfalls).toBeGreaterThan(5);
    expect(relayed).toBeGreaterThan(3);
    expect(linkPriced).toBeGreaterThan(20);
    // Measured at this commit: 59 of 61 at the optimum, no false shortfall.
    expect(atOptimum).toBeGreaterThanOrEqual(0.85 * feasible);
    expect(falseShortfalls).toBeLessThanOrEqual(1);
  }, 300_000);
});
