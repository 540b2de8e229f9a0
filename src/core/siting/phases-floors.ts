// Which floors hold at the end of each year of a phased roll-out: the year's own floors
// (phases.floors[t]) and, in the last year, the instance's floors as well. Both sets are kept
// separately for the checks (each is worded as the planner wrote it) and merged into one
// share per scope (the larger) for the heuristic and the exact model.

import { floorTargets } from './floors.ts';
import type { SitingFloors, SitingInstance } from './types.ts';

/** Number of years of the roll-out (0 without phases). */
export function yearCount(instance: SitingInstance): number {
  return instance.phases?.budgets.length ?? 0;
}

/** The floor sets that must hold at the end of year t (0-based): the year's own, and the instance's in the last year. */
export function floorsOfYear(instance: SitingInstance, t: number): SitingFloors[] {
  const sets: SitingFloors[] = [];
  const own = instance.phases?.floors?.[t];
  if (own) sets.push(own);
  if (t === yearCount(instance) - 1) sets.push(instance.floors);
  return sets;
}

/** Per scope (districts, groups, group × district, as floorTargets), the largest share any floor of year t asks for (NaN: none). */
export function yearTargets(instance: SitingInstance, t: number): Float64Array {
  let merged: Float64Array | null = null;
  for (const floors of floorsOfYear(instance, t)) {
    const target = floorTargets({ ...instance, floors });
    if (merged === null) merged = target;
    else for (let s = 0; s < target.length; s++) if (!(target[s]! <= merged[s]!)) merged[s] = Number.isNaN(target[s]!) ? merged[s]! : target[s]!;
  }
  return merged ?? floorTargets({ ...instance, floors: {} });
}

/** Names of groups that a floor of year t asks for and the instance does not define (never kept). */
export function unknownGroupsOfYear(instance: SitingInstance, t: number): string[] {
  const names = floorsOfYear(instance, t).flatMap((f) => Object.keys(f.groups ?? {}));
  return [...new Set(names.filter((name) => !instance.groups.includes(name)))];
}

/** Year t as a planner reads it: its label ("2027") when the phases have labels, else "year <t + 1>". */
export function yearName(instance: SitingInstance, t: number): string {
  const label = instance.phases?.labels?.[t];
  return label !== undefined ? String(label) : `year ${t + 1}`;
}
