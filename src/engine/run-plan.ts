// Plans one siting scenario of a project that has been run (or loaded): reads its inputs,
// builds the instance, solves it, and recomputes every figure from the chosen sites alone
// (evaluatePlan), so what plan.<id>.csv/json and the app show never rests on a solver's word.
// `lastmile plan` and the app's planning panel both call planScenario.
import { gini } from '../core/equity/gini.ts';
import { fromGeoJSON } from '../core/geo/polygon.ts';
import type { Scenario } from '../core/project/types.ts';
import { evaluatePlan } from '../core/siting/evaluate.ts';
import { floorChecks } from '../core/siting/floors.ts';
import type { FloorCheck, Plan, PlanFigures, SitingInstance, SolverChoice } from '../core/siting/types.ts';
import type { Db } from '../db/db.ts';
import { inTurn } from '../db/db-turns.ts';
import type { Issue } from '../core/report.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import { networkTree, linkCostOf } from '../core/siting/network-tree.ts';
import { evaluatePhases, type PhaseFigures } from '../core/siting/phases-evaluate.ts';
import { buildPlanInstance, type BackhaulTable, type CandidateTable, type PlanInstance, type PlanPositions } from './plan-instance.ts';
import { readPlanInputs, type PlanContext } from './plan-read.ts';
import { stoppable } from './plan-stop.ts';
import { progressOf } from '../core/progress-steps.ts';

/** One chosen site, as a row of plan.<id>.csv. */
export interface PlanSite {
  /** Index of the candidate in the instance. */
  readonly candidate: number;
  /** Candidate layer it comes from ("added" for a site placed by hand). */
  readonly layer: string;
  /** The candidate layer's id. */
  readonly siteId: string;
  /** Degrees (WGS 84). */
  readonly lon: number;
  readonly lat: number;
  /** The scenario's site_type ("" when it names none). */
  readonly type: string;
  readonly cost: number;
  /** "" outside every district. */
  readonly districtId: string;
  /** Demand weight this site newly covers (each point counted once, at its nearest chosen site). */
  readonly coveredWeight: number;
  /** Community network: the site or backhaul point it links to, and the links between it and backhaul. */
  readonly link?: SiteLink;
  /** Phased roll-out: the year it is built (the phase's label, e.g. 2027). */
  readonly year?: number;
}

/** How a site of a community network links towards backhaul. */
export interface SiteLink {
  /** The parent's id: a chosen site's site_id, or a backhaul point's id. */
  readonly parentId: string;
  readonly parentType: 'site' | 'backhaul';
  /** Index of the parent in the candidates (site) or the backhaul table (backhaul). */
  readonly parent: number;
  readonly hops: number;
  /** Great-circle length of the link to the parent, metres. */
  readonly lengthM: number;
  /** lengthM / 1000 × link_cost_per_km. */
  readonly cost: number;
}

/** A planned scenario: self-contained and structured-cloneable (typed arrays and plain objects), for the CLI's files and the app's panel. */
export interface PlanRun {
  readonly scenario: Scenario;
  /** District ids and names in boundary order: the index of every per-district array. */
  readonly districts: { readonly ids: readonly string[]; readonly names: readonly string[] };
  readonly instance: SitingInstance;
  readonly candidates: CandidateTable;
  /** Where the demand points and existing sites are (for the map). */
  readonly positions: PlanPositions;
  readonly plan: Plan;
  /** Every figure recomputed from plan.sites (evaluatePlan). */
  readonly figures: PlanFigures;
  readonly sites: readonly PlanSite[];
  /** Every floor the scenario asks for, kept or not, for the chosen sites. */
  readonly floors: readonly FloorCheck[];
  /** Demand-weighted Gini of the districts' covered shares before (existing sites) and after; null when undefined (nothing covered). */
  readonly inequality: { readonly giniBefore: number | null; readonly giniAfter: number | null };
  /** Rows left out and other problems found while reading the inputs. */
  readonly issues: readonly Issue[];
  /** A community network's backhaul points (null without a network). */
  readonly backhaul: BackhaulTable | null;
  /** A community network's links, recomputed from the chosen sites (null without a network). */
  readonly network: { readonly lengthM: number; readonly linkCost: number } | null;
  /** Phased roll-out: each year's label and figures, recomputed from the sites and their years (null without phases). */
  readonly phases: { readonly years: readonly number[]; readonly figures: PhaseFigures } | null;
}

export interface SolveSettings {
  readonly solver: SolverChoice;
  /** Seconds. */
  readonly timeLimitS: number;
}

/** Solves an instance, reporting SolveProgress as the `detail` of onProgress. */
export type PlanSolver = (instance: SitingInstance, settings: SolveSettings, options: TaskOptions) => Promise<Plan>;

export interface PlanOptions extends TaskOptions {
  /** Default: `solvePlan` on the compute transport (a worker in the browser, this thread in Node). */
  readonly solve?: PlanSolver;
  /** Aborting it stops the solve and keeps the best plan found so far (`signal` discards it). */
  readonly stop?: AbortSignal;
}

/** Solves on the compute transport's `solvePlan` handler. */
export function computeSolver(compute: Compute): PlanSolver {
  return (instance, settings, options) => compute.call('solvePlan', [instance, settings], options);
}

/** Default time limit of a scenario's solve, seconds. */
export const DEFAULT_TIME_LIMIT_S = 30;

/** Plans `scenario` of the project behind `context`; throws InputError for a column its file lacks. */
export async function planScenario(db: Db, context: PlanContext, scenario: Scenario, compute: Compute, options: PlanOptions = {}): Promise<PlanRun> {
  options.onProgress?.(0, 1, ...progressOf('readingScenario', { scenario: scenario.id }));
  const polygons = fromGeoJSON(context.opened.districts.geometries.map((geometry) => ({ geometry })));
  // The read takes a turn on the database, so a re-run never replaces a table under it; the solve does not hold it.
  const inputs = await inTurn(db, () => readPlanInputs(db, context, scenario, polygons, compute, options));
  const built = buildPlanInstance(inputs);
  // Messages name districts as the planner knows them.
  const instance: SitingInstance = { ...built.instance, districtNames: context.opened.districts.names };
  options.onProgress?.(0, 1, ...progressOf('solvingScenario', { scenario: scenario.id }));
  const base = options.solve ?? computeSolver(compute);
  const solve = options.stop ? stoppable(base, options.stop) : base;
  const plan = await solve(instance, { solver: scenario.solver ?? 'auto', timeLimitS: scenario.time_limit_s ?? DEFAULT_TIME_LIMIT_S }, options);
  return planRun(scenario, { ids: context.opened.districts.ids, names: context.opened.districts.names }, { ...built, instance }, plan);
}

/** The PlanRun of a solved instance: figures, site rows, floors and inequality recomputed from plan.sites. */
export function planRun(scenario: Scenario, districts: PlanRun['districts'], built: PlanInstance, plan: Plan): PlanRun {
  const { instance, candidates, positions, issues, backhaul } = built;
  const figures = evaluatePlan(instance, plan.sites, plan.assignment);
  const tree = instance.network ? networkTree(instance.network, plan.sites, instance.candidateCost.length) : null;
  const years = built.years && plan.year ? built.years : null;
  const siteLink = (k: number): SiteLink | undefined => {
    if (!tree || !instance.network) return undefined;
    const parent = tree.links.parent[k]!;
    const lengthM = tree.links.length[k]!;
    const toBackhaul = parent < 0;
    const index = toBackhaul ? -1 - parent : parent;
    return {
      parentId: toBackhaul ? backhaul?.ids[index] ?? '' : candidates.ids[index]!,
      parentType: toBackhaul ? 'backhaul' : 'site',
      parent: index,
      hops: tree.links.hops[k]!,
      lengthM,
      cost: linkCostOf(instance.network, lengthM),
    };
  };
  const sites = Array.from(plan.sites, (j, k): PlanSite => {
    const d = candidates.district[j]!;
    const link = siteLink(k);
    return {
      candidate: j,
      layer: candidates.layers[candidates.layer[j]!]!,
      siteId: candidates.ids[j]!,
      lon: candidates.lon[j]!,
      lat: candidates.lat[j]!,
      type: scenario.site_type ?? '',
      cost: instance.candidateCost[j]!,
      districtId: d >= 0 ? districts.ids[d]! : '',
      coveredWeight: figures.siteWeight[k]!,
      ...(link ? { link } : {}),
      ...(years && plan.year ? { year: years[plan.year[k]!]! } : {}),
    };
  });
  const inequality = { giniBefore: coverageGini(figures.districtWeight, figures.districtBefore), giniAfter: coverageGini(figures.districtWeight, figures.districtAfter) };
  return {
    scenario, districts, instance, candidates, positions, plan, figures, sites, floors: floorChecks(instance, figures), inequality, issues,
    backhaul,
    network: tree ? { lengthM: tree.lengthM, linkCost: tree.linkCost } : null,
    phases: years && plan.year ? { years, figures: evaluatePhases(instance, plan.sites, plan.year) } : null,
  };
}

/** Demand-weighted Gini of covered shares over districts with demand; null when undefined (no district covered at all). */
export function coverageGini(weight: Float64Array, covered: Float64Array): number | null {
  const share = Float64Array.from(weight, (w, d) => (w > 0 ? covered[d]! / w : Number.NaN));
  const g = gini(share, Float64Array.from(weight, (w) => (w > 0 ? w : Number.NaN)));
  return Number.isFinite(g) ? g : null;
}

/** The SolveProgress a solver attached to a progress report, if any. */
export { solveProgress } from './plan-stop.ts';
