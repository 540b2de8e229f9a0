// What the planning views show of a community network (its links as map segments and each
// site's parent and hops) and of a phased roll-out (the year each site is built, and
// coverage per year overall and per group). Pure and derived from the engine's PlanRun, which
// recomputed every figure from the chosen sites.

import type { PlanRun } from '../engine/run-plan.ts';
import type { SiteRow } from './plan-view.ts';

/** Links of a community network as segments, one per chosen site that links to something (plan.sites order). */
export interface LinkSegments {
  readonly fromLon: Float64Array;
  readonly fromLat: Float64Array;
  readonly toLon: Float64Array;
  readonly toLat: Float64Array;
  /** Candidate index of the site at the `from` end. */
  readonly site: Int32Array;
  /** True where the `to` end is a backhaul point. */
  readonly toBackhaul: Uint8Array;
}

/** Backhaul points of a community network, for the map. */
export interface BackhaulPoints {
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

/** The network's links as segments (null without a network). */
export function linkSegments(run: PlanRun): LinkSegments | null {
  if (!run.network) return null;
  const linked = run.sites.filter((s) => s.link && s.link.hops > 0);
  const c = run.candidates;
  const b = run.backhaul;
  const end = (s: (typeof linked)[number], axis: 'lon' | 'lat') => (s.link!.parentType === 'backhaul' ? b?.[axis][s.link!.parent] : c[axis][s.link!.parent]) ?? Number.NaN;
  return {
    fromLon: Float64Array.from(linked, (s) => s.lon),
    fromLat: Float64Array.from(linked, (s) => s.lat),
    toLon: Float64Array.from(linked, (s) => end(s, 'lon')),
    toLat: Float64Array.from(linked, (s) => end(s, 'lat')),
    site: Int32Array.from(linked, (s) => s.candidate),
    toBackhaul: Uint8Array.from(linked, (s) => (s.link!.parentType === 'backhaul' ? 1 : 0)),
  };
}

/** The network's backhaul points (null without a network). */
export function backhaulPoints(run: PlanRun): BackhaulPoints | null {
  const b = run.backhaul;
  return run.network && b ? { ids: b.ids.map((id, k) => `${b.layers[b.layer[k]!] ?? ''}:${id}`), lon: b.lon, lat: b.lat } : null;
}

/** One year of a phased roll-out as the timeline shows it. */
export interface RolloutYear {
  /** The phase's label (e.g. 2027). */
  readonly year: number;
  readonly budget: number;
  readonly cost: number;
  readonly sites: number;
  /** Share (0–1) of all demand covered at the end of the year; NaN without demand. */
  readonly covered: number;
  /** Per group (scenario order), the share of its weight covered at the end of the year. */
  readonly groups: readonly number[];
  /** Per district, the share of its demand covered at the end of the year (NaN without demand). */
  readonly districts: Float64Array;
}

/** A phased roll-out, year by year (null without phases). */
export interface Rollout {
  readonly years: readonly RolloutYear[];
  readonly groups: readonly string[];
  /** Year index (0-based) each candidate is built in; −1 when it is not built. */
  readonly builtIn: Int32Array;
}

/** The roll-out of a phased plan, with every share recomputed by the engine (null without phases). */
export function rollout(run: PlanRun): Rollout | null {
  const phases = run.phases;
  const year = run.plan.year;
  if (!phases || !year) return null;
  const { figures: p } = phases;
  const { instance, figures: f } = run;
  const demand = instance.demandWeight.reduce((a, w) => a + w, 0);
  const nG = instance.groups.length;
  const nD = f.districtWeight.length;
  const builtIn = new Int32Array(instance.candidateCost.length).fill(-1);
  run.plan.sites.forEach((j, k) => (builtIn[j] = year[k]!));
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN);
  return {
    groups: instance.groups,
    builtIn,
    years: phases.years.map((label, t) => ({
      year: label,
      budget: instance.phases?.budgets[t] ?? Infinity,
      cost: p.yearCost[t]!,
      sites: p.yearSites[t]!,
      covered: share(p.yearCovered[t]!, demand),
      groups: instance.groups.map((_, g) => share(p.yearGroupAfter[t * nG + g]!, f.groupWeight[g]!)),
      districts: Float64Array.from(f.districtWeight, (w, d) => share(p.yearDistrictAfter[t * nD + d]!, w)),
    })),
  };
}

/** The chosen sites built by the end of year `t` (all of them when t is null or there are no phases). */
export function sitesBuiltBy(sites: Int32Array, r: Rollout | null, t: number | null): Int32Array {
  if (!r || t === null) return sites;
  return sites.filter((j) => r.builtIn[j]! >= 0 && r.builtIn[j]! <= t);
}

/** Site rows (plan.sites order) with each site's year and parent, as plan.<id>.csv has them. */
export function withRollout(rows: readonly SiteRow[], run: PlanRun): SiteRow[] {
  return rows.map((row, k) => {
    const site = run.sites[k];
    if (!site) return row;
    return {
      ...row,
      ...(site.year !== undefined ? { year: site.year } : {}),
      ...(site.link ? { parent: site.link.hops > 0 ? `${site.link.parentType === 'backhaul' ? 'backhaul ' : ''}${site.link.parentId}` : 'not connected', hops: site.link.hops } : {}),
    };
  });
}
