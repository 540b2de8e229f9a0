// The files `lastmile plan` writes (and the app exports byte for byte): plan.<id>.csv, one row
// per chosen site, and plan.<id>.json, what the plan achieves. Both are pure functions of a
// PlanRun; keys come in a fixed order and numbers are rounded as csv.ts writes them, so the
// same plan gives the same bytes everywhere — only "seconds" depends on the run.
import { asRead, roundComputed, toCsv } from '../core/export/csv.ts';
import { shortfallMessage } from '../core/siting/solve-messages.ts';
import { describeIssue } from '../core/report.ts';
import type { OutputFiles } from './outputs.ts';
import type { PlanRun } from './run-plan.ts';

/** plan.<id>.csv columns, in order (issue #12). */
export const PLAN_CSV_COLUMNS = ['site_id', 'lon', 'lat', 'type', 'cost', 'district_id', 'covered_weight'] as const;
/** Columns a community network adds after them (issue #15). */
export const NETWORK_CSV_COLUMNS = ['parent', 'parent_type', 'hops'] as const;
/** The column a phased roll-out adds last (issue #15). */
export const PHASE_CSV_COLUMNS = ['year'] as const;
/** plan.<id>.links.csv columns: one row per link, from a site to its parent. */
export const LINKS_CSV_COLUMNS = ['from', 'to', 'to_type', 'length_m', 'cost'] as const;

/** Every file of a planned scenario, by file name: plan.<id>.csv and .json, and .links.csv for a community network. */
export function planFiles(run: PlanRun): OutputFiles {
  const id = run.scenario.id;
  return {
    [`plan.${id}.csv`]: planCsv(run),
    [`plan.${id}.json`]: planJson(run),
    ...(run.network ? { [`plan.${id}.links.csv`]: linksCsv(run) } : {}),
  };
}

/** One row per chosen site, in candidate order (candidate layers in scenario order, then file order); network and year columns only when the scenario has them, so other plans keep their bytes; coordinates as read. */
export function planCsv(run: PlanRun): string {
  const network = run.network !== null;
  const phased = run.phases !== null;
  const columns = [...PLAN_CSV_COLUMNS, ...(network ? NETWORK_CSV_COLUMNS : []), ...(phased ? PHASE_CSV_COLUMNS : [])];
  return toCsv(columns, run.sites.map((s) => [
    s.siteId, asRead(s.lon), asRead(s.lat), s.type, s.cost, s.districtId, s.coveredWeight,
    ...(network ? [s.link?.parentId ?? '', s.link?.parentType ?? '', s.link?.hops ?? null] : []),
    ...(phased ? [s.year ?? null] : []),
  ]));
}

/** One row per link of a community network, from each chosen site to its parent (a site or backhaul), in plan.<id>.csv's order. */
export function linksCsv(run: PlanRun): string {
  return toCsv(LINKS_CSV_COLUMNS, run.sites.flatMap((s) => (s.link ? [[s.siteId, s.link.parentId, s.link.parentType, s.link.lengthM, s.link.cost]] : [])));
}

/** A number as csv.ts writes it (whole numbers in full, others to 12 significant digits); null for NaN, ±Infinity or null. */
export function planNumber(x: number | null): number | null {
  return x === null ? null : roundComputed(x);
}

const share = (part: number, whole: number) => planNumber(whole > 0 ? part / whole : Number.NaN);

/** plan.<id>.json: the plan's figures, recomputed from its sites, with two-space indentation. */
export function planJson(run: PlanRun): string {
  const { scenario, figures: f, plan, instance, districts } = run;
  const n = planNumber;
  const nDistricts = districts.ids.length;
  let outsideWeight = 0;
  let outsideBefore = 0;
  for (let i = 0; i < instance.demandWeight.length; i++) {
    if (instance.demandDistrict[i]! >= 0) continue;
    outsideWeight += instance.demandWeight[i]!;
    if (instance.coveredByExisting[i]) outsideBefore += instance.demandWeight[i]!;
  }
  const insideAfter = f.districtAfter.reduce((a, b) => a + b, 0);
  const body = {
    scenario: scenario.id,
    ...(scenario.label !== undefined ? { label: scenario.label } : {}),
    // A phased roll-out maximises weight covered summed over its years (people served sooner count more).
    maximise: run.phases ? 'weight_years' : instance.objective,
    objective: n(run.phases ? run.phases.figures.weightYears : f.objective),
    covered_weight: n(f.coveredWeight),
    newly_covered_weight: n(f.newlyCoveredWeight),
    demand_weight: n(instance.demandWeight.reduce((a, b) => a + b, 0)),
    ...(plan.bound !== null ? { bound: n(plan.bound) } : {}),
    ...(plan.gap !== null ? { gap: n(plan.gap) } : {}),
    solver: plan.solver,
    status: plan.status,
    seconds: n(plan.seconds),
    cost: n(f.cost),
    budget: n(instance.budget),
    sites: run.sites.length,
    max_sites: n(instance.maxSites),
    radius_m: scenario.radius_m,
    districts: districts.ids.map((id, d) => ({
      district_id: id,
      district_name: districts.names[d]!,
      weight: n(f.districtWeight[d]!),
      before_weight: n(f.districtBefore[d]!),
      before_share: share(f.districtBefore[d]!, f.districtWeight[d]!),
      after_weight: n(f.districtAfter[d]!),
      after_share: share(f.districtAfter[d]!, f.districtWeight[d]!),
    })),
    outside_districts: { weight: n(outsideWeight), before_weight: n(outsideBefore), after_weight: n(f.coveredWeight - insideAfter) },
    groups: instance.groups.map((group, g) => ({
      group,
      weight: n(f.groupWeight[g]!),
      before_weight: n(f.groupBefore[g]!),
      before_share: share(f.groupBefore[g]!, f.groupWeight[g]!),
      after_weight: n(f.groupAfter[g]!),
      after_share: share(f.groupAfter[g]!, f.groupWeight[g]!),
      districts: districts.ids.map((id, d) => ({ district_id: id, weight: n(f.groupDistrictWeight[g * nDistricts + d]!), after_share: share(f.groupDistrictAfter[g * nDistricts + d]!, f.groupDistrictWeight[g * nDistricts + d]!) })),
    })),
    floors: run.floors.map((c) => floorJson(c, districts.ids)),
    ...(plan.shortfall
      ? { shortfall: { floors: plan.shortfall.floors.map((c) => floorJson(c, districts.ids)), budget_needed: n(plan.shortfall.budgetNeeded), sites_needed: n(plan.shortfall.sitesNeeded), proven: plan.shortfall.proven } }
      : {}),
    inequality: { gini_before: n(run.inequality.giniBefore), gini_after: n(run.inequality.giniAfter) },
    ...(run.network && scenario.network ? { network: networkJson(run) } : {}),
    ...(run.phases ? { weight_years: n(run.phases.figures.weightYears), years: yearsJson(run) } : {}),
    messages: [...planMessages(run), ...run.issues.map(describeIssue)],
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** The network's totals: links, their length and cost, relays, and the longest chain. */
function networkJson(run: PlanRun) {
  const links = run.sites.filter((s) => s.link && s.link.hops > 0);
  return {
    link_m: run.scenario.network!.link_m,
    link_cost_per_km: run.scenario.network!.link_cost_per_km ?? 0,
    backhaul_points: run.backhaul?.ids.length ?? 0,
    links: links.length,
    link_length_m: planNumber(run.network!.lengthM),
    link_cost: planNumber(run.network!.linkCost),
    site_cost: planNumber(run.sites.reduce((a, s) => a + s.cost, 0)),
    relays: run.sites.filter((s) => s.coveredWeight <= 0).length,
    max_hops: links.reduce((a, s) => Math.max(a, s.link!.hops), 0),
  };
}

/** Per year of a phased roll-out: budget, cost, sites built, and coverage overall, per district and per group. */
function yearsJson(run: PlanRun) {
  const { years, figures: p } = run.phases!;
  const { instance, districts, figures: f } = run;
  const nD = districts.ids.length;
  const nG = instance.groups.length;
  const demand = instance.demandWeight.reduce((a, b) => a + b, 0);
  return years.map((year, t) => ({
    year,
    budget: planNumber(instance.phases?.budgets[t] ?? null),
    cost: planNumber(p.yearCost[t]!),
    sites: p.yearSites[t]!,
    covered_weight: planNumber(p.yearCovered[t]!),
    covered_share: share(p.yearCovered[t]!, demand),
    districts: districts.ids.map((id, d) => ({ district_id: id, after_share: share(p.yearDistrictAfter[t * nD + d]!, f.districtWeight[d]!) })),
    groups: instance.groups.map((group, g) => ({ group, after_share: share(p.yearGroupAfter[t * nG + g]!, f.groupWeight[g]!) })),
  }));
}

function floorJson(c: PlanRun['floors'][number], ids: readonly string[]) {
  return { floor: c.floor.replace(/@\d+$/, ''), district_id: c.district === null ? null : ids[c.district]!, required: planNumber(c.required), achieved: planNumber(c.achieved), kept: c.kept };
}

/** The solver's notes (the shortfall, when floors cannot be kept, said once among them). */
export function planMessages(run: PlanRun): string[] {
  return [...run.plan.messages];
}

/** Which floors no plan within the limits keeps, by name, and what would keep them; null when the plan keeps every floor. */
export function floorMessage(run: PlanRun): string | null {
  return run.plan.shortfall ? shortfallMessage(run.plan.shortfall, run.instance, run.floors.filter((c) => !c.kept)) : null;
}
