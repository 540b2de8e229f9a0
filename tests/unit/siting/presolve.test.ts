import { describe, expect, test } from 'vitest';
import { evaluatePlan } from '../../../src/core/siting/evaluate.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import { expandAssignment, expandSites, presolve } from '../../../src/core/siting/presolve.ts';
import { instanceOf, randomInstance } from './instances.ts';

describe('presolve by hand', () => {
  // Points: 0 existing (district 0), 1 and 2 both covered only by {c0, c1} in district 0,
  // 3 covered by c1 and c2 (district 1), 4 by nothing (district 1), 5 by c3 only (forbidden).
  const instance = instanceOf({
    weights: [5, 10, 20, 40, 80, 160],
    districts: [0, 0, 0, 1, 1, 1],
    groups: { women: [1, 2, 3, 4, 5, 6] },
    costs: [3, 2, 1, 9],
    covers: [[0, 1, 2], [1, 2, 3], [3], [5]],
    existing: [0],
    forbidden: [3],
  });
  const reduced = presolve(instance);

  test('merges 1 and 2 (same district and candidates), keeps constants per district, drops c0 (⊆ c1, costs more) and the forbidden c3', () => {
    // c0 covers decision point {1+2}; c1 covers {1+2, 3} and costs 2 ≤ 3: c0 is dominated.
    // c2 covers {3} ⊆ c1's, but costs 1 < 2: kept.
    expect(Array.from(reduced.originalCandidate)).toEqual([1, 2]);
    // Decision points: {1, 2} then {3}; constants: existing {0} (district 0), uncoverable {4, 5} (district 1).
    expect(reduced.nDecision).toBe(2);
    expect(Array.from(reduced.instance.demandWeight)).toEqual([30, 40, 5, 240]);
    expect(Array.from(reduced.instance.demandDistrict)).toEqual([0, 1, 0, 1]);
    expect(Array.from(reduced.instance.groupWeight[0]!)).toEqual([5, 4, 1, 11]);
    expect(Array.from(reduced.instance.coveredByExisting)).toEqual([0, 0, 1, 0]);
    expect(Array.from(reduced.originalStart)).toEqual([0, 2, 3, 4, 6]);
    expect(Array.from(reduced.originalDemand)).toEqual([1, 2, 3, 0, 4, 5]);
    expect(Array.from(reduced.reducedDemand)).toEqual([2, 0, 0, 1, 3, 3]);
    expect(Array.from(reduced.instance.coverStart)).toEqual([0, 2, 3]);
    expect(Array.from(reduced.instance.coverDemand)).toEqual([0, 1, 1]);
    expect([reduced.constantCovered, ...reduced.constantDistrict, ...reduced.constantGroup, ...reduced.constantGroupDistrict]).toEqual([5, 5, 0, 1, 1, 0]);
    expect(reduced.instance.forbidden.length).toBe(0);
  });

  test('a plan maps back to the original candidates with the same figures', () => {
    const sites = expandSites(reduced, Int32Array.of(1, 0));
    expect(Array.from(sites)).toEqual([1, 2]);
    const original = evaluatePlan(instance, sites, null);
    const small = evaluatePlan(reduced.instance, Int32Array.of(0, 1), null);
    expect(small.coveredWeight).toBe(original.coveredWeight);
    expect(Array.from(small.districtAfter)).toEqual(Array.from(original.districtAfter));
    expect(Array.from(small.groupAfter)).toEqual(Array.from(original.groupAfter));
  });

  test('with capacity only the constants merge and no candidate is dropped as dominated; the input is not mutated', () => {
    const capacity = instanceOf({ ...specOf(instance), capacity: [50, 50, 50, 50] });
    const before = JSON.stringify(capacity, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    const r = presolve(capacity);
    expect(Array.from(r.originalCandidate)).toEqual([0, 1, 2]);
    expect(Array.from(r.instance.demandWeight)).toEqual([10, 20, 40, 5, 240]);
    expect(Array.from(r.instance.capacity!)).toEqual([50, 50, 50]);
    expect(Array.from(expandAssignment(r, Int32Array.of(0, 1, 2, -1, -1))!)).toEqual([-1, 0, 1, 2, -1, -1]);
    expect(JSON.stringify(capacity, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v))).toBe(before);
  });
});

// The same hand instance as a spec, to vary one field.
function specOf(i: ReturnType<typeof instanceOf>) {
  const covers = Array.from({ length: i.candidateCost.length }, (_, j) => Array.from(i.coverDemand.subarray(i.coverStart[j]!, i.coverStart[j + 1]!)));
  return {
    weights: Array.from(i.demandWeight), districts: Array.from(i.demandDistrict), groups: { women: Array.from(i.groupWeight[0]!) },
    costs: Array.from(i.candidateCost), covers, existing: [0], forbidden: Array.from(i.forbidden),
  };
}

describe('presolve keeps the optimum (exhaustive search on both, seeded random instances)', () => {
  for (const capacity of [false, true]) {
    test(capacity ? 'with capacity (80 instances)' : 'without capacity (200 instances)', () => {
      let shrunk = 0;
      let merged = 0;
      for (let seed = 1; seed <= (capacity ? 80 : 200); seed++) {
        const instance = randomInstance(1000 + seed, { nDemand: capacity ? 7 : 30, nCandidates: capacity ? 6 : 10, capacity, floors: seed % 2 === 0 });
        const reduced = presolve(instance);
        if (reduced.instance.candidateCost.length < instance.candidateCost.length) shrunk++;
        if (reduced.instance.demandWeight.length < instance.demandWeight.length) merged++;
        const a = exhaustivePlan(instance);
        const b = exhaustivePlan(reduced.instance);
        expect(b.status, `seed ${seed}`).toBe(a.status);
        if (a.status === 'infeasible') {
          expect([b.shortfall?.budgetNeeded, b.shortfall?.sitesNeeded]).toEqual([a.shortfall?.budgetNeeded, a.shortfall?.sitesNeeded]);
          continue;
        }
        expect(b.figures!.objective).toBeCloseTo(a.figures!.objective, 9);
        expect(b.figures!.coveredWeight).toBeCloseTo(a.figures!.coveredWeight, 9);
        // The reduced optimum, mapped back, is an optimum of the original.
        const back = evaluatePlan(instance, expandSites(reduced, b.sites), expandAssignment(reduced, b.assignment));
        expect(back.objective).toBeCloseTo(a.figures!.objective, 9);
        expect(back.coveredWeight).toBeCloseTo(a.figures!.coveredWeight, 9);
      }
      // The random instances must exercise the reductions, or this test proves nothing.
      expect(shrunk).toBeGreaterThan(10);
      expect(merged).toBeGreaterThan(10);
    }, 60_000);
  }
});
