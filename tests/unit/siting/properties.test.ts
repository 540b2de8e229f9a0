// Seeded random instances (mulberry32): every plan the heuristic returns keeps the rules it
// claims to keep, its figures match a naive recount, and its objective is at most — and
// nearly always equal to — the exhaustive optimum.
import { describe, expect, test } from 'vitest';
import { checkPlan, evaluatePlan } from '../../../src/core/siting/evaluate.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import { heuristicPlan } from '../../../src/core/siting/heuristic.ts';
import type { PlanFigures, SitingInstance } from '../../../src/core/siting/types.ts';
import { randomInstance } from './instances.ts';

// The figures recounted the slow, obvious way: sets of covered points, then sums.
function naive(instance: SitingInstance, sites: Int32Array, assignment: Int32Array | null) {
  const chosen = new Set(sites);
  const coveredBy = (d: number) => {
    for (const j of chosen) {
      const row = Array.from(instance.coverDemand.subarray(instance.coverStart[j]!, instance.coverStart[j + 1]!));
      if (row.includes(d) && (!instance.capacity || assignment?.[d] === j)) return true;
    }
    return false;
  };
  let covered = 0;
  const districtWeight = new Array<number>(instance.nDistricts).fill(0);
  const districtAfter = new Array<number>(instance.nDistricts).fill(0);
  instance.demandWeight.forEach((w, d) => {
    const isCovered = instance.coveredByExisting[d] === 1 || coveredBy(d);
    const k = instance.demandDistrict[d]!;
    if (isCovered) covered += w;
    if (k < 0) return;
    districtWeight[k]! += w;
    if (isCovered) districtAfter[k]! += w;
  });
  const shares = districtWeight.flatMap((w, k) => (w > 0 ? [districtAfter[k]! / w] : []));
  const cost = [...chosen].reduce((sum, j) => sum + instance.candidateCost[j]!, 0);
  return { covered, cost, minShare: shares.length ? Math.min(...shares) : 1 };
}

function expectNaive(instance: SitingInstance, sites: Int32Array, assignment: Int32Array | null, figures: PlanFigures) {
  const recount = naive(instance, sites, assignment);
  expect(figures.coveredWeight).toBeCloseTo(recount.covered, 9);
  expect(figures.cost).toBeCloseTo(recount.cost, 9);
  expect(figures.minDistrictShare).toBeCloseTo(recount.minShare, 12);
  expect(figures.siteWeight.reduce((a, b) => a + b, 0)).toBeCloseTo(figures.newlyCoveredWeight, 9);
}

describe('heuristic against exhaustive search', () => {
  for (const capacity of [false, true]) {
    test(`${capacity ? 'with' : 'without'} capacity: never breaks a rule, figures recount, gap to the optimum small`, async () => {
      const count = capacity ? 100 : 250;
      const gaps: number[] = [];
      let infeasible = 0;
      let falseShortfalls = 0;
      for (let seed = 1; seed <= count; seed++) {
        const instance = randomInstance(seed, { nDemand: capacity ? 7 : 25, nCandidates: capacity ? 6 : 10, capacity, floors: seed % 2 === 0 });
        const exact = exhaustivePlan(instance);
        const plan = await heuristicPlan(instance, {}, { seed });
        const figures = evaluatePlan(instance, plan.sites, plan.assignment);
        expectNaive(instance, plan.sites, plan.assignment, figures);
        if (exact.figures) expectNaive(instance, exact.sites, exact.assignment, exact.figures);
        const { violations } = checkPlan(instance, plan.sites, plan.assignment);
        // Limits, locks, forbidden sites and capacity always hold; floors hold unless a shortfall says otherwise.
        const lockedAffordable = Array.from(instance.locked).reduce((s, j) => s + instance.candidateCost[j]!, 0) <= instance.budget;
        if (!lockedAffordable) {
          expect(exact.status).toBe('infeasible');
          expect(plan.messages.map((m) => m.text).join(' ')).toMatch(/locked sites alone/);
          continue;
        }
        expect(violations.filter((v) => !v.includes('below the floor')), `seed ${seed}`).toEqual([]);
        if (!plan.shortfall) expect(violations, `seed ${seed}`).toEqual([]);
        if (exact.status === 'infeasible') {
          infeasible++;
          expect(plan.shortfall, `seed ${seed}`).toBeDefined();
          const [proven, found] = [exact.shortfall!, plan.shortfall!];
          if (proven.budgetNeeded !== null && found.budgetNeeded !== null) expect(found.budgetNeeded).toBeGreaterThanOrEqual(proven.budgetNeeded - 1e-9);
          if (proven.sitesNeeded !== null && found.sitesNeeded !== null) expect(found.sitesNeeded).toBeGreaterThanOrEqual(proven.sitesNeeded);
          if (!capacity) expect(found.budgetNeeded === null, `seed ${seed}`).toBe(proven.budgetNeeded === null);
          continue;
        }
        if (plan.shortfall) {
          falseShortfalls++;
          continue;
        }
        const optimum = exact.figures!.objective;
        expect(figures.objective, `seed ${seed}`).toBeLessThanOrEqual(optimum + 1e-9);
        gaps.push((optimum - figures.objective) / Math.max(Math.abs(optimum), 1e-9));
        // Maximin ties go to covered weight: on the same worst share, compare that too.
        if (instance.objective === 'maximin' && Math.abs(optimum - figures.objective) < 1e-9) {
          expect(figures.coveredWeight, `seed ${seed}`).toBeLessThanOrEqual(exact.figures!.coveredWeight + 1e-9);
          gaps.push((exact.figures!.coveredWeight - figures.coveredWeight) / Math.max(exact.figures!.coveredWeight, 1e-9));
        }
      }
      gaps.sort((a, b) => a - b);
      const within1 = gaps.filter((g) => g <= 0.01).length / gaps.length;
      // The sample must hold both kinds, or half of this test proves nothing.
      expect(infeasible).toBeGreaterThan(5);
      expect(gaps.length).toBeGreaterThan(count / 2);
      expect(gaps[gaps.length >> 1]).toBe(0);
      expect(within1).toBeGreaterThanOrEqual(0.97);
      expect(falseShortfalls).toBeLessThanOrEqual(capacity ? 1 : 0);
    }, 60_000);
  }
});
