// The floors a scenario asks for, resolved against the instance once: which district and group
// shares must reach which level. evaluate/checkPlan and the heuristic read the same list, so a
// plan the heuristic thinks keeps its floors is one checkPlan agrees keeps them.

import { SITING_EPS, type FloorCheck, type SitingInstance } from './types.ts';

/** Covered and total weights per district, group and group × district (row-major, group first). */
export interface CoveredTotals {
  readonly districtWeight: Float64Array;
  readonly districtAfter: Float64Array;
  readonly groupWeight: Float64Array;
  readonly groupAfter: Float64Array;
  readonly groupDistrictWeight: Float64Array;
  readonly groupDistrictAfter: Float64Array;
}

/** Floor shares by index: the district floor (NaN: none), each group's floor (NaN: none). */
export interface FloorLevels {
  readonly district: number;
  readonly group: Float64Array;
  readonly perDistrict: boolean;
  /** Floors naming a group the instance does not have: never kept, reported by checkPlan. */
  readonly unknownGroups: readonly string[];
}

/** The instance's floors as shares per district and per group index. */
export function floorLevels(instance: SitingInstance): FloorLevels {
  const group = new Float64Array(instance.groups.length).fill(Number.NaN);
  const unknownGroups: string[] = [];
  for (const [name, share] of Object.entries(instance.floors.groups ?? {})) {
    const g = instance.groups.indexOf(name);
    if (g < 0) unknownGroups.push(name);
    else group[g] = share;
  }
  return {
    district: instance.floors.district ?? Number.NaN,
    group,
    perDistrict: instance.floors.groupsPerDistrict === true,
    unknownGroups,
  };
}

/** True when covered weight reaches share × total (weights in the instance's units), within SITING_EPS. */
export function keeps(covered: number, total: number, share: number): boolean {
  return covered >= share * total - SITING_EPS * Math.max(1, total);
}

/** Weight still missing to reach share × total (0 when kept). */
export function shortOf(covered: number, total: number, share: number): number {
  return keeps(covered, total, share) ? 0 : share * total - covered;
}

/** Calls visit(total, covered, share, floor name, district) for every floor that applies (scopes with weight > 0). */
export function forEachFloor(
  levels: FloorLevels,
  groups: readonly string[],
  totals: CoveredTotals,
  visit: (total: number, covered: number, share: number, floor: string, district: number | null) => void,
): void {
  const nDistricts = totals.districtWeight.length;
  if (!Number.isNaN(levels.district)) {
    for (let k = 0; k < nDistricts; k++) {
      const total = totals.districtWeight[k]!;
      if (total > 0) visit(total, totals.districtAfter[k]!, levels.district, 'district', k);
    }
  }
  for (let g = 0; g < levels.group.length; g++) {
    const share = levels.group[g]!;
    if (Number.isNaN(share)) continue;
    const total = totals.groupWeight[g]!;
    if (total > 0) visit(total, totals.groupAfter[g]!, share, `group:${groups[g]}`, null);
    if (!levels.perDistrict) continue;
    for (let k = 0; k < nDistricts; k++) {
      const w = totals.groupDistrictWeight[g * nDistricts + k]!;
      if (w > 0) visit(w, totals.groupDistrictAfter[g * nDistricts + k]!, share, `group:${groups[g]}@${k}`, k);
    }
  }
}

/** Every floor with its required and achieved shares (in [0, 1]) and whether it is kept. */
export function floorChecks(instance: SitingInstance, totals: CoveredTotals): FloorCheck[] {
  const checks: FloorCheck[] = [];
  forEachFloor(floorLevels(instance), instance.groups, totals, (total, covered, share, floor, district) => {
    checks.push({ floor, district, required: share, achieved: covered / total, kept: keeps(covered, total, share) });
  });
  return checks;
}

/** Σ over floors of the missing share (weight short / scope weight): 0 when every floor is kept. */
export function floorDeficit(levels: FloorLevels, groups: readonly string[], totals: CoveredTotals): number {
  let deficit = 0;
  forEachFloor(levels, groups, totals, (total, covered, share) => {
    deficit += shortOf(covered, total, share) / total;
  });
  return deficit;
}
