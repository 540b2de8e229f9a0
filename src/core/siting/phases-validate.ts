// The contract of a phased roll-out (types.ts, SitingPhases), checked before any solver runs,
// and what the phased solvers do not support yet, refused in plain words rather than solved
// wrongly: capacity (one assignment per year would be needed), maximin (a worst share summed
// over years is not yet a defined objective), and community networks (the lead combines them).

import { yearName } from './phases-floors.ts';
import type { SitingInstance } from './types.ts';

/** Every way `instance.phases` breaks the contract or asks for what the phased solvers do not support; [] without phases. */
export function validatePhases(instance: SitingInstance): string[] {
  const phases = instance.phases;
  if (!phases) return [];
  const problems: string[] = [];
  const nYears = phases.budgets.length;
  if (nYears === 0) problems.push('A phased roll-out needs at least one year (phases.budgets is empty).');
  phases.budgets.forEach((b, t) => {
    if (!(b >= 0)) problems.push(`The budget of ${yearName(instance, t)} is ${b}; it must be ≥ 0 (Infinity for none).`);
  });
  if (phases.floors && phases.floors.length !== nYears) problems.push(`phases.floors has ${phases.floors.length} entries, expected ${nYears} (one per year).`);
  phases.floors?.forEach((floors, t) => {
    const share = (name: string, x: number | undefined) => {
      if (x !== undefined && !(x >= 0 && x <= 1)) problems.push(`The ${name} floor of ${yearName(instance, t)} is ${x}; a floor is a share between 0 and 1.`);
    };
    share('district', floors.district);
    for (const [name, x] of Object.entries(floors.groups ?? {})) share(`"${name}"`, x);
  });
  if (instance.network) problems.push('A phased roll-out of a community network is not supported yet: plan the network, or the phases, alone.');
  if (instance.capacity) problems.push('A phased roll-out with site capacities is not supported yet: drop the capacities, or the phases.');
  if (instance.objective !== 'coverage') problems.push('A phased roll-out maximises covered weight-years: use the "coverage" objective (with floors for equity), not "maximin".');
  return problems;
}
