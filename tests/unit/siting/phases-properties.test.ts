// Seeded random phased instances (mulberry32): every roll-out the heuristic returns keeps each
// year's budget (and floors, unless no roll-out can), its figures match a naive recount, and
// heuristic ≤ exact ≤ bound in weight-years.
import { beforeAll, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { checkPhasedPlan, evaluatePhases, type PhaseFigures } from '../../../src/core/siting/phases-evaluate.ts';
import { phasedHeuristicPlan } from '../../../src/core/siting/phases-heuristic.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import type { SitingInstance } from '../../../src/core/siting/types.ts';
import { randomInstance } from './instances.ts';
import { risingFloors } from './phases-instances.ts';

let highs: LpSolver;
beforeAll(async () => {
  highs = await highsSolver();
});

/** randomInstance (25 points, 10 candidates) as a 2–4 year roll-out: yearly budgets of 0–6, rising floors half the time. */
function randomRollOut(seed: number): SitingInstance {
  const rnd = mulberry32(seed * 104_729);
  const base = randomInstance(seed, { nDemand: 25, nCandidates: 10, floors: seed % 2 === 0, objective: 'coverage' });
  const years = 2 + Math.floor(rnd() * 3);
  const budgets = Float64Array.from({ length: years }, () => (rnd() < 0.1 ? Infinity : Math.floor(rnd() * 7)));
  return { ...base, phases: { budgets, ...(rnd() < 0.5 ? { floors: risingFloors(base.floors, years) } : {}) } };
}

// Each year's covered weight, per district and per group, the slow, obvious way.
function expectNaive(instance: SitingInstance, sites: Int32Array, year: Int32Array, figures: PhaseFigures): void {
  const { nDistricts: nD, groups } = instance;
  let weightYears = 0;
  for (let t = 0; t < figures.nYears; t++) {
    const built = [...sites].filter((_, at) => year[at]! <= t);
    const covered = (d: number) =>
      instance.coveredByExisting[d] === 1 || built.some((j) => Array.from(instance.coverDemand.subarray(instance.coverStart[j]!, instance.coverStart[j + 1]!)).includes(d));
    let sum = 0;
    const district = new Array<number>(nD).fill(0);
    const group = new Array<number>(groups.length).fill(0);
    instance.demandWeight.forEach((w, d) => {
      if (!covered(d)) return;
      sum += w;
      if (instance.demandDistrict[d]! >= 0) district[instance.demandDistrict[d]!]! += w;
      groups.forEach((_, g) => (group[g]! += instance.groupWeight[g]![d]!));
    });
    weightYears += sum;
    expect(figures.yearCovered[t]).toBeCloseTo(sum, 9);
    district.forEach((x, k) => expect(figures.yearDistrictAfter[t * nD + k]).toBeCloseTo(x, 9));
    group.forEach((x, g) => expect(figures.yearGroupAfter[t * groups.length + g]).toBeCloseTo(x, 9));
    const spent = [...sites].filter((_, at) => year[at] === t).reduce((s, j) => s + instance.candidateCost[j]!, 0);
    expect(figures.yearCost[t]).toBeCloseTo(spent, 9);
  }
  expect(figures.weightYears).toBeCloseTo(weightYears, 9);
}

test('100 seeded roll-outs: budgets and floors kept, figures recount, heuristic ≤ exact ≤ bound', async () => {
  const gaps: number[] = [];
  let infeasible = 0;
  let missedFloors = 0;
  for (let seed = 1; seed <= 100; seed++) {
    const instance = randomRollOut(seed);
    const h = await phasedHeuristicPlan(instance, {}, { seed });
    const hFigures = evaluatePhases(instance, h.sites, h.year);
    expectNaive(instance, h.sites, h.year, hFigures);
    const violations = checkPhasedPlan(instance, h.sites, h.year).violations;
    const lockedFit = h.messages.every((m) => !m.text.startsWith('The locked sites'));
    // Budgets, limits, locks and forbidden sites always hold (once the locked sites fit at all).
    if (lockedFit) expect(violations.filter((v) => !v.includes('below the floor')), `seed ${seed}`).toEqual([]);
    const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: 10 }, highs);
    expectNaive(instance, plan.sites, plan.year!, evaluatePhases(instance, plan.sites, plan.year!));
    if (plan.status === 'infeasible') {
      infeasible++;
      // Never silently relaxed: the heuristic's roll-out misses something too, and the plan says what, by year.
      expect(violations.length, `seed ${seed}`).toBeGreaterThan(0);
      expect(plan.messages.at(-1), `seed ${seed}`).toMatch(/^No roll-out .* The closest one found: (In year \d+, |Year \d+ costs|Locked|The roll-out)/);
      continue;
    }
    expect(plan.status, `seed ${seed}`).toBe('optimal');
    expect(checkPhasedPlan(instance, plan.sites, plan.year!).violations, `seed ${seed}`).toEqual([]);
    const exact = evaluatePhases(instance, plan.sites, plan.year!).weightYears;
    expect(exact, `seed ${seed}`).toBeLessThanOrEqual(plan.bound! + 1e-9);
    if (violations.length > 0) {
      missedFloors++;
      continue;
    }
    expect(hFigures.weightYears, `seed ${seed}`).toBeLessThanOrEqual(exact + 1e-9);
    gaps.push((exact - hFigures.weightYears) / Math.max(exact, 1e-9));
  }
  gaps.sort((a, b) => a - b);
  // The sample must hold both kinds, or half of this test proves nothing.
  expect(infeasible).toBeGreaterThan(5);
  expect(gaps.length).toBeGreaterThan(50);
  expect(missedFloors).toBeLessThanOrEqual(2);
  expect(gaps[gaps.length >> 1]).toBe(0);
  // Measured at this commit: 85 of 91 at 0, the largest 3.8 % (a knapsack across years).
  expect(gaps.filter((g) => g <= 0.02).length / gaps.length).toBeGreaterThanOrEqual(0.95);
  expect(gaps.at(-1)).toBeLessThanOrEqual(0.05);
}, 120_000);

test('same seed, same roll-out; the instance is not mutated; progress ends with done; a throwing checkpoint cancels', async () => {
  const instance = randomRollOut(8);
  const copy = structuredClone(instance);
  const seen: string[] = [];
  const a = await phasedHeuristicPlan(instance, { progress: (p) => seen.push(p.phase) }, { seed: 3 });
  const b = await phasedHeuristicPlan(instance, {}, { seed: 3 });
  expect([Array.from(a.sites), Array.from(a.year)]).toEqual([Array.from(b.sites), Array.from(b.year)]);
  expect(instance).toEqual(copy);
  expect(seen.at(-1)).toBe('done');
  await expect(phasedHeuristicPlan(instance, { checkpoint: async () => Promise.reject(new Error('cancelled')) })).rejects.toThrow('cancelled');
});
