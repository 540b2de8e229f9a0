// Which floors no plan within the limits can keep, each on its own: for every floor, the MIP
// maximises that one scope's covered share (district, group, or group in a district) under the
// budget, site limit, locked/forbidden and capacity, with no floors at all. A floor whose best
// share falls short is out of reach; floors that are each reachable but not together are not.
import { buildExactModel } from './exact-model.ts';
import { keeps } from './floors.ts';
import type { LpSolver } from './lp-solver.ts';
import { presolve } from './presolve.ts';
import type { FloorCheck, SitingInstance } from './types.ts';

/** The instance with one extra group: the scope's weight at each demand point, and no floors. */
function scopeInstance(instance: SitingInstance, floor: FloorCheck): SitingInstance {
  const n = instance.demandWeight.length;
  const inDistrict = (i: number) => floor.district === null || instance.demandDistrict[i] === floor.district;
  let source = instance.demandWeight;
  if (floor.floor !== 'district') {
    const name = floor.floor.slice('group:'.length).replace(/@\d+$/, '');
    source = instance.groupWeight[instance.groups.indexOf(name)] ?? new Float64Array(n);
  }
  const scope = Float64Array.from({ length: n }, (_, i) => (inDistrict(i) ? source[i]! : 0));
  return { ...instance, groups: [...instance.groups, '\u0000scope'], groupWeight: [...instance.groupWeight, scope], floors: {} };
}

/** The floors among `missed` that no plan within the limits keeps, best shares as `achieved`; proven when every MIP finished. */
export async function floorsOutOfReach(instance: SitingInstance, lp: LpSolver, missed: readonly FloorCheck[], timeLimitS: number): Promise<{ floors: FloorCheck[]; proven: boolean }> {
  const started = performance.now();
  const out: FloorCheck[] = [];
  let proven = true;
  for (const floor of missed) {
    const left = timeLimitS - (performance.now() - started) / 1000;
    const scoped = presolve(scopeInstance(instance, floor)).instance;
    const g = scoped.groups.length - 1;
    let total = 0;
    for (const w of scoped.groupWeight[g]!) total += w;
    const model = buildExactModel(scoped, { goal: 'coverage', objectiveGroup: g });
    if (model.impossible) continue; // the limits alone (locked sites) break: no floor is to blame
    let best: number | null = null;
    let bound: number | null = null;
    if (model.trivial) best = bound = model.offset;
    else if (left > 0) {
      const result = await lp.solve(model.text, { timeLimitS: left, mipRelGap: 0 });
      if (result.objective !== null) best = result.objective * model.scale + model.offset;
      if (result.status === 'optimal') bound = best;
      else if (result.bound !== null) bound = (result.bound + result.tolerance * model.objectiveSum) * model.scale + model.offset;
    }
    // Out of reach when even the bound on the best share falls short; in reach when a plan keeps it.
    if (bound !== null && !keeps(bound, total, floor.required)) out.push({ ...floor, achieved: bound / total, kept: false });
    else if (best === null || !keeps(best, total, floor.required)) proven = false;
  }
  return { floors: out, proven };
}
