// Phased instances for tests: by hand (exact-oracle.ts's spec plus yearly budgets and floors)
// and seeded random ones, coverage objective and no capacity (what the phased solvers support).
import { mulberry32 } from '../../../src/core/random.ts';
import type { SitingFloors, SitingInstance } from '../../../src/core/siting/types.ts';
import { makeInstance, randomSpec, type Spec } from './exact-oracle.ts';

/** A phased instance: the spec's instance with these yearly budgets (and floors per year). */
export function phased(spec: Spec, budgets: number[], floors?: SitingFloors[]): SitingInstance {
  return { ...makeInstance(spec), phases: { budgets: Float64Array.from(budgets), ...(floors ? { floors } : {}) } };
}

/** Floors rising year by year to the instance's own: year t asks (t + 1) / years of each share. */
export function risingFloors(floors: SitingFloors, years: number): SitingFloors[] {
  return Array.from({ length: years }, (_, t) => {
    const k = (t + 1) / years;
    return {
      ...(floors.district !== undefined ? { district: floors.district * k } : {}),
      ...(floors.groups ? { groups: Object.fromEntries(Object.entries(floors.groups).map(([g, x]) => [g, x * k])) } : {}),
      ...(floors.groupsPerDistrict !== undefined ? { groupsPerDistrict: floors.groupsPerDistrict } : {}),
    };
  });
}

/** A seeded small phased instance (≤ 7 points, ≤ 6 candidates, 2–3 years), small enough to enumerate. */
export function randomPhased(seed: number): SitingInstance {
  const rnd = mulberry32(seed * 7919);
  const spec = randomSpec(seed);
  const years = rnd() < 0.5 ? 2 : 3;
  const budgets = Array.from({ length: years }, () => (rnd() < 0.1 ? Infinity : Math.floor(rnd() * 5)));
  const floors = rnd() < 0.5 ? risingFloors(spec.floors ?? {}, years) : undefined;
  const { capacity: _capacity, ...plain } = spec;
  return phased({ ...plain, objective: 'coverage', budget: rnd() < 0.5 ? Infinity : (spec.budget ?? Infinity) }, budgets, floors);
}
