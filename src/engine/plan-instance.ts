// A scenario's siting instance from plain columns (what run-plan.ts reads out of DuckDB): demand
// weights scaled to the people offline, group weights, the candidate sites that can be used
// and what each covers. Pure, so it is tested without DuckDB on cases worked by hand.
//
// Decisions a planner should know (docs/project-file.md says them too):
// - A demand point outside every district keeps its weight in the coverage totals but is in
//   no district (its district index is −1), so no district floor counts it.
// - A row that cannot be used — a demand point with no position or a missing or negative
//   weight, a candidate with no position or a missing or negative cost — is left out and
//   reported as an issue naming its file, line and column; it never counts as 0 silently.
// - With `only_offline`, every weight (the demand's and each group's) is multiplied by
//   (100 − rate) / 100 of its district; a point outside every district has no rate and
//   keeps its whole weight (one issue says how many).
import { buildCoverage, coveredByExisting } from '../core/siting/coverage.ts';
import { buildNetworkLinks } from '../core/siting/network-links.ts';
import type { SitingFloors, SitingInstance, SitingPhases } from '../core/siting/types.ts';
import type { Scenario, ScenarioFloors, ScenarioPhase } from '../core/project/types.ts';
import type { Issue } from '../core/report.ts';
import { IssueList } from './plan-issues.ts';

/** The demand layer's columns, one entry per point (after the layer's filter). */
export interface DemandInput {
  readonly file: string;
  /** File line (or row number) of each point, for issues. */
  readonly rows: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** District index of each point, −1 outside every district. */
  readonly district: Int32Array;
  /** The weight column's values (NaN = missing); null when the scenario names no weight (each point weighs 1). */
  readonly weight: Float64Array | null;
  readonly weightColumn?: string;
}

/** A group's weight: a demand-layer column per point, or a share (0–1) per district from a table. */
export type GroupInput =
  | { readonly name: string; readonly kind: 'column'; readonly column: string; readonly values: Float64Array }
  | { readonly name: string; readonly kind: 'share'; readonly file: string; readonly column: string; readonly share: Float64Array };

/** One candidate layer's sites (after its filters), or the scenario's hand-placed sites. */
export interface CandidateInput {
  readonly layer: string;
  readonly file: string;
  readonly rows: Int32Array;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly district: Int32Array;
  /** Cost per site: one number for the layer, or the cost column's values (NaN = missing). */
  readonly cost: number | Float64Array;
  readonly costColumn?: string;
  /** Weight one site of this layer can serve; absent: the scenario's capacity, if any. */
  readonly capacity?: number;
}

export interface PlanInputs {
  readonly scenario: Scenario;
  readonly districtIds: readonly string[];
  readonly demand: DemandInput;
  /** The only_offline column per district, percent (NaN = missing). */
  readonly offline?: { readonly column: string; readonly rate: Float64Array };
  readonly groups: readonly GroupInput[];
  readonly candidates: readonly CandidateInput[];
  readonly existing: { readonly lon: Float64Array; readonly lat: Float64Array } | null;
  /** A community network's backhaul: its backhaul layer, then the existing sites when they serve as backhaul. */
  readonly backhaul?: readonly BackhaulInput[];
}

/** Points a community network's nodes may link to for their connection. */
export interface BackhaulInput {
  readonly layer: string;
  readonly file: string;
  readonly rows: Int32Array;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

/** The backhaul points kept in the instance's network, index for index: what parent columns name. */
export interface BackhaulTable {
  readonly layers: readonly string[];
  readonly layer: Int32Array;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
}

/** The candidates kept in the instance, index for index: what plan.<id>.csv names. */
export interface CandidateTable {
  /** Candidate layer names in scenario order (hand-placed sites last, as "added"). */
  readonly layers: readonly string[];
  /** Index into `layers` of each candidate. */
  readonly layer: Int32Array;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** District index, −1 outside every district. */
  readonly district: Int32Array;
}

/** Where the instance's demand points and existing sites are, index for index (degrees), for the map. */
export interface PlanPositions {
  readonly demand: { readonly lon: Float64Array; readonly lat: Float64Array };
  readonly existing: { readonly lon: Float64Array; readonly lat: Float64Array } | null;
}

export interface PlanInstance {
  readonly instance: SitingInstance;
  readonly candidates: CandidateTable;
  readonly positions: PlanPositions;
  /** A community network's backhaul points; null without a network. */
  readonly backhaul: BackhaulTable | null;
  /** Each phase's year label (e.g. 2027, or 1, 2, …); null without phases. */
  readonly years: readonly number[] | null;
  readonly issues: readonly Issue[];
}

/** The siting instance of a scenario (radius in metres, costs in the candidates' units) and the issues found building it. */
export function buildPlanInstance(inputs: PlanInputs): PlanInstance {
  const { scenario, demand } = inputs;
  const issues = new IssueList();
  const factor = offlineFactor(inputs, issues);
  const n = demand.lon.length;
  const demandWeight = new Float64Array(n);
  const usable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = demand.weight ? demand.weight[i]! : 1;
    if (!Number.isFinite(demand.lon[i]!) || !Number.isFinite(demand.lat[i]!)) issues.add(demand.file, demand.rows[i]!, undefined, 'no position; this demand point is left out');
    else if (!(w >= 0 && w < Infinity)) issues.add(demand.file, demand.rows[i]!, demand.weightColumn, `${Number.isNaN(w) ? 'missing weight' : `weight ${w} is not a number ≥ 0`}; this demand point is left out`);
    else {
      demandWeight[i] = w * factor(demand.district[i]!);
      usable[i] = 1;
    }
  }
  const groupWeight = inputs.groups.map((g) => groupWeights(g, demand, usable, demandWeight, factor, inputs.districtIds, issues));

  const kept = keptCandidates(inputs.candidates, scenario.capacity, issues);
  const coverage = buildCoverage(demand.lon, demand.lat, kept.lon, kept.lat, scenario.radius_m);
  const existing = inputs.existing ? coveredByExisting(demand.lon, demand.lat, inputs.existing.lon, inputs.existing.lat, scenario.radius_m) : new Uint8Array(n);
  const keyIndex = new Map(kept.keys.map((key, j) => [key, j]));
  const refs = (list: readonly string[] | undefined, what: string) =>
    Int32Array.from((list ?? []).flatMap((ref) => {
      const j = keyIndex.get(ref);
      if (j === undefined) issues.add('project', undefined, undefined, `${what} site "${ref}" is not among the scenario's candidates (after their filters); it is ignored`);
      return j === undefined ? [] : [j];
    })).sort();

  // A site both locked and forbidden is a contradiction in the scenario (validateInstance
  // rejects it): say which, and leave it out — forbidding is the safer reading.
  const forbidden = refs(scenario.forbidden, 'forbidden');
  const both = new Set(forbidden);
  const locked = refs(scenario.locked, 'locked').filter((j) => {
    if (!both.has(j)) return true;
    issues.add('project', undefined, undefined, `site "${kept.keys[j]}" is in both scenarios["${scenario.id}"].locked and .forbidden; it is left out of the plan`);
    return false;
  });
  const instance: SitingInstance = {
    demandWeight,
    demandDistrict: Int32Array.from(demand.district),
    nDistricts: inputs.districtIds.length,
    groups: inputs.groups.map((g) => g.name),
    groupWeight,
    candidateCost: kept.cost,
    ...coverage,
    coveredByExisting: existing,
    capacity: kept.capacity,
    locked,
    forbidden,
    budget: scenario.budget ?? Infinity,
    maxSites: scenario.max_sites ?? Infinity,
    floors: sitingFloors(scenario.floors),
    objective: scenario.objective ?? 'coverage',
    ...(scenario.phases ? { phases: sitingPhases(scenario.phases) } : {}),
  };
  const backhaul = scenario.network ? keptBackhaul(inputs.backhaul ?? [], issues) : null;
  const withNetwork: SitingInstance = scenario.network && backhaul
    ? { ...instance, network: buildNetworkLinks({ lon: kept.lon, lat: kept.lat }, { lon: backhaul.lon, lat: backhaul.lat }, scenario.network.link_m, scenario.network.link_cost_per_km ?? 0) }
    : instance;
  const positions: PlanPositions = { demand: { lon: demand.lon, lat: demand.lat }, existing: inputs.existing ? { lon: inputs.existing.lon, lat: inputs.existing.lat } : null };
  const years = scenario.phases ? scenario.phases.map((phase, t) => phase.year ?? t + 1) : null;
  return { instance: withNetwork, candidates: kept.table, positions, backhaul, years, issues: issues.list() };
}

/** A scenario's floors in the solver's terms. */
function sitingFloors(floors: ScenarioFloors | undefined): SitingFloors {
  return {
    ...(floors?.district !== undefined ? { district: floors.district } : {}),
    ...(floors?.groups ? { groups: floors.groups } : {}),
    ...(floors?.groups_per_district ? { groupsPerDistrict: true } : {}),
  };
}

/** Yearly budgets (Infinity for a year without one) and each year's floors. */
function sitingPhases(phases: readonly ScenarioPhase[]): SitingPhases {
  const budgets = Float64Array.from(phases, (phase) => phase.budget ?? Infinity);
  const labels = phases.map((phase, t) => phase.year ?? t + 1);
  return phases.some((phase) => phase.floors) ? { budgets, labels, floors: phases.map((phase) => sitingFloors(phase.floors)) } : { budgets, labels };
}

/** Backhaul points with a position, in input order; the others reported and left out. */
function keptBackhaul(inputs: readonly BackhaulInput[], issues: IssueList): BackhaulTable {
  const layer: number[] = [];
  const ids: string[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  inputs.forEach((b, l) => {
    for (let i = 0; i < b.lon.length; i++) {
      if (!Number.isFinite(b.lon[i]!) || !Number.isFinite(b.lat[i]!)) {
        issues.add(b.file, b.rows[i]!, undefined, `backhaul point "${b.ids[i]}" has no position; it is left out`);
        continue;
      }
      layer.push(l);
      ids.push(b.ids[i]!);
      lon.push(b.lon[i]!);
      lat.push(b.lat[i]!);
    }
  });
  if (ids.length === 0) issues.add('project', undefined, undefined, 'the network has no backhaul point with a position, so no node can be connected');
  return { layers: inputs.map((b) => b.layer), layer: Int32Array.from(layer), ids, lon: Float64Array.from(lon), lat: Float64Array.from(lat) };
}

/** District index → the share of people offline, (100 − rate) / 100; 1 without only_offline. */
function offlineFactor(inputs: PlanInputs, issues: IssueList): (district: number) => number {
  const offline = inputs.offline;
  if (!offline) return () => 1;
  const factor = Float64Array.from(offline.rate, (rate, d) => {
    if (Number.isFinite(rate) && rate >= 0 && rate <= 100) return (100 - rate) / 100;
    issues.add('districts.csv', undefined, offline.column, `district "${inputs.districtIds[d]}": ${Number.isFinite(rate) ? `${rate} is not a percentage` : 'no value'}, so its demand counts in full`);
    return 1;
  });
  const { district, lon, lat } = inputs.demand;
  let outside = 0;
  for (let i = 0; i < district.length; i++) if (district[i]! < 0 && Number.isFinite(lon[i]!) && Number.isFinite(lat[i]!)) outside++;
  const one = outside === 1;
  if (outside > 0) issues.add(inputs.demand.file, undefined, undefined, `${outside} demand point${one ? ' lies' : 's lie'} outside every district, so no ${offline.column} applies; ${one ? 'it counts' : 'they count'} in full`);
  return (d) => (d >= 0 ? (factor[d] ?? 1) : 1);
}

/** A group's weight at each usable demand point, scaled like the demand weight. */
function groupWeights(
  g: GroupInput,
  demand: DemandInput,
  usable: Uint8Array,
  weight: Float64Array,
  factor: (d: number) => number,
  districtIds: readonly string[],
  issues: IssueList,
): Float64Array {
  const out = new Float64Array(weight.length);
  if (g.kind === 'column') {
    for (let i = 0; i < out.length; i++) {
      const v = g.values[i]!;
      if (!usable[i]) continue;
      if (v >= 0 && v < Infinity) out[i] = v * factor(demand.district[i]!);
      else issues.add(demand.file, demand.rows[i]!, g.column, `group "${g.name}": ${Number.isNaN(v) ? 'missing weight' : `weight ${v} is negative`}; counted as none of this group`);
    }
    return out;
  }
  const bad = new Set<number>();
  g.share.forEach((s, d) => {
    if (!(s >= 0 && s <= 1)) {
      bad.add(d);
      issues.add(g.file, undefined, g.column, `group "${g.name}", district "${districtIds[d]}": ${Number.isNaN(s) ? 'no share' : `share ${s} is outside 0–1`}; none of its demand counts for this group`);
    }
  });
  for (let i = 0; i < out.length; i++) {
    const d = demand.district[i]!;
    // Outside every district there is no share to apply.
    if (usable[i] && d >= 0 && !bad.has(d)) out[i] = weight[i]! * g.share[d]!;
  }
  return out;
}

interface KeptCandidates {
  readonly table: CandidateTable;
  readonly keys: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly cost: Float64Array;
  readonly capacity: Float64Array | null;
}

/** The usable candidates of every layer, in layer order then file order. */
function keptCandidates(layers: readonly CandidateInput[], scenarioCapacity: number | undefined, issues: IssueList): KeptCandidates {
  const layer: number[] = [];
  const ids: string[] = [];
  const lon: number[] = [];
  const lat: number[] = [];
  const district: number[] = [];
  const cost: number[] = [];
  const capacity: number[] = [];
  layers.forEach((c, l) => {
    for (let i = 0; i < c.lon.length; i++) {
      const price = typeof c.cost === 'number' ? c.cost : c.cost[i]!;
      if (!Number.isFinite(c.lon[i]!) || !Number.isFinite(c.lat[i]!)) issues.add(c.file, c.rows[i]!, undefined, `candidate "${c.ids[i]}" has no position; it is left out`);
      else if (!(price >= 0) || !Number.isFinite(price)) issues.add(c.file, c.rows[i]!, c.costColumn, `candidate "${c.ids[i]}": ${Number.isNaN(price) ? 'missing cost' : `cost ${price} is not a number ≥ 0`}; it is left out`);
      else {
        layer.push(l);
        ids.push(c.ids[i]!);
        lon.push(c.lon[i]!);
        lat.push(c.lat[i]!);
        district.push(c.district[i]!);
        cost.push(price);
        capacity.push(c.capacity ?? scenarioCapacity ?? Infinity);
      }
    }
  });
  const table: CandidateTable = {
    layers: layers.map((c) => c.layer),
    layer: Int32Array.from(layer),
    ids,
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    district: Int32Array.from(district),
  };
  const keys = ids.map((id, j) => `${table.layers[layer[j]!]}:${id}`);
  const limited = capacity.some((c) => Number.isFinite(c));
  return { table, keys, lon: table.lon, lat: table.lat, cost: Float64Array.from(cost), capacity: limited ? Float64Array.from(capacity) : null };
}
