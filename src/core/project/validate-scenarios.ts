// Checks of the siting scenarios (`lastmile plan`): every layer a scenario names must be one of
// the project's point layers, every share a number in [0, 1], every floor a declared group, and
// every "<layer>:<id>" reference a candidate layer of the same scenario. Whether the named
// columns exist is checked once the files are read (the engine reports file, row and column).

import { at, describe, isObject, listing, type Checker, type JsonObject } from './checker.ts';
import { ADDED_LAYER, GROUP_PATTERN, KNOWN_KEYS, NAME_PATTERN, OBJECTIVES, SOLVERS } from './keys.ts';
import { parseMeasure } from './measure.ts';
import { closest } from './suggest.ts';
import { measureProblem } from './validate-composite.ts';
import { checkTableRef } from './validate-indicators.ts';
import { checkWhere, type Catalogue } from './validate-layers.ts';

/** Each entry of "scenarios": ids unique (ignoring case, as they become file names). */
export function checkScenarios(c: Checker, value: unknown, path: string, catalogue: Catalogue): void {
  const ids: { id: string; path: string }[] = [];
  c.array(value, path)?.forEach((item, i) => {
    const p = at(path, i);
    const o = c.object(item, p, KNOWN_KEYS.scenario, ['id', 'demand', 'candidates', 'radius_m']);
    if (!o) return;
    checkScenarioId(c, o.id, at(p, 'id'), ids);
    c.string(o.label, at(p, 'label'));
    checkDemand(c, o.demand, at(p, 'demand'), catalogue);
    const groups = checkGroups(c, o.groups, at(p, 'groups'), catalogue);
    const layers = checkCandidates(c, o.candidates, at(p, 'candidates'), catalogue);
    const existing = c.object(o.existing, at(p, 'existing'), KNOWN_KEYS.scenarioExisting, ['points']);
    if (existing) {
      pointLayer(c, existing.points, at(at(p, 'existing'), 'points'), catalogue);
      if (existing.where !== undefined) checkWhere(c, existing.where, at(at(p, 'existing'), 'where'));
    }
    c.string(o.site_type, at(p, 'site_type'));
    c.number(o.radius_m, at(p, 'radius_m'), 0, true, ' m');
    c.number(o.capacity, at(p, 'capacity'), 0, true);
    whole(c, o.max_sites, at(p, 'max_sites'));
    c.number(o.budget, at(p, 'budget'), 0);
    const phases = checkPhases(c, o.phases, at(p, 'phases'), groups);
    if (o.max_sites === undefined && o.budget === undefined && !phases.everyYearLimited) c.report(p, 'needs "budget", "max_sites" or both (or a budget in every phase): without a limit every candidate would be chosen');
    checkFloors(c, o.floors, at(p, 'floors'), groups);
    checkNetwork(c, o.network, at(p, 'network'), catalogue, o.existing !== undefined);
    if (o.network !== undefined && o.phases !== undefined) c.report(at(p, 'phases'), 'a phased community network is not supported yet: plan the network, then phase it in a second scenario that locks its sites');
    c.choice(o.objective, at(p, 'objective'), OBJECTIVES);
    c.choice(o.solver, at(p, 'solver'), SOLVERS);
    c.number(o.time_limit_s, at(p, 'time_limit_s'), 0, true, ' s');
    const added = checkAdded(c, o.added, at(p, 'added'));
    const allowed = added.length > 0 ? [...layers, ADDED_LAYER] : layers;
    const locked = checkSiteRefs(c, o.locked, at(p, 'locked'), allowed, layers.length > 0);
    const forbidden = checkSiteRefs(c, o.forbidden, at(p, 'forbidden'), allowed, layers.length > 0);
    for (const ref of forbidden) if (locked.includes(ref)) c.report(at(p, 'forbidden'), `"${ref}" is also locked; a site cannot be both`);
  });
}

function checkScenarioId(c: Checker, value: unknown, path: string, ids: { id: string; path: string }[]): void {
  const id = c.string(value, path);
  if (id === undefined) return;
  if (!NAME_PATTERN.test(id)) {
    c.report(path, `"${id}" is not a valid id: use letters, digits and "_", starting with a letter or "_" (it names plan.<id>.csv)`);
    return;
  }
  // Ids name output files, and two that differ only in case are one file on Windows and macOS.
  const taken = ids.find((other) => other.id.toLowerCase() === id.toLowerCase());
  if (taken) c.report(path, taken.id === id ? `"${id}" is already the id of ${taken.path}` : `"${id}" clashes with "${taken.id}" (${taken.path}) as ids are compared ignoring case`);
  else ids.push({ id, path: path.replace(/\.id$/, '') });
}

/** A name that must be one of the project's point layers; suggests the closest one. */
function pointLayer(c: Checker, value: unknown, path: string, catalogue: Catalogue): string | undefined {
  const name = c.string(value, path);
  if (name === undefined) return undefined;
  const points = catalogue.layers.filter((layer) => layer.kind === 'point layer').map((layer) => layer.name);
  if (points.includes(name)) return name;
  const other = catalogue.layers.find((layer) => layer.name === name);
  if (other) return c.report(path, `"${name}" is a ${other.kind}, not a point layer ${listing('point layers', points)}`);
  const guess = closest(name, points);
  return c.report(path, `no point layer named "${name}"${guess ? `; did you mean "${guess}"?` : ''} ${listing('point layers', points)}`);
}

function checkDemand(c: Checker, value: unknown, path: string, catalogue: Catalogue): void {
  const o = c.object(value, path, KNOWN_KEYS.scenarioDemand, ['points']);
  if (!o) return;
  pointLayer(c, o.points, at(path, 'points'), catalogue);
  c.string(o.weight, at(path, 'weight'));
  const measure = c.string(o.only_offline, at(path, 'only_offline'));
  if (measure === undefined) return;
  // The weight is scaled by (100 − rate) / 100, so the column must be a rate in percent.
  const problem = measureProblem(measure, catalogue) ?? (parseMeasure(measure)?.kind === 'rate' ? undefined : `"${measure}" is not a rate column in percent; name one such as "<indicator>.<group>"`);
  if (problem) c.report(at(path, 'only_offline'), problem);
}

/** Group name → a demand-layer column, or a table column holding a district share; returns the declared names. */
function checkGroups(c: Checker, value: unknown, path: string, catalogue: Catalogue): string[] {
  if (value === undefined) return [];
  if (!isObject(value)) return c.report(path, `expected an object of group → { "column": … } or { "table": …, "column": … }, got ${describe(value)}`) ?? [];
  const names: string[] = [];
  for (const [group, spec] of Object.entries(value)) {
    const p = at(path, group);
    if (GROUP_PATTERN.test(group)) names.push(group);
    else c.report(p, `"${group}" is not a valid group name: use letters, digits and "_"`);
    const o = c.object(spec, p, KNOWN_KEYS.scenarioGroup, ['column']);
    if (!o) continue;
    c.string(o.column, at(p, 'column'));
    if (o.table !== undefined) checkTableRef(c, o.table, at(p, 'table'), catalogue);
    if (o.percent !== undefined && typeof o.percent !== 'boolean') c.report(at(p, 'percent'), `expected true or false, got ${describe(o.percent)}`);
    if (o.percent !== undefined && o.table === undefined) c.report(at(p, 'percent'), '"percent" is for a share taken from a table; a demand-layer column is a weight');
  }
  return names;
}

/** One candidate layer or a list of them; returns their layer names. */
function checkCandidates(c: Checker, value: unknown, path: string, catalogue: Catalogue): string[] {
  const list = Array.isArray(value) ? value.map((item, i) => [item, at(path, i)] as const) : value === undefined ? [] : [[value, path] as const];
  if (Array.isArray(value) && value.length === 0) c.report(path, 'needs at least one candidate layer');
  const names: string[] = [];
  for (const [item, p] of list) {
    const o: JsonObject | undefined = c.object(item, p, KNOWN_KEYS.scenarioCandidates, ['points', 'cost']);
    if (!o) continue;
    const name = pointLayer(c, o.points, at(p, 'points'), catalogue);
    if (name !== undefined && names.includes(name)) c.report(at(p, 'points'), `"${name}" is already a candidate layer of this scenario; combine its filters or add a second point layer`);
    else if (name !== undefined && !catalogue.pointIds.includes(name)) c.report(at(p, 'points'), `point layer "${name}" has no "id" column; candidate sites are named by it in plan.<id>.csv`);
    else if (name !== undefined) names.push(name);
    if (o.where !== undefined) checkWhere(c, o.where, at(p, 'where'));
    if (typeof o.cost === 'number') c.number(o.cost, at(p, 'cost'), 0);
    else if (typeof o.cost === 'string') c.string(o.cost, at(p, 'cost'));
    else if (o.cost !== undefined) c.report(at(p, 'cost'), `expected a cost per site (a number ≥ 0) or the name of a cost column, got ${describe(o.cost)}`);
    c.number(o.capacity, at(p, 'capacity'), 0, true);
  }
  return names;
}

/** A whole number ≥ 1. */
function whole(c: Checker, value: unknown, path: string): void {
  const n = c.number(value, path, 1);
  if (n !== undefined && !Number.isInteger(n)) c.report(path, `expected a whole number of sites, got ${n}`);
}

function share(c: Checker, value: unknown, path: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    c.report(path, `expected a share between 0 and 1 (0.2 = 20 %), got ${typeof value === 'number' ? value : describe(value)}`);
  }
}

function checkFloors(c: Checker, value: unknown, path: string, groups: readonly string[]): void {
  const o = c.object(value, path, KNOWN_KEYS.scenarioFloors);
  if (!o) return;
  share(c, o.district, at(path, 'district'));
  if (o.groups_per_district !== undefined && typeof o.groups_per_district !== 'boolean') c.report(at(path, 'groups_per_district'), `expected true or false, got ${describe(o.groups_per_district)}`);
  if (o.groups === undefined) return;
  if (!isObject(o.groups)) {
    c.report(at(path, 'groups'), `expected an object of group → share, got ${describe(o.groups)}`);
    return;
  }
  for (const [group, v] of Object.entries(o.groups)) {
    const p = at(at(path, 'groups'), group);
    if (!groups.includes(group)) {
      const guess = closest(group, groups);
      c.report(p, `no group "${group}" in this scenario's "groups"${guess ? `; did you mean "${guess}"?` : ''} ${listing('groups', groups)}`);
    }
    share(c, v, p);
  }
}

/** A community network: backhaul (a point layer, existing sites or both) and the longest link. */
function checkNetwork(c: Checker, value: unknown, path: string, catalogue: Catalogue, hasExisting: boolean): void {
  const o = c.object(value, path, KNOWN_KEYS.scenarioNetwork, ['link_m']);
  if (!o) return;
  const backhaul = c.object(o.backhaul, at(path, 'backhaul'), KNOWN_KEYS.scenarioBackhaul, ['points']);
  if (backhaul) {
    pointLayer(c, backhaul.points, at(at(path, 'backhaul'), 'points'), catalogue);
    if (backhaul.where !== undefined) checkWhere(c, backhaul.where, at(at(path, 'backhaul'), 'where'));
  }
  if (o.existing_as_backhaul !== undefined && typeof o.existing_as_backhaul !== 'boolean') c.report(at(path, 'existing_as_backhaul'), `expected true or false, got ${describe(o.existing_as_backhaul)}`);
  if (o.existing_as_backhaul === true && !hasExisting) c.report(at(path, 'existing_as_backhaul'), 'the scenario has no "existing" sites to serve as backhaul');
  if (o.backhaul === undefined && o.existing_as_backhaul !== true) c.report(path, 'needs "backhaul" (a point layer), "existing_as_backhaul": true, or both: nodes must link to something already connected');
  c.number(o.link_m, at(path, 'link_m'), 0, true, ' m');
  c.number(o.link_cost_per_km, at(path, 'link_cost_per_km'), 0);
}

/** Yearly phases; `everyYearLimited` when each has a budget (a limit on the whole plan). */
function checkPhases(c: Checker, value: unknown, path: string, groups: readonly string[]): { everyYearLimited: boolean } {
  const list = c.array(value, path);
  if (!list) return { everyYearLimited: false };
  if (list.length === 0) c.report(path, 'needs at least one phase, e.g. [{ "year": 2027, "budget": 50000 }]');
  const years: number[] = [];
  let limited = list.length > 0;
  list.forEach((item, i) => {
    const p = at(path, i);
    const o = c.object(item, p, KNOWN_KEYS.scenarioPhase);
    if (!o) return;
    const year = c.number(o.year, at(p, 'year'), 0);
    if (year !== undefined && !Number.isInteger(year)) c.report(at(p, 'year'), `expected a whole year such as 2027, got ${year}`);
    else if (year !== undefined && years.length > 0 && year <= years[years.length - 1]!) c.report(at(p, 'year'), `years must increase: ${year} comes after ${years[years.length - 1]}`);
    if (year !== undefined) years.push(year);
    if (o.budget === undefined) limited = false;
    c.number(o.budget, at(p, 'budget'), 0);
    checkFloors(c, o.floors, at(p, 'floors'), groups);
  });
  return { everyYearLimited: limited };
}

/** Sites placed by hand; returns their ids. */
function checkAdded(c: Checker, value: unknown, path: string): string[] {
  const ids: string[] = [];
  c.array(value, path)?.forEach((item, i) => {
    const p = at(path, i);
    const o = c.object(item, p, KNOWN_KEYS.addedSite, KNOWN_KEYS.addedSite);
    if (!o) return;
    const id = c.string(o.id, at(p, 'id'));
    if (id !== undefined && ids.includes(id)) c.report(at(p, 'id'), `"${id}" is already the id of another added site`);
    else if (id !== undefined) ids.push(id);
    const lon = c.number(o.lon, at(p, 'lon'), -180, false, '°');
    if (lon !== undefined && lon > 180) c.report(at(p, 'lon'), `expected a longitude between -180 and 180, got ${lon}`);
    const lat = c.number(o.lat, at(p, 'lat'), -90, false, '°');
    if (lat !== undefined && lat > 90) c.report(at(p, 'lat'), `expected a latitude between -90 and 90, got ${lat}`);
    c.number(o.cost, at(p, 'cost'), 0);
  });
  return ids;
}

/** "<layer>:<id>" references to candidate sites; returns the well-formed ones. */
function checkSiteRefs(c: Checker, value: unknown, path: string, layers: readonly string[], layersKnown: boolean): string[] {
  const refs: string[] = [];
  c.array(value, path)?.forEach((item, i) => {
    const p = at(path, i);
    const ref = c.string(item, p);
    if (ref === undefined) return;
    const colon = ref.indexOf(':');
    if (colon <= 0 || colon === ref.length - 1) {
      c.report(p, `"${ref}" is not a site reference: write "<candidate layer>:<site id>", e.g. "${layers[0] ?? 'schools'}:123"`);
      return;
    }
    const layer = ref.slice(0, colon);
    if (layersKnown && !layers.includes(layer)) {
      const guess = closest(layer, layers);
      c.report(p, `"${layer}" is not a candidate layer of this scenario${guess ? `; did you mean "${guess}"?` : ''} ${listing('candidate layers', [...layers])}`);
      return;
    }
    if (refs.includes(ref)) c.report(p, `"${ref}" is listed twice`);
    else refs.push(ref);
  });
  return refs;
}
