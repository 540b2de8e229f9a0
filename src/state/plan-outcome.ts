// The planning views' PlanOutcome from the engine's PlanRun. A PlanRun names candidates by
// layer and id but carries no positions for demand points or existing sites, which the map
// needs: the session passes those (the plan step read them) alongside.

import type { PlanRun } from '../engine/run-plan.ts';
import { backhaulPoints, linkSegments, rollout } from './plan-rollout.ts';
import { demandCovered, type PlanOutcome, type SiteColumns } from './plan-view.ts';

/** Positions the map needs besides a PlanRun, in the instance's order (degrees; district −1 when unknown). */
export interface PlanPositions {
  readonly demand: { readonly lon: Float64Array; readonly lat: Float64Array };
  readonly existing: { readonly lon: Float64Array; readonly lat: Float64Array; readonly district?: Int32Array } | null;
}

/** What the planning views show of `run`; throws when the positions do not match the instance's demand points. */
export function planOutcome(run: PlanRun, positions: PlanPositions): PlanOutcome {
  const { instance, candidates: c, plan } = run;
  const n = instance.demandWeight.length;
  if (positions.demand.lon.length !== n || positions.demand.lat.length !== n) {
    throw new Error(`demand positions cover ${positions.demand.lon.length} points but the instance has ${n}`);
  }
  const e = positions.existing;
  const existing: SiteColumns = e
    ? { keys: Array.from(e.lon, (_, k) => `existing:${k + 1}`), lon: e.lon, lat: e.lat, district: e.district ?? new Int32Array(e.lon.length).fill(-1) }
    : { keys: [], lon: new Float64Array(0), lat: new Float64Array(0), district: new Int32Array(0) };
  return {
    scenario: run.scenario,
    plan,
    figures: run.figures,
    floors: run.floors,
    candidates: { keys: c.ids.map((id, j) => `${c.layers[c.layer[j]!] ?? ''}:${id}`), lon: c.lon, lat: c.lat, district: c.district, cost: instance.candidateCost },
    existing,
    demand: { lon: positions.demand.lon, lat: positions.demand.lat, weight: instance.demandWeight, covered: demandCovered(instance, plan.sites, plan.assignment) },
    districtNames: run.districts.names,
    groups: instance.groups,
    backhaul: backhaulPoints(run),
    links: linkSegments(run),
    rollout: rollout(run),
  };
}
