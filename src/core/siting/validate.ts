// Early checks of an instance, with exact messages, before any solver runs: a bad array length
// or index would otherwise surface as a wrong plan rather than an error.

import { validateNetwork } from './network-check.ts';
import { validatePhases } from './phases-validate.ts';
import type { SitingInstance } from './types.ts';

/** Every way the instance breaks the contract in types.ts, in plain words; [] when it is sound. */
export function validateInstance(instance: SitingInstance): string[] {
  const problems: string[] = [];
  const { demandWeight, demandDistrict, nDistricts, groups, groupWeight, candidateCost, coverStart, coverDemand, coverDistance } = instance;
  const nDemand = demandWeight.length;
  const nCandidates = candidateCost.length;
  const sameLength = (name: string, length: number, expected: number) => {
    if (length !== expected) problems.push(`${name} has ${length} entries, expected ${expected}.`);
  };
  sameLength('demandDistrict', demandDistrict.length, nDemand);
  sameLength('coveredByExisting', instance.coveredByExisting.length, nDemand);
  sameLength('groupWeight', groupWeight.length, groups.length);
  if (instance.districtNames) sameLength('districtNames', instance.districtNames.length, nDistricts);
  groupWeight.forEach((w, g) => sameLength(`groupWeight[${g}] (${groups[g]})`, w.length, nDemand));
  const firstBad = (values: ArrayLike<number>, bad: (x: number) => boolean) => Array.prototype.findIndex.call(values, bad);
  const nonNegative = (name: string, values: ArrayLike<number>) => {
    const at = firstBad(values, (x) => !(x >= 0) || x === Infinity);
    if (at >= 0) problems.push(`${name}[${at}] is ${values[at]}; it must be a finite number ≥ 0.`);
  };
  nonNegative('demandWeight', demandWeight);
  groupWeight.forEach((w, g) => nonNegative(`groupWeight[${g}]`, w));
  nonNegative('candidateCost', candidateCost);
  if (instance.capacity) {
    sameLength('capacity', instance.capacity.length, nCandidates);
    nonNegative('capacity', instance.capacity);
  }
  const district = firstBad(demandDistrict, (k) => k < -1 || k >= nDistricts);
  if (district >= 0) problems.push(`demandDistrict[${district}] is ${demandDistrict[district]}; districts are −1 or 0..${nDistricts - 1}.`);
  sameLength('coverStart', coverStart.length, nCandidates + 1);
  sameLength('coverDistance', coverDistance.length, coverDemand.length);
  if (coverStart[0] !== 0 || coverStart[coverStart.length - 1] !== coverDemand.length) {
    problems.push(`coverStart must run from 0 to ${coverDemand.length} (the number of coverage pairs).`);
  }
  for (let j = 0; j + 1 < coverStart.length; j++) {
    if (coverStart[j + 1]! < coverStart[j]!) {
      problems.push(`coverStart decreases at candidate ${j}.`);
      break;
    }
    let previous = -1;
    for (let k = coverStart[j]!; k < coverStart[j + 1]!; k++) {
      const d = coverDemand[k]!;
      if (d <= previous || d >= nDemand) {
        problems.push(`Candidate ${j}'s covered points must be ascending demand indices below ${nDemand} (found ${d}).`);
        break;
      }
      previous = d;
    }
  }
  nonNegative('coverDistance', coverDistance);
  const locked = new Set(instance.locked);
  for (const [name, list] of [['locked', instance.locked], ['forbidden', instance.forbidden]] as const) {
    for (const j of list) if (!(j >= 0 && j < nCandidates)) problems.push(`${name} names candidate ${j}; there are ${nCandidates}.`);
  }
  // A contradiction: presolve could map such a candidate nowhere. The engine reports it and drops the lock.
  for (const j of instance.forbidden) if (locked.has(j)) problems.push(`Candidate ${j} is both locked and forbidden.`);
  if (!(instance.budget >= 0)) problems.push(`The budget is ${instance.budget}; it must be ≥ 0 (Infinity for none).`);
  if (!(instance.maxSites >= 0) || (Number.isFinite(instance.maxSites) && !Number.isInteger(instance.maxSites))) {
    problems.push(`The site limit is ${instance.maxSites}; it must be a whole number ≥ 0 (Infinity for none).`);
  }
  const share = (name: string, x: number | undefined) => {
    if (x !== undefined && !(x >= 0 && x <= 1)) problems.push(`The ${name} floor is ${x}; a floor is a share between 0 and 1.`);
  };
  share('district', instance.floors.district);
  for (const [name, x] of Object.entries(instance.floors.groups ?? {})) {
    // A floor naming an undefined group is the planner's input, not a broken contract: the
    // heuristic and checkPlan say it cannot be kept.
    share(`"${name}"`, x);
  }
  if (instance.objective !== 'coverage' && instance.objective !== 'maximin') {
    problems.push(`Unknown objective "${String(instance.objective)}": use "coverage" or "maximin".`);
  }
  problems.push(...validateNetwork(instance));
  problems.push(...validatePhases(instance));
  return problems;
}
