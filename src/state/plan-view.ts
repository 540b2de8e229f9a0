// What the planning views show of a solved scenario: the rows of the sites and districts
// tables, each candidate's role on the map, and which demand is covered. Pure and derived.
// `PlanOutcome` mirrors what the engine's plan step returns (engine/run-plan.ts `PlanRun`);
// the session adapts one to the other.

import type { Scenario } from '../core/project/types.ts';
import { wholeText } from './plan-text.ts';
import { nounText, type Words } from './words.ts';
import type { FloorCheck, Plan, PlanFigures, SitingInstance } from '../core/siting/types.ts';
import type { BackhaulPoints, LinkSegments, Rollout } from './plan-rollout.ts';

/** Points as columns: "<layer>:<id>" keys, degrees, and the district each lies in (−1 none). */
export interface SiteColumns {
  readonly keys: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly district: Int32Array;
}

/** A solved scenario as the views need it. */
export interface PlanOutcome {
  readonly scenario: Scenario;
  readonly plan: Plan;
  readonly figures: PlanFigures;
  /** Every floor, kept or not, per scope (core/siting floorChecks). */
  readonly floors: readonly FloorCheck[];
  /** Candidate sites in the solver's index order, with each one's cost. */
  readonly candidates: SiteColumns & { readonly cost: Float64Array };
  readonly existing: SiteColumns;
  /** Demand points and their weight; `covered` from `demandCovered`. */
  readonly demand: { readonly lon: Float64Array; readonly lat: Float64Array; readonly weight: Float64Array; readonly covered: Uint8Array };
  readonly districtNames: readonly string[];
  /** Group names, in the scenario's order (PlanFigures' group arrays follow it). */
  readonly groups: readonly string[];
  /** A community network's backhaul points and links (null without a network). */
  readonly backhaul: BackhaulPoints | null;
  readonly links: LinkSegments | null;
  /** A phased roll-out, year by year (null without phases). */
  readonly rollout: Rollout | null;
}

/** Coverage of a demand point: none, by an existing site, or newly by the plan. */
export const NOT_COVERED = 0;
export const COVERED_BEFORE = 1;
export const NEWLY_COVERED = 2;

/** Per demand point: NOT_COVERED, COVERED_BEFORE or NEWLY_COVERED by the chosen `sites` (with capacity, as assigned). */
export function demandCovered(instance: Pick<SitingInstance, 'coverStart' | 'coverDemand' | 'coveredByExisting'>, sites: Int32Array, assignment: Int32Array | null = null): Uint8Array {
  const out = new Uint8Array(instance.coveredByExisting.length);
  if (assignment) {
    assignment.forEach((site, i) => site >= 0 && (out[i] = NEWLY_COVERED));
  } else {
    for (const j of sites) for (let k = instance.coverStart[j]!; k < instance.coverStart[j + 1]!; k++) out[instance.coverDemand[k]!] = NEWLY_COVERED;
  }
  instance.coveredByExisting.forEach((c, i) => c && (out[i] = COVERED_BEFORE));
  return out;
}

/** A candidate's role on the map and in the tables. */
export type SiteRole = 'chosen' | 'rejected' | 'locked' | 'forbidden';

/** Role of every candidate: locked and forbidden as the planner set them, else chosen or rejected by the plan. */
export function siteRoles(outcome: Pick<PlanOutcome, 'scenario' | 'plan' | 'candidates'>): SiteRole[] {
  const chosen = new Set(outcome.plan.sites);
  const locked = new Set(outcome.scenario.locked ?? []);
  const forbidden = new Set(outcome.scenario.forbidden ?? []);
  return outcome.candidates.keys.map((key, j) => (locked.has(key) ? 'locked' : forbidden.has(key) ? 'forbidden' : chosen.has(j) ? 'chosen' : 'rejected'));
}

export interface SiteRow {
  /** Candidate index. */
  readonly index: number;
  readonly key: string;
  readonly layer: string;
  readonly id: string;
  readonly cost: number;
  readonly district: string;
  /** Weight this site newly covers (people). */
  readonly newlyCovered: number;
  readonly locked: boolean;
  readonly lon: number;
  readonly lat: number;
  /** Phased roll-out: the year it is built. */
  readonly year?: number;
  /** Community network: what it links to, and its links to backhaul. */
  readonly parent?: string;
  readonly hops?: number;
}

/** One row per chosen site, in the plan's order. */
export function siteRows(outcome: PlanOutcome): SiteRow[] {
  return Array.from(outcome.plan.sites, (j, n) => ({ ...candidateInfo(outcome, j), newlyCovered: outcome.figures.siteWeight[n] ?? 0 }));
}

/** Any candidate as a row (newly covered weight 0 unless chosen), for the site panel after a click. */
export function candidateInfo(outcome: PlanOutcome, j: number): SiteRow {
  const c = outcome.candidates;
  const key = c.keys[j] ?? String(j);
  const colon = key.indexOf(':');
  const d = c.district[j] ?? -1;
  const n = outcome.plan.sites.indexOf(j);
  return {
    index: j,
    key,
    layer: colon >= 0 ? key.slice(0, colon) : '',
    id: colon >= 0 ? key.slice(colon + 1) : key,
    cost: c.cost[j] ?? 0,
    district: d >= 0 ? (outcome.districtNames[d] ?? '') : '',
    newlyCovered: n >= 0 ? (outcome.figures.siteWeight[n] ?? 0) : 0,
    locked: (outcome.scenario.locked ?? []).includes(key),
    lon: c.lon[j] ?? Number.NaN,
    lat: c.lat[j] ?? Number.NaN,
  };
}

/** A floor the scenario asks for, over all its scopes: what the plan achieves, and whether it keeps it. */
export interface FloorStatus {
  /** "district" or the group's name. */
  readonly floor: string;
  /** True when the floor holds in every district (the district floor; group floors with groups_per_district). */
  readonly perDistrict: boolean;
  readonly required: number;
  /** The smallest share achieved over the floor's scopes (overall and, per district, each district with weight). */
  readonly achieved: number;
  /** Kept in every scope. */
  readonly kept: boolean;
}

/** The plan's floor checks (core/siting floorChecks: one per floor and scope) folded into one line per floor, in order. */
export function floorStatus(checks: readonly FloorCheck[]): FloorStatus[] {
  const out = new Map<string, FloorStatus>();
  for (const c of checks) {
    const name = c.floor === 'district' ? 'district' : c.floor.replace(/^group:/, '').replace(/@\d+$/, '');
    const perDistrict = c.floor === 'district' || c.floor.includes('@');
    const seen = out.get(name);
    out.set(name, seen
      ? { ...seen, perDistrict: seen.perDistrict || perDistrict, achieved: Math.min(seen.achieved, c.achieved), kept: seen.kept && c.kept }
      : { floor: name, perDistrict, required: c.required, achieved: c.achieved, kept: c.kept });
  }
  return [...out.values()];
}

export interface DistrictRow {
  readonly index: number;
  readonly name: string;
  /** Demand weight, covered before (existing sites) and after the plan. */
  readonly weight: number;
  readonly before: number;
  readonly after: number;
  /** Covered shares 0–1 (NaN without demand). */
  readonly shareBefore: number;
  readonly shareAfter: number;
  /** True when the demand weight is below the small-number threshold: figures are withheld. */
  readonly suppressed: boolean;
}

/** One row per district; figures resting on less than `minWeight` people are flagged suppressed. */
export function districtRows(outcome: Pick<PlanOutcome, 'figures' | 'districtNames'>, minWeight = 0): DistrictRow[] {
  const f = outcome.figures;
  return outcome.districtNames.map((name, i) => {
    const weight = f.districtWeight[i] ?? 0;
    const before = f.districtBefore[i] ?? 0;
    const after = f.districtAfter[i] ?? 0;
    return { index: i, name, weight, before, after, shareBefore: weight > 0 ? before / weight : Number.NaN, shareAfter: weight > 0 ? after / weight : Number.NaN, suppressed: weight < minWeight };
  });
}

/** Covered share after the plan per district (NaN without demand or when suppressed), for a choropleth. */
export function districtShares(rows: readonly DistrictRow[]): Float64Array {
  return Float64Array.from(rows, (r) => (r.suppressed ? Number.NaN : r.shareAfter));
}

/** Sorts rows by a numeric or text field; missing numbers last, ties by `tie` ascending. */
export function sortRows<R>(rows: readonly R[], value: (r: R) => number | string, descending: boolean, tie: (r: R) => string): R[] {
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (typeof va === 'number' && typeof vb === 'number') {
      const ma = Number.isFinite(va);
      const mb = Number.isFinite(vb);
      if (ma !== mb) return ma ? -1 : 1;
      if (ma && va !== vb) return descending ? vb - va : va - vb;
    } else if (va !== vb) {
      const c = String(va).localeCompare(String(vb), 'en');
      return descending ? -c : c;
    }
    return tie(a).localeCompare(tie(b), 'en');
  });
}

/** What the pointer is on in a plan's map: a candidate, an existing site, a demand point, or a compared site. */
export type PlanTarget = { readonly kind: 'candidate' | 'existing' | 'demand' | 'compared' | 'backhaul'; readonly index: number } | null;

/** Lines of the map tooltip for `target`, in `words`' language: a site's cost, district and newly covered weight; a demand point's weight and coverage. */
export function targetLines(outcome: PlanOutcome, target: PlanTarget, districtNoun: string, words: Words): string[] {
  if (!target) return [];
  const { t, locale } = words;
  const noun = nounText(districtNoun, words);
  const where = (d: number) => (d >= 0 ? t('tooltip.in', { noun, place: outcome.districtNames[d] ?? '' }) : t('tooltip.outside', { noun }));
  switch (target.kind) {
    case 'candidate': {
      const r = candidateInfo(outcome, target.index);
      const role = siteRoles(outcome)[target.index] ?? 'rejected';
      return [t('tooltip.site', { site: r.key, role: t(`site.role.${role === 'chosen' ? 'new' : role}`) }), t('tooltip.cost', { cost: wholeText(r.cost, locale) }), where(outcome.candidates.district[target.index] ?? -1), t('tooltip.newly', { weight: wholeText(r.newlyCovered, locale) })];
    }
    case 'existing':
      return [t('tooltip.existing', { site: outcome.existing.keys[target.index] ?? t('tooltip.existingSite') }), where(outcome.existing.district[target.index] ?? -1)];
    case 'demand': {
      const c = outcome.demand.covered[target.index];
      return [t('tooltip.weight', { weight: wholeText(outcome.demand.weight[target.index] ?? Number.NaN, locale) }), t(c === NEWLY_COVERED ? 'tooltip.newlyCovered' : c === COVERED_BEFORE ? 'tooltip.coveredBefore' : 'tooltip.notCovered')];
    }
    case 'backhaul':
      return [`${outcome.backhaul?.ids[target.index] ?? 'backhaul point'} (backhaul: already connected)`];
    case 'compared':
      return [];
  }
}
