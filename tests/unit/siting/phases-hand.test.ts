// Phased roll-outs worked out by hand: yearly budgets, sites staying once built, weight-years,
// rising floors kept or named as infeasible by year, locked sites, and what is refused.
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { checkPhasedPlan, evaluatePhases } from '../../../src/core/siting/phases-evaluate.ts';
import { phasedHeuristicPlan } from '../../../src/core/siting/phases-heuristic.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import type { SolveProgress } from '../../../src/core/siting/types.ts';
import { validateInstance } from '../../../src/core/siting/validate.ts';
import { phased } from './phases-instances.ts';

let highs: LpSolver;
beforeAll(async () => {
  highs = await highsSolver();
});

// Two points: 3 people (district 0) and 5 people (district 1); site 0 reaches the 3, site 1 the 5.
const twoSites = phased({ weights: [3, 5], districts: [0, 1], nDistricts: 2, cover: [[0], [1]], cost: [1, 1] }, [1, 1]);

describe('evaluatePhases', () => {
  test('a site built in year 0 still counts in year 1; weight-years by hand', () => {
    // Site 0 in year 0: 3 covered at the end of year 0 and of year 1 → 6 weight-years.
    const early = evaluatePhases(twoSites, Int32Array.of(0), Int32Array.of(0));
    expect(Array.from(early.yearCovered)).toEqual([3, 3]);
    expect(early.weightYears).toBe(6);
    // The same site in year 1 counts once: 0 + 3.
    expect(evaluatePhases(twoSites, Int32Array.of(0), Int32Array.of(1)).weightYears).toBe(3);
    // Site 1 in year 0, site 0 in year 1: 5, then 8 → 13; per district and per year (year-major).
    const both = evaluatePhases(twoSites, Int32Array.of(0, 1), Int32Array.of(1, 0));
    expect(both).toMatchObject({ nYears: 2, weightYears: 13 });
    expect(Array.from(both.yearCost)).toEqual([1, 1]);
    expect(Array.from(both.yearSites)).toEqual([1, 1]);
    expect(Array.from(both.yearDistrictAfter)).toEqual([0, 5, 3, 5]);
  });

  test('per group and year; the input arrays are not mutated', () => {
    const inst = phased({ weights: [3, 5], groups: { women: [1, 4] }, cover: [[0], [1]] }, [1, 1, 1]);
    const sites = Int32Array.of(0, 1);
    const year = Int32Array.of(2, 0);
    const f = evaluatePhases(inst, sites, year);
    expect(Array.from(f.yearGroupAfter)).toEqual([4, 4, 5]);
    expect(Array.from(f.yearCovered)).toEqual([5, 5, 8]);
    expect(f.weightYears).toBe(18);
    expect(Array.from(year)).toEqual([2, 0]);
  });
});

describe('checkPhasedPlan', () => {
  test("each year's budget, the overall budget and limit, locked, forbidden, years out of range", () => {
    const inst = { ...twoSites, budget: 1, maxSites: 1, locked: Int32Array.of(0), forbidden: Int32Array.of(1) };
    expect(checkPhasedPlan(inst, Int32Array.of(0, 1), Int32Array.of(0, 0)).violations).toEqual([
      'Year 1 costs 2, over its budget of 1.',
      'The roll-out costs 2, over the overall budget of 1.',
      'The roll-out has 2 sites, over the limit of 1.',
      'Forbidden candidate 1 is in the plan.',
    ]);
    expect(checkPhasedPlan(inst, Int32Array.of(1), Int32Array.of(2)).violations).toEqual([
      'Candidate 1 is built in year index 2; the roll-out has years 0..1.',
      'Locked candidate 0 is not in the plan.',
      'Forbidden candidate 1 is in the plan.',
    ]);
    expect(checkPhasedPlan(twoSites, Int32Array.of(0, 1), Int32Array.of(0, 1)).violations).toEqual([]);
  });

  test('floors by year: the year\'s own, and the instance\'s in the last year', () => {
    const inst = { ...twoSites, districtNames: ['Kibera', 'Mathare'], floors: { district: 1 }, phases: { budgets: Float64Array.of(1, 1), floors: [{ district: 0.5 }, {}] } };
    // Site 1 in year 0 leaves Kibera at 0 % in year 1 (< 50 %); by the last year both are covered.
    const { floors, violations } = checkPhasedPlan(inst, Int32Array.of(0, 1), Int32Array.of(1, 0));
    expect(violations).toEqual(['In year 1, Kibera (district floor) covers 0.0 %, below the floor of 50.0 %.']);
    expect(floors.map((year) => year.map((f) => f.kept))).toEqual([[false, true], [true, true]]);
  });
});

describe('solvePlan on phased instances', () => {
  test('budgets [1, 1], two sites costing 1: the bigger one first (heuristic and exact)', async () => {
    const h = await phasedHeuristicPlan(twoSites);
    expect(Array.from(h.sites)).toEqual([0, 1]);
    expect(Array.from(h.year)).toEqual([1, 0]);
    const plan = await solvePlan(twoSites, { solver: 'exact', timeLimitS: 5 }, highs);
    expect(plan).toMatchObject({ status: 'optimal', bound: 13, gap: 0 });
    expect(Array.from(plan.year!)).toEqual([1, 0]);
  });

  test('progress: presolve first, the bound, done with the returned sites and weight-years', async () => {
    const seen: SolveProgress[] = [];
    const plan = await solvePlan(twoSites, { solver: 'exact', timeLimitS: 5 }, highs, { progress: (p) => seen.push(p) });
    expect(seen[0]!.phase).toBe('presolve');
    expect(seen.some((p) => p.phase === 'bound' && p.bound !== null)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', objective: 13 });
    expect(seen.at(-1)!.sites).toEqual(plan.sites);
  });

  test('a budget of 2 in year 0 and none in year 1: both at once', async () => {
    // 8 + 8 = 16 weight-years; no year may spend what it has not got.
    const inst = phased({ weights: [3, 5], cover: [[0], [1]], cost: [1, 1] }, [2, 0]);
    const plan = await solvePlan(inst, { solver: 'auto', timeLimitS: 5 }, highs);
    expect(Array.from(plan.year!)).toEqual([0, 0]);
    expect(plan.bound).toBe(16);
  });

  test('rising group floors: kept by building the smaller site first', async () => {
    // Points 10 (district 0), 4 (district 1), 2 (district 2); women live at the 4 and the 2.
    // Unconstrained: 10 first, then 4, then 2 → 10 + 14 + 16 = 40. With women ≥ 50 % at the end of
    // year 1, the 4 must come first (4/6 = 66.7 %; the 2 alone is 33.3 %): 4 + 14 + 16 = 34.
    const spec = { weights: [10, 4, 2], districts: [0, 1, 2], nDistricts: 3, groups: { women: [0, 4, 2] }, cover: [[0], [1], [2]] };
    const free = await solvePlan(phased(spec, [1, 1, 1]), { solver: 'exact', timeLimitS: 5 }, highs);
    expect(free.bound).toBe(40);
    const floors = [{ groups: { women: 0.5 } }, { groups: { women: 0.6 } }, { groups: { women: 1 } }];
    const plan = await solvePlan(phased(spec, [1, 1, 1], floors), { solver: 'exact', timeLimitS: 5 }, highs);
    expect(plan.status).toBe('optimal');
    expect(Array.from(plan.sites)).toEqual([0, 1, 2]);
    expect(Array.from(plan.year!)).toEqual([1, 0, 2]);
    expect(plan.bound).toBe(34);
    const h = await phasedHeuristicPlan(phased(spec, [1, 1, 1], floors));
    expect(Array.from(h.year)).toEqual([1, 0, 2]);
  });

  test('a floor no first-year budget can keep is named by year and group, not relaxed', async () => {
    // Women ≥ 70 % at the end of year 1 needs the 4 and the 2 (100 %), two sites on a budget of 1.
    const spec = { weights: [10, 4, 2], districts: [0, 1, 2], nDistricts: 3, groups: { women: [0, 4, 2] }, cover: [[0], [1], [2]] };
    const inst = phased(spec, [1, 1, 1], [{ groups: { women: 0.7 } }, {}, {}]);
    const plan = await solvePlan(inst, { solver: 'auto', timeLimitS: 5 }, highs);
    expect(plan.status).toBe('infeasible');
    expect(plan.bound).toBeNull();
    expect(plan.messages.at(-1)).toBe(
      'No roll-out within the yearly budgets and limits builds every locked site and keeps every floor (proven by the exact solver): raise an early budget or lower a floor. The closest one found: In year 1, group "women" covers 66.7 %, below the floor of 70.0 %.',
    );
  });

  test('a locked site is built in some year within its budget', async () => {
    // Site 0 (the 3) is locked and year 0 has room for one site: the 5 first, the locked 3 in
    // year 1 (5 + 8 = 13 weight-years, against 3 + 8 = 11 the other way round).
    const inst = { ...twoSites, locked: Int32Array.of(0) };
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 5 }, highs);
    expect(Array.from(plan.sites)).toEqual([0, 1]);
    expect(Array.from(plan.year!)).toEqual([1, 0]);
    // With the overall budget at 1 only the locked site fits: built in year 0 (3 + 3 = 6).
    const tight = await solvePlan({ ...inst, budget: 1 }, { solver: 'exact', timeLimitS: 5 }, highs);
    expect(Array.from(tight.sites)).toEqual([0]);
    expect(Array.from(tight.year!)).toEqual([0]);
    expect(tight.bound).toBe(6);
    // A locked site costing 2 fits no year of budget 1: said, and the roll-out is infeasible.
    const heavy = { ...inst, candidateCost: Float64Array.of(2, 1) };
    const none = await solvePlan(heavy, { solver: 'exact', timeLimitS: 5 }, highs);
    expect(none.status).toBe('infeasible');
    expect(none.messages[0]).toBe("The locked sites (1, costing 2) cannot all be built: candidate 0 costs more than any year's budget (at most 1).");
    expect(none.messages.at(-1)).toMatch(/^No roll-out .* \(proven by the exact solver\).* The closest one found: Year \d costs 2, over its budget of 1\./);
  });
});

describe('what the phased solvers refuse', () => {
  test('capacity, maximin and community networks with phases; malformed phases', () => {
    const problems = (change: object) => validateInstance({ ...twoSites, ...change });
    expect(problems({ capacity: Float64Array.of(5, 5) })).toEqual(['A phased roll-out with site capacities is not supported yet: drop the capacities, or the phases.']);
    expect(problems({ objective: 'maximin' })).toEqual(['A phased roll-out maximises covered weight-years: use the "coverage" objective (with floors for equity), not "maximin".']);
    expect(problems({ network: {} })).toEqual(['A phased roll-out of a community network is not supported yet: plan the network, or the phases, alone.']);
    expect(problems({ phases: { budgets: Float64Array.of(1, Number.NaN), floors: [{ district: 2 }] } })).toEqual([
      'The budget of year 2 is NaN; it must be ≥ 0 (Infinity for none).',
      'phases.floors has 1 entries, expected 2 (one per year).',
      'The district floor of year 1 is 2; a floor is a share between 0 and 1.',
    ]);
    expect(problems({ phases: { budgets: new Float64Array(0) } })).toEqual(['A phased roll-out needs at least one year (phases.budgets is empty).']);
  });
});
