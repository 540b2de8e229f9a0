// The siting problem and its answer in flat arrays: what every solver (heuristic, exact,
// exhaustive) reads and returns, and what `checkPlan` verifies. Built by the engine from a
// project's scenario (engine/plan-instance.ts); nothing here knows of files or DuckDB.
//
// Indices: demand points 0..nDemand−1, candidate sites 0..nCandidates−1, districts
// 0..nDistricts−1 (boundary order), groups 0..groups.length−1 (scenario order).
import type { PlanNote } from './plan-notes.ts';


/** What the plan maximises. */
export type SitingObjective = 'coverage' | 'maximin';

/** Which solver to use; `auto` picks exact where it can finish, else the heuristic. */
export type SolverChoice = 'heuristic' | 'exact' | 'auto';

/** Coverage floors: a share in [0, 1] of a weight that must be covered. */
export interface SitingFloors {
  /** Every district (with demand) covers at least this share of its own demand weight. */
  readonly district?: number;
  /** Group name → share of the group's weight covered, overall. */
  readonly groups?: Readonly<Record<string, number>>;
  /** When true, each group floor holds inside every district too (where the group has weight). */
  readonly groupsPerDistrict?: boolean;
}

export interface SitingInstance {
  /** Weight of each demand point (people, devices…), ≥ 0. */
  readonly demandWeight: Float64Array;
  /** District index of each demand point; −1 when it lies outside every district (counted, but in no district floor). */
  readonly demandDistrict: Int32Array;
  readonly nDistricts: number;
  /**
   * District names in index order, only for the words of messages ("Kibera", not "district 3");
   * absent: messages say "district <index>". Solvers never read it.
   */
  readonly districtNames?: readonly string[];
  /** Group names, in the scenario's order. */
  readonly groups: readonly string[];
  /** Per group, the weight of that group at each demand point (nDemand each). */
  readonly groupWeight: readonly Float64Array[];

  /** Cost of each candidate site (currency units), ≥ 0. */
  readonly candidateCost: Float64Array;
  /**
   * Coverage in compressed rows: the demand points candidate j covers (within its radius)
   * are coverDemand[coverStart[j] .. coverStart[j+1]−1], ascending.
   */
  readonly coverStart: Int32Array;
  readonly coverDemand: Int32Array;
  /** Distance of each coverage pair in metres (same layout as coverDemand): nearest site serves. */
  readonly coverDistance: Float64Array;
  /** 1 where an existing site already covers the demand point (at no cost; existing sites have no capacity limit). */
  readonly coveredByExisting: Uint8Array;
  /** Weight each candidate can serve when chosen; null when sites have no capacity limit. */
  readonly capacity: Float64Array | null;

  /** Candidates that must be chosen (the planner locked them in). */
  readonly locked: Int32Array;
  /** Candidates that must not be chosen. */
  readonly forbidden: Int32Array;

  /** Σ cost of chosen candidates ≤ budget (Infinity: no budget). */
  readonly budget: number;
  /** Number of chosen candidates ≤ maxSites (Infinity: no limit). */
  readonly maxSites: number;
  readonly floors: SitingFloors;
  readonly objective: SitingObjective;
  /** A community network: every chosen site must link to backhaul through chosen sites. */
  readonly network?: SitingNetwork;
  /** A phased roll-out: each chosen site gets a year; sites of earlier years stay. */
  readonly phases?: SitingPhases;
}

/**
 * Which sites can link to which, and to backhaul (a fibre point of presence, an existing
 * connected site). Built by the engine from great-circle distances; every listed link is at
 * most `linkM` long. A chosen site is connected when a chain of chosen sites, each link
 * listed here, reaches a backhaul point.
 */
export interface SitingNetwork {
  /** Longest allowed link, metres. */
  readonly linkM: number;
  /** Cost of one kilometre of link (currency units), added to the plan's cost; 0: links are free. */
  readonly linkCostPerKm: number;
  /** Backhaul points 0..nBackhaul−1. */
  readonly nBackhaul: number;
  /** Candidate–candidate links in compressed rows (symmetric: j–k is listed under j and under k), targets ascending. */
  readonly linkStart: Int32Array;
  readonly linkTo: Int32Array;
  /** Length of each link in metres (same layout as linkTo). */
  readonly linkLength: Float64Array;
  /** Candidate–backhaul links in compressed rows: backhaul points within linkM of candidate j, ascending. */
  readonly backhaulStart: Int32Array;
  readonly backhaulTo: Int32Array;
  readonly backhaulLength: Float64Array;
}

/** Yearly budgets (and optionally rising floors) of a phased roll-out. */
export interface SitingPhases {
  /** Budget of each year in order (currency units; Infinity: no limit that year). Unspent money does not carry over. */
  readonly budgets: Float64Array;
  /** Floors to keep at the end of each year (same length as budgets, or absent). The instance's `floors` hold in the last year. */
  readonly floors?: readonly SitingFloors[];
  /** Each year's label (2027, …), only for the words of messages; absent: "year 1", "year 2", … Solvers never read it. */
  readonly labels?: readonly number[];
}

/** How a community network's chosen sites link up: one entry per chosen site, in `Plan.sites` order. */
export interface PlanLinks {
  /** The site's parent: a candidate index (≥ 0), or −1 − b for backhaul point b. */
  readonly parent: Int32Array;
  /** Links between the site and backhaul (1: linked to backhaul directly). */
  readonly hops: Int32Array;
  /** Length of the link to the parent, metres. */
  readonly length: Float64Array;
}

/** The demand each chosen site serves, and what the plan achieves, all recomputed from the choice. */
export interface PlanFigures {
  /** Σ weight of demand covered (by existing or chosen sites; with capacity, assigned). */
  readonly coveredWeight: number;
  /** Σ weight covered by chosen sites and not by existing ones. */
  readonly newlyCoveredWeight: number;
  readonly cost: number;
  /** Per chosen site (same order as `Plan.sites`): the weight it newly covers (each point counted once, at its nearest chosen site; with capacity, as assigned). */
  readonly siteWeight: Float64Array;
  /** Per district: demand weight, covered before (existing only) and after. */
  readonly districtWeight: Float64Array;
  readonly districtBefore: Float64Array;
  readonly districtAfter: Float64Array;
  /** Per group: total weight, covered before and after; per group × district (row-major, group first) the same. */
  readonly groupWeight: Float64Array;
  readonly groupBefore: Float64Array;
  readonly groupAfter: Float64Array;
  readonly groupDistrictWeight: Float64Array;
  readonly groupDistrictAfter: Float64Array;
  /** Smallest covered share over districts with demand weight > 0 (1 when there are none). */
  readonly minDistrictShare: number;
  /** The objective's value: coveredWeight for `coverage`, minDistrictShare for `maximin`. */
  readonly objective: number;
}

/** Where a solver stopped. */
export type PlanStatus = 'optimal' | 'time-limit' | 'heuristic' | 'infeasible' | 'cancelled';

/** A floor the plan was asked to keep, and whether it does. */
export interface FloorCheck {
  /** "district" or "group:<name>" (per-district group floors: "group:<name>@<district index>"). */
  readonly floor: string;
  readonly district: number | null;
  readonly required: number;
  readonly achieved: number;
  readonly kept: boolean;
}

export interface Plan {
  /** Chosen candidate indices, ascending. */
  readonly sites: Int32Array;
  /** With capacity: the candidate each demand point is assigned to (−1 none); null without capacity. */
  readonly assignment: Int32Array | null;
  readonly status: PlanStatus;
  readonly solver: 'heuristic' | 'exact' | 'exhaustive';
  /** A true upper bound on the best objective any feasible plan reaches, or null when none was proven. */
  readonly bound: number | null;
  /** (bound − objective) / max(|bound|, tiny), or null without a bound. */
  readonly gap: number | null;
  readonly seconds: number;
  /** Plain-language notes for the planner (infeasible floors, time limit reached, …). */
  readonly messages: readonly string[];
  /** The same notes with their codes and values, in the same order, for the UI to word (plan-notes.ts); absent on plans made before notes had codes. */
  readonly notes?: readonly PlanNote[];
  /** When a floor cannot be met: which, and the smallest budget / number of sites found that would meet every floor. */
  readonly shortfall?: Shortfall;
  /** Community network: how each chosen site links to backhaul. */
  readonly links?: PlanLinks;
  /** Phased roll-out: the year (0-based phase index) each chosen site is built, in `Plan.sites` order. */
  readonly year?: Int32Array;
}

/** Why a scenario's floors cannot all be kept, and what would keep them. */
export interface Shortfall {
  /** The floors no plan within the limits keeps. */
  readonly floors: readonly FloorCheck[];
  /** Smallest total cost found that keeps every floor (null: no plan keeps them even with every candidate). */
  readonly budgetNeeded: number | null;
  /** Smallest number of sites found that keeps every floor (null as above). */
  readonly sitesNeeded: number | null;
  /** True when those minima are proven (exact solve), false when they are a heuristic's upper estimate. */
  readonly proven: boolean;
}

/** Progress a solver reports while it works: the phase, and the best plan and bound so far. */
export interface SolveProgress {
  readonly phase: 'presolve' | 'greedy' | 'repair' | 'swap' | 'bound' | 'exact' | 'done';
  readonly objective: number | null;
  readonly bound: number | null;
  /** The best plan so far (sites ascending), so a cancelled solve can keep it. */
  readonly sites: Int32Array | null;
  /** A phased roll-out: the year of each of those sites (same order). */
  readonly year?: Int32Array | null;
}

/** Tolerance when comparing weights and shares against floors, budgets and capacities. */
export const SITING_EPS = 1e-9;
