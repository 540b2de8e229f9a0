// Pure edits of a siting scenario, as the scenario editor and the map make them. Each returns
// a new Scenario and never changes its input; every key written is the key `lastmile plan`
// reads, so what the planner sets in the app runs the same on the command line.
// Site edits (lock, forbid, release, add) return an undo entry holding the lists as they were.

import type { AddedSite, Project, Scenario, ScenarioCandidates, ScenarioDemand, ScenarioFloors, ScenarioNetwork, ScenarioPhase } from '../core/project/types.ts';
import { ADDED_LAYER } from '../core/project/keys.ts';
import type { Entry } from './history.ts';

/** Keys of a scenario that hold a single optional setting. */
export type ScenarioOption = 'label' | 'site_type' | 'capacity' | 'max_sites' | 'budget' | 'objective' | 'solver' | 'time_limit_s';

/** `scenario` with `key` set to `value`, or without the key when `value` is undefined. */
export function setOption<K extends ScenarioOption>(scenario: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  return withKey(scenario, key, value);
}

/** `scenario` with a new coverage radius, metres. */
export function setRadius(scenario: Scenario, radiusM: number): Scenario {
  return { ...scenario, radius_m: radiusM };
}

/** `scenario` with its demand layer and weight; an empty weight or offline column is dropped. */
export function setDemand(scenario: Scenario, demand: ScenarioDemand): Scenario {
  const clean: ScenarioDemand = { points: demand.points, ...(demand.weight ? { weight: demand.weight } : {}), ...(demand.only_offline ? { only_offline: demand.only_offline } : {}) };
  return { ...scenario, demand: clean };
}

/** The scenario's candidate layers as a list, whichever form the file uses. */
export function candidateLayers(scenario: Scenario): readonly ScenarioCandidates[] {
  const c = scenario.candidates;
  return isCandidateList(c) ? c : [c];
}

/** `scenario` with another candidate layer appended. */
export function addCandidateLayer(scenario: Scenario, layer: ScenarioCandidates): Scenario {
  return withCandidates(scenario, [...candidateLayers(scenario), layer]);
}

/** `scenario` without candidate layer `index`; the last layer cannot go (a scenario needs candidates). */
export function removeCandidateLayer(scenario: Scenario, index: number): Scenario {
  const list = candidateLayers(scenario);
  if (list.length <= 1) throw new Error('a scenario needs at least one candidate layer');
  return withCandidates(scenario, list.filter((_, i) => i !== index));
}

/** `scenario` with candidate layer `index` changed by `patch` (a key set to undefined is removed). */
export function setCandidateLayer(scenario: Scenario, index: number, patch: Partial<Record<keyof ScenarioCandidates, unknown>>): Scenario {
  const list = candidateLayers(scenario);
  if (!list[index]) throw new Error(`no candidate layer ${index}`);
  return withCandidates(scenario, list.map((layer, i) => (i === index ? (patchObject(layer, patch) as unknown as ScenarioCandidates) : layer)));
}

/** `scenario` with its existing-sites layer, or none. */
export function setExisting(scenario: Scenario, existing: Scenario['existing'] | undefined): Scenario {
  return withKey(scenario, 'existing', existing?.points ? existing : undefined);
}

/** `scenario` as a community network (or not, with undefined); existing sites stop serving as backhaul when the scenario has none. */
export function setNetwork(scenario: Scenario, network: ScenarioNetwork | undefined): Scenario {
  if (!network) return withKey(scenario, 'network', undefined);
  const existing = network.existing_as_backhaul && scenario.existing ? true : undefined;
  const clean: ScenarioNetwork = {
    ...(network.backhaul?.points ? { backhaul: network.backhaul } : {}),
    ...(existing ? { existing_as_backhaul: true } : {}),
    link_m: network.link_m,
    ...(network.link_cost_per_km ? { link_cost_per_km: network.link_cost_per_km } : {}),
  };
  return withKey(scenario, 'network', clean);
}

/** `scenario` rolled out over `phases` (none: built at once). */
export function setPhases(scenario: Scenario, phases: readonly ScenarioPhase[] | undefined): Scenario {
  return withKey(scenario, 'phases', phases && phases.length > 0 ? phases : undefined);
}

/** The phases of a scenario with one more year: the next year after the last, with the last year's budget. */
export function addPhase(scenario: Scenario, thisYear: number): Scenario {
  const phases = scenario.phases ?? [];
  const last = phases.at(-1);
  const year = last?.year !== undefined ? last.year + 1 : phases.length === 0 ? thisYear : undefined;
  const budget = last?.budget ?? (scenario.budget !== undefined ? scenario.budget : undefined);
  return setPhases(scenario, [...phases, { ...(year !== undefined ? { year } : {}), ...(budget !== undefined ? { budget } : {}) }]);
}

/** `scenario` with phase `index` changed (its budget or year). */
export function setPhase(scenario: Scenario, index: number, phase: ScenarioPhase): Scenario {
  return setPhases(scenario, (scenario.phases ?? []).map((p, i) => (i === index ? phase : p)));
}

/** `scenario` without phase `index`. */
export function removePhase(scenario: Scenario, index: number): Scenario {
  return setPhases(scenario, (scenario.phases ?? []).filter((_, i) => i !== index));
}

/** `scenario` with the district floor set (a share 0–1) or removed (undefined or 0). */
export function setDistrictFloor(scenario: Scenario, share: number | undefined): Scenario {
  return withFloors(scenario, patchObject(scenario.floors ?? {}, { district: share || undefined }));
}

/** `scenario` with group `group`'s floor set (a share 0–1) or removed. */
export function setGroupFloor(scenario: Scenario, group: string, share: number | undefined): Scenario {
  const groups = patchObject(scenario.floors?.groups ?? {}, { [group]: share || undefined });
  return withFloors(scenario, patchObject(scenario.floors ?? {}, { groups: Object.keys(groups).length ? groups : undefined }));
}

/** `scenario` with group floors holding inside every district too, or overall only. */
export function setGroupsPerDistrict(scenario: Scenario, perDistrict: boolean): Scenario {
  return withFloors(scenario, patchObject(scenario.floors ?? {}, { groups_per_district: perDistrict || undefined }));
}

/** `scenario` with a group whose weight is a column of the demand layer (or removed when `column` is undefined). */
export function setGroup(scenario: Scenario, group: string, column: string | undefined): Scenario {
  const groups = patchObject(scenario.groups ?? {}, { [group]: column ? { column } : undefined });
  const out = withKey(scenario, 'groups', Object.keys(groups).length ? groups : undefined);
  return column ? out : setGroupFloor(out, group, undefined);
}

/** What a site edit changed: the three lists as they were, for exact undo. */
export interface SiteLists {
  readonly locked: Scenario['locked'];
  readonly forbidden: Scenario['forbidden'];
  readonly added: Scenario['added'];
}

/** A planner's edit of one candidate site. `key` is "<layer>:<id>"; an added site's layer is "added". */
export type SiteEdit =
  | { readonly kind: 'lock'; readonly key: string }
  | { readonly kind: 'forbid'; readonly key: string }
  | { readonly kind: 'release'; readonly key: string }
  | { readonly kind: 'add'; readonly site: AddedSite }
  | { readonly kind: 'remove-added'; readonly id: string };

/** Layer name of sites placed by hand, in "<layer>:<id>" keys (the project format's own). */
export { ADDED_LAYER };

/** Applies a site edit: the new scenario and an undo entry labelled for the planner ("Locked in schools:17"). */
export function editSite(scenario: Scenario, edit: SiteEdit): { scenario: Scenario; undo: Entry<SiteLists> } {
  const before: SiteLists = { locked: scenario.locked, forbidden: scenario.forbidden, added: scenario.added };
  const without = (list: readonly string[] | undefined, key: string) => (list ?? []).filter((k) => k !== key);
  const lists = (locked: readonly string[], forbidden: readonly string[], added: readonly AddedSite[]) => withLists(scenario, { locked, forbidden, added });
  const added = scenario.added ?? [];
  switch (edit.kind) {
    case 'lock':
      return { scenario: lists([...without(scenario.locked, edit.key), edit.key], without(scenario.forbidden, edit.key), added), undo: { label: `Locked in ${edit.key}`, message: { key: 'undo.locked', values: { site: edit.key } }, data: before } };
    case 'forbid':
      return { scenario: lists(without(scenario.locked, edit.key), [...without(scenario.forbidden, edit.key), edit.key], added), undo: { label: `Ruled out ${edit.key}`, message: { key: 'undo.forbidden', values: { site: edit.key } }, data: before } };
    case 'release':
      return { scenario: lists(without(scenario.locked, edit.key), without(scenario.forbidden, edit.key), added), undo: { label: `Released ${edit.key}`, message: { key: 'undo.released', values: { site: edit.key } }, data: before } };
    case 'add': {
      if (added.some((s) => s.id === edit.site.id)) throw new Error(`an added site with id "${edit.site.id}" already exists`);
      return { scenario: lists(scenario.locked ?? [], scenario.forbidden ?? [], [...added, edit.site]), undo: { label: `Added a site at ${edit.site.lat.toFixed(4)}, ${edit.site.lon.toFixed(4)}`, message: { key: 'undo.added', values: { lat: edit.site.lat.toFixed(4), lon: edit.site.lon.toFixed(4) } }, data: before } };
    }
    case 'remove-added': {
      const key = `${ADDED_LAYER}:${edit.id}`;
      const rest = added.filter((s) => s.id !== edit.id);
      return { scenario: lists(without(scenario.locked, key), without(scenario.forbidden, key), rest), undo: { label: `Removed added site ${edit.id}`, message: { key: 'undo.removedAdded', values: { site: edit.id } }, data: before } };
    }
  }
}

/** Undo of a site edit: `scenario` with the lists as they were before it (absent lists removed). */
export function undoSiteEdit(scenario: Scenario, undo: Entry<SiteLists>): Scenario {
  return withLists(scenario, undo.data);
}

/** An id for a site added by hand that no other added site has ("site_1", "site_2"…). */
export function nextAddedId(scenario: Scenario): string {
  const taken = new Set((scenario.added ?? []).map((s) => s.id));
  let n = 1;
  while (taken.has(`site_${n}`)) n++;
  return `site_${n}`;
}

/** A site placed at lon, lat (degrees) costing `cost`, with a fresh id. */
export function siteAt(scenario: Scenario, lon: number, lat: number, cost: number): AddedSite {
  return { id: nextAddedId(scenario), lon, lat, cost };
}

/** Default coverage radius of a new scenario, metres: about a 12-minute walk. */
export const DEFAULT_RADIUS_M = 1000;

/**
 * A first scenario for `project`: the first point layer with a value column (a population grid)
 * as demand, weighted by it, and every other point layer as candidates at a cost of 1 each (so
 * the budget counts sites), up to 10 sites. Null when the project has no point layers.
 */
export function defaultScenario(project: Project): Scenario | null {
  const points = project.points ?? [];
  const demand = points.find((p) => p.value) ?? points[0];
  if (!demand) return null;
  const others = points.filter((p) => p !== demand);
  const candidates = (others.length ? others : [demand]).map((p): ScenarioCandidates => ({ points: p.name, cost: 1 }));
  const taken = new Set((project.scenarios ?? []).map((s) => s.id));
  let n = 1;
  while (taken.has(`plan_${n}`)) n++;
  return {
    id: `plan_${n}`,
    label: `Plan ${n}`,
    demand: { points: demand.name, ...(demand.value ? { weight: demand.value } : {}) },
    candidates: candidates.length === 1 ? candidates[0]! : candidates,
    radius_m: DEFAULT_RADIUS_M,
    max_sites: 10,
    objective: 'coverage',
    solver: 'auto',
    time_limit_s: 30,
  };
}

function isCandidateList(c: Scenario['candidates']): c is readonly ScenarioCandidates[] {
  return Array.isArray(c);
}

function withCandidates(scenario: Scenario, list: readonly ScenarioCandidates[]): Scenario {
  return { ...scenario, candidates: list.length === 1 ? list[0]! : list };
}

function withFloors(scenario: Scenario, floors: ScenarioFloors): Scenario {
  return withKey(scenario, 'floors', Object.keys(floors).length ? floors : undefined);
}

function withLists(scenario: Scenario, lists: SiteLists): Scenario {
  const empty = (l: readonly unknown[] | undefined) => (l && l.length ? l : undefined);
  return patchObject(scenario, { locked: empty(lists.locked), forbidden: empty(lists.forbidden), added: empty(lists.added) }) as unknown as Scenario;
}

function withKey<T extends object, K extends string>(o: T, key: K, value: unknown): T {
  return patchObject(o, { [key]: value }) as unknown as T;
}

/** A copy of `o` with `patch` applied, in `o`'s key order; keys patched to undefined are removed. */
function patchObject<T extends object>(o: T, patch: Readonly<Record<string, unknown>>): T {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}
