// Two solved scenarios side by side: the headline figures with which one does better, the
// districts before → after in each, and which sites they share. Pure; the map and the
// comparison panel render what this returns.

import { gini } from '../core/equity/gini.ts';
import { costPerNewlyCovered } from './plan-text.ts';
import type { PlanOutcome } from './plan-view.ts';

/** How a figure reads: whole people or sites, money, a share 0–1, money per person, a gap 0–1, a Gini 0–1. */
export type FigureKind = 'count' | 'money' | 'share' | 'per-person' | 'gap' | 'gini';

export interface CompareRow {
  readonly key: string;
  readonly label: string;
  readonly kind: FigureKind;
  /** NaN when the figure does not exist (no bound, nobody newly covered). */
  readonly a: number;
  readonly b: number;
  /** Which direction is better for the planner; null when neither is (number of sites). */
  readonly better: 'higher' | 'lower' | null;
  /** The scenario that does better on this figure; null when equal, missing or neither is better. */
  readonly winner: 'a' | 'b' | null;
  /** True when the two differ (beyond rounding). */
  readonly differs: boolean;
}

export interface DistrictCompareRow {
  readonly index: number;
  readonly name: string;
  readonly weight: number;
  /** Covered shares 0–1 before (existing sites) and after each plan; NaN without demand. */
  readonly beforeA: number;
  readonly afterA: number;
  readonly beforeB: number;
  readonly afterB: number;
  readonly suppressed: boolean;
  readonly differs: boolean;
}

/** Where a site is chosen: in both plans, only in A, or only in B. */
export type SiteMembership = 'both' | 'a' | 'b';

export interface ComparedSite {
  readonly key: string;
  readonly lon: number;
  readonly lat: number;
  readonly in: SiteMembership;
}

export interface ScenarioComparison {
  readonly rows: readonly CompareRow[];
  readonly districts: readonly DistrictCompareRow[];
  /** Chosen sites of either plan, sorted by key. */
  readonly sites: readonly ComparedSite[];
}

/** Relative difference below which two figures count as equal (rounding in the solvers). */
const SAME = 1e-9;

/** Weighted Gini of the districts' covered shares after the plan (districts without demand left out). */
export function districtShareGini(outcome: Pick<PlanOutcome, 'figures'>): number {
  const f = outcome.figures;
  const shares = Float64Array.from(f.districtWeight, (w, i) => (w > 0 ? (f.districtAfter[i] ?? 0) / w : Number.NaN));
  return gini(shares, Float64Array.from(f.districtWeight, (w) => (w > 0 ? w : Number.NaN)));
}

/** Compares plan `a` with plan `b`; district figures resting on less than `minWeight` people are suppressed. */
export function compareOutcomes(a: PlanOutcome, b: PlanOutcome, minWeight = 0): ScenarioComparison {
  const rows: CompareRow[] = [
    row('sites', 'Sites', 'count', a.plan.sites.length, b.plan.sites.length, null),
    row('cost', 'Cost', 'money', a.figures.cost, b.figures.cost, 'lower'),
    row('covered', 'People covered', 'count', a.figures.coveredWeight, b.figures.coveredWeight, 'higher'),
    row('newly', 'People newly covered', 'count', a.figures.newlyCoveredWeight, b.figures.newlyCoveredWeight, 'higher'),
    ...groupRows(a, b),
    row('per-person', 'Cost per newly covered person', 'per-person', costPerNewlyCovered(a.figures.cost, a.figures.newlyCoveredWeight), costPerNewlyCovered(b.figures.cost, b.figures.newlyCoveredWeight), 'lower'),
    row('min-share', 'Smallest district share', 'share', a.figures.minDistrictShare, b.figures.minDistrictShare, 'higher'),
    row('gini', 'Gini of district shares', 'gini', districtShareGini(a), districtShareGini(b), 'lower'),
    row('gap', 'Solver gap', 'gap', a.plan.gap ?? Number.NaN, b.plan.gap ?? Number.NaN, 'lower'),
  ];
  return { rows, districts: districtRows(a, b, minWeight), sites: comparedSites(a, b) };
}

/** Newly covered weight per group, for groups both scenarios report. */
function groupRows(a: PlanOutcome, b: PlanOutcome): CompareRow[] {
  return a.groups.flatMap((g, ga) => {
    const gb = b.groups.indexOf(g);
    if (gb < 0) return [];
    const newly = (o: PlanOutcome, k: number) => (o.figures.groupAfter[k] ?? 0) - (o.figures.groupBefore[k] ?? 0);
    return [row(`group:${g}`, `${g}: newly covered`, 'count', newly(a, ga), newly(b, gb), 'higher')];
  });
}

function districtRows(a: PlanOutcome, b: PlanOutcome, minWeight: number): DistrictCompareRow[] {
  const share = (num: Float64Array, w: Float64Array, i: number) => ((w[i] ?? 0) > 0 ? (num[i] ?? 0) / w[i]! : Number.NaN);
  return a.districtNames.map((name, i) => {
    const fa = a.figures;
    const fb = b.figures;
    const afterA = share(fa.districtAfter, fa.districtWeight, i);
    const afterB = share(fb.districtAfter, fb.districtWeight, i);
    const weight = fa.districtWeight[i] ?? 0;
    return {
      index: i,
      name,
      weight,
      beforeA: share(fa.districtBefore, fa.districtWeight, i),
      afterA,
      beforeB: share(fb.districtBefore, fb.districtWeight, i),
      afterB,
      suppressed: weight < minWeight || (fb.districtWeight[i] ?? 0) < minWeight,
      differs: !same(afterA, afterB),
    };
  });
}

/** The chosen sites of both plans by key: in both, only in A, only in B; sorted by key. */
export function comparedSites(a: Pick<PlanOutcome, 'plan' | 'candidates'>, b: Pick<PlanOutcome, 'plan' | 'candidates'>): ComparedSite[] {
  const sites = new Map<string, ComparedSite>();
  const add = (o: Pick<PlanOutcome, 'plan' | 'candidates'>, side: 'a' | 'b') => {
    for (const j of o.plan.sites) {
      const key = o.candidates.keys[j] ?? String(j);
      const seen = sites.get(key);
      sites.set(key, seen ? { ...seen, in: seen.in === side ? side : 'both' } : { key, lon: o.candidates.lon[j] ?? Number.NaN, lat: o.candidates.lat[j] ?? Number.NaN, in: side });
    }
  };
  add(a, 'a');
  add(b, 'b');
  return [...sites.values()].sort((x, y) => x.key.localeCompare(y.key, 'en'));
}

function row(key: string, label: string, kind: FigureKind, a: number, b: number, better: CompareRow['better']): CompareRow {
  const differs = !same(a, b);
  const winner = !differs || better === null || !Number.isFinite(a) || !Number.isFinite(b) ? null : (a > b) === (better === 'higher') ? 'a' : 'b';
  return { key, label, kind, a, b, better, winner, differs };
}

function same(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(a), Math.abs(b));
}
