import { expect, test } from 'vitest';
import type { SitingInstance } from '../../../src/core/siting/types.ts';
import { validateInstance } from '../../../src/core/siting/validate.ts';
import { instanceOf, randomInstance } from './instances.ts';

const sound = instanceOf({ weights: [1, 2, 3], districts: [0, -1, 1], groups: { women: [1, 1, 1] }, costs: [1, 2], covers: [[0, 2], [1]], capacity: [5, 5] });

test('sound instances (hand-made and seeded) have no problems', () => {
  expect(validateInstance(sound)).toEqual([]);
  for (let seed = 1; seed <= 20; seed++) expect(validateInstance(randomInstance(seed, { nDemand: 20, nCandidates: 8, capacity: seed % 2 === 0, floors: true }))).toEqual([]);
});

test('each broken field is named with what was expected', () => {
  const broken = (change: Partial<Record<keyof SitingInstance, unknown>>) => validateInstance({ ...sound, ...change } as SitingInstance);
  expect(broken({ demandDistrict: Int32Array.of(0, 1) })).toEqual(['demandDistrict has 2 entries, expected 3.']);
  expect(broken({ demandWeight: Float64Array.of(1, -2, 3) })).toEqual(['demandWeight[1] is -2; it must be a finite number ≥ 0.']);
  expect(broken({ demandDistrict: Int32Array.of(0, 2, 1) })).toEqual(['demandDistrict[1] is 2; districts are −1 or 0..1.']);
  expect(broken({ coverDemand: Int32Array.of(2, 0, 1) })).toEqual(["Candidate 0's covered points must be ascending demand indices below 3 (found 0)."]);
  expect(broken({ coverStart: Int32Array.of(0, 2) })).toEqual(['coverStart has 2 entries, expected 3.', 'coverStart must run from 0 to 3 (the number of coverage pairs).']);
  expect(broken({ capacity: Float64Array.of(5) })).toEqual(['capacity has 1 entries, expected 2.']);
  expect(broken({ locked: Int32Array.of(1), forbidden: Int32Array.of(1, 4) })).toEqual(['forbidden names candidate 4; there are 2.', 'Candidate 1 is both locked and forbidden.']);
  expect(broken({ budget: Number.NaN, maxSites: 1.5 })).toEqual([
    'The budget is NaN; it must be ≥ 0 (Infinity for none).',
    'The site limit is 1.5; it must be a whole number ≥ 0 (Infinity for none).',
  ]);
  expect(broken({ floors: { district: 1.2, groups: { youth: 0.5 } } })).toEqual([
    'The district floor is 1.2; a floor is a share between 0 and 1.',
  ]);
  expect(broken({ districtNames: ['Kibera'] })).toEqual(['districtNames has 1 entries, expected 2.']);
  expect(broken({ objective: 'equity' })).toEqual(['Unknown objective "equity": use "coverage" or "maximin".']);
});

test('a floor for a group the scenario does not define is the planner\'s input, not a broken contract', () => {
  // The heuristic and checkPlan report it as a floor that cannot be kept (heuristic.test.ts).
  expect(validateInstance({ ...sound, floors: { groups: { youth: 0.5 } } })).toEqual([]);
});
