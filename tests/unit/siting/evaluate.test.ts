import { describe, expect, test } from 'vitest';
import { checkPlan, comparePlans, evaluatePlan, objectiveOf } from '../../../src/core/siting/evaluate.ts';
import { instanceOf, type InstanceSpec } from './instances.ts';

// Five points, two districts (point 4 lies outside both), one group; point 0 is already covered.
// c0 covers {0 at 300 m, 1 at 100 m}, c1 covers {1 at 50 m, 2 at 200 m}, c2 covers {3, 4}.
const base: InstanceSpec = {
  weights: [10, 20, 30, 40, 50],
  districts: [0, 0, 1, 1, -1],
  nDistricts: 2,
  groups: { women: [5, 10, 0, 20, 25] },
  costs: [2, 3, 4],
  covers: [[0, 1], [1, 2], [3, 4]],
  distances: [[300, 100], [50, 200], [100, 100]],
  existing: [0],
};

describe('evaluatePlan', () => {
  test('sites {0, 1}: figures worked out by hand', () => {
    const figures = evaluatePlan(instanceOf(base), Int32Array.of(0, 1), null);
    // Covered: 0 (existing) + 1 + 2 = 10 + 20 + 30; newly 1 and 2 = 50.
    expect(figures.coveredWeight).toBe(60);
    expect(figures.newlyCoveredWeight).toBe(50);
    expect(figures.cost).toBe(5);
    // Point 1 is nearer c1 (50 m) than c0 (100 m); point 0 is not new. So c0: 0, c1: 20 + 30.
    expect(Array.from(figures.siteWeight)).toEqual([0, 50]);
    expect(Array.from(figures.districtWeight)).toEqual([30, 70]);
    expect(Array.from(figures.districtBefore)).toEqual([10, 0]);
    expect(Array.from(figures.districtAfter)).toEqual([30, 30]);
    // Women: total 5+10+0+20+25 = 60, before 5 (point 0), after 5 + 10 + 0 = 15.
    expect(Array.from(figures.groupWeight)).toEqual([60]);
    expect(Array.from(figures.groupBefore)).toEqual([5]);
    expect(Array.from(figures.groupAfter)).toEqual([15]);
    expect(Array.from(figures.groupDistrictWeight)).toEqual([15, 20]);
    expect(Array.from(figures.groupDistrictAfter)).toEqual([15, 0]);
    expect(figures.minDistrictShare).toBeCloseTo(30 / 70, 12);
    expect(figures.objective).toBe(60);
  });

  test('equal distances go to the lower candidate; the site order given is kept', () => {
    const spec = { ...base, distances: [[300, 50], [50, 200], [100, 100]] };
    expect(Array.from(evaluatePlan(instanceOf(spec), Int32Array.of(1, 0), null).siteWeight)).toEqual([30, 20]);
  });

  test('maximin objective is the smallest district share; an empty plan covers only the existing point', () => {
    const instance = instanceOf({ ...base, objective: 'maximin' });
    const all = evaluatePlan(instance, Int32Array.of(0, 1, 2), null);
    expect(all.minDistrictShare).toBe(1);
    expect(objectiveOf(instance, all)).toBe(1);
    const none = evaluatePlan(instance, new Int32Array(0), null);
    expect([none.coveredWeight, none.minDistrictShare, none.siteWeight.length]).toEqual([10, 0, 0]);
  });

  test('with capacity, only what is assigned counts: c1 (capacity 25) takes point 1 (20) but not point 2 (30)', () => {
    // Fewest options first: point 2 (only c1) does not fit 25; point 1 goes to its nearest, c1.
    const instance = instanceOf({ ...base, capacity: [25, 25, 100] });
    const figures = evaluatePlan(instance, Int32Array.of(0, 1), null);
    expect(figures.coveredWeight).toBe(30);
    expect(Array.from(figures.siteWeight)).toEqual([0, 20]);
    // Capacity 35 at c1: point 2 first (30, room 5 left), point 1 then goes to c0.
    const roomier = evaluatePlan(instanceOf({ ...base, capacity: [25, 35, 100] }), Int32Array.of(0, 1), null);
    expect(roomier.coveredWeight).toBe(60);
    expect(Array.from(roomier.siteWeight)).toEqual([20, 30]);
    // A given assignment is taken as is; an entry to an unchosen site does not count.
    const given = evaluatePlan(instance, Int32Array.of(0, 1), Int32Array.of(-1, 0, 2, -1, -1));
    expect(given.coveredWeight).toBe(30);
  });
});

describe('checkPlan', () => {
  test('a plan within every rule has no violations', () => {
    expect(checkPlan(instanceOf({ ...base, budget: 5, maxSites: 2 }), Int32Array.of(0, 1), null)).toEqual({ floors: [], violations: [] });
  });

  test('names the budget, the site limit, locked and forbidden candidates and a broken floor', () => {
    const instance = instanceOf({ ...base, budget: 4, maxSites: 1, locked: [2], forbidden: [1], floors: { district: 0.5 } });
    const { floors, violations } = checkPlan(instance, Int32Array.of(0, 1), null);
    // District 0: 30/30; district 1: 30/70 = 42.9 % < 50 %.
    expect(floors).toEqual([
      { floor: 'district', district: 0, required: 0.5, achieved: 1, kept: true },
      { floor: 'district', district: 1, required: 0.5, achieved: 30 / 70, kept: false },
    ]);
    expect(violations).toEqual([
      'The plan costs 5, over the budget of 4.',
      'The plan has 2 sites, over the limit of 1.',
      'Locked candidate 2 is not in the plan.',
      'Forbidden candidate 1 is in the plan.',
      'District 1 covers 42.9 % of its demand, below the floor of 50.0 %.',
    ]);
  });

  test('group floors overall and per district, and an unknown group', () => {
    const instance = instanceOf({ ...base, floors: { groups: { women: 0.25, youth: 0.1 }, groupsPerDistrict: true } });
    const { floors, violations } = checkPlan(instance, Int32Array.of(0, 1), null);
    // Women: overall 15/60 = 25 % (kept); district 0: 15/15; district 1: 0/20.
    expect(floors.map((f) => [f.floor, f.achieved, f.kept])).toEqual([
      ['group:women', 0.25, true],
      ['group:women@0', 1, true],
      ['group:women@1', 0, false],
    ]);
    expect(violations).toEqual([
      'There is a floor for group "youth", which the scenario does not define.',
      'Group "women" in district 1 covers 0.0 % of its demand, below the floor of 25.0 %.',
    ]);
  });

  test('capacity: over-full sites, assignments to unchosen or out-of-range sites, unknown and repeated sites', () => {
    const instance = instanceOf({ ...base, capacity: [25, 25, 100] });
    const { violations } = checkPlan(instance, Int32Array.of(0, 1, 1, 7), Int32Array.of(-1, 1, 1, 2, -1));
    expect(violations).toEqual([
      'Candidate 1 is chosen twice.',
      'Site 7 is not a candidate (there are 3).',
      'Demand point 3 is assigned to candidate 2, which is not in the plan.',
      'Candidate 1 serves 50, over its capacity of 25.',
    ]);
    const far = checkPlan(instance, Int32Array.of(0, 1), Int32Array.of(-1, -1, 0, -1, -1));
    expect(far.violations).toEqual(['Demand point 2 is assigned to candidate 0, which does not cover it.']);
  });
});

test('comparePlans: maximin compares the worst district first, then covered weight', () => {
  const instance = instanceOf({ ...base, objective: 'maximin' });
  const a = evaluatePlan(instance, Int32Array.of(0, 2), null); // districts 30/30, 40/70 → 0.571; covers 10+20+40+50
  const b = evaluatePlan(instance, Int32Array.of(1, 2), null); // districts 30/30, 70/70 → 1
  const c = evaluatePlan(instance, Int32Array.of(0, 1, 2), null); // also 1, same weight as b
  expect(comparePlans(instance, b, a)).toBeGreaterThan(0);
  expect(comparePlans(instance, a, b)).toBeLessThan(0);
  expect(comparePlans(instance, b, c)).toBe(0);
  const coverage = instanceOf(base);
  expect(comparePlans(coverage, evaluatePlan(coverage, Int32Array.of(2), null), evaluatePlan(coverage, Int32Array.of(1), null))).toBe(40);
});
