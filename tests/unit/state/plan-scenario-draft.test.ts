import { describe, expect, test } from 'vitest';
import type { Project, Scenario } from '../../../src/core/project/types.ts';
import { pop, push, type History } from '../../../src/state/history.ts';
import {
  addCandidateLayer, candidateLayers, defaultScenario, editSite, nextAddedId, removeCandidateLayer, setCandidateLayer, setDemand, setDistrictFloor, setExisting, setGroup, setGroupFloor,
  setGroupsPerDistrict, setOption, setRadius, siteAt, undoSiteEdit, type SiteLists,
} from '../../../src/state/scenario-draft.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const base: Scenario = deepFreeze({
  id: 'wifi',
  demand: { points: 'pop', weight: 'people' },
  candidates: { points: 'schools', cost: 5000 },
  radius_m: 500,
  budget: 75000,
  floors: { district: 0.2 },
});

const project = (points: Project['points'], scenarios?: Project['scenarios']): Project =>
  deepFreeze({ lastmile: 1, title: 't', districts: { file: 'd.geojson', id: 'id', name: 'name' }, points, ...(scenarios ? { scenarios } : {}) });

describe('scenario edits never change their input and write the CLI keys', () => {
  test('options are set, and removed when undefined', () => {
    expect(setOption(base, 'objective', 'maximin')).toEqual({ ...base, objective: 'maximin' });
    const noBudget = setOption(base, 'budget', undefined);
    expect('budget' in noBudget).toBe(false);
    expect(setOption(noBudget, 'max_sites', 12).max_sites).toBe(12);
    expect(setRadius(base, 800).radius_m).toBe(800);
    expect(base.budget).toBe(75000);
  });

  test('demand drops empty weight and offline columns', () => {
    expect(setDemand(base, { points: 'grid', weight: '', only_offline: 'internet_use.total' }).demand).toEqual({ points: 'grid', only_offline: 'internet_use.total' });
  });

  test('one candidate layer stays an object; two become a list; the last cannot be removed', () => {
    const two = addCandidateLayer(base, { points: 'health', cost: 'install_cost' });
    expect(two.candidates).toEqual([{ points: 'schools', cost: 5000 }, { points: 'health', cost: 'install_cost' }]);
    expect(candidateLayers(two)).toHaveLength(2);
    expect(removeCandidateLayer(two, 0).candidates).toEqual({ points: 'health', cost: 'install_cost' });
    expect(() => removeCandidateLayer(base, 0)).toThrow('at least one candidate layer');
    expect(setCandidateLayer(two, 1, { cost: 7000, where: { type: 'public' } }).candidates).toEqual([{ points: 'schools', cost: 5000 }, { points: 'health', cost: 7000, where: { type: 'public' } }]);
    expect(setCandidateLayer(base, 0, { capacity: undefined })).toEqual(base);
  });

  test('existing sites: set, and removed when no layer is named', () => {
    const e = setExisting(base, { points: 'hotspots' });
    expect(e.existing).toEqual({ points: 'hotspots' });
    expect('existing' in setExisting(e, { points: '' })).toBe(false);
  });

  test('floors: a zero floor is no floor; an empty floors object goes', () => {
    expect(setDistrictFloor(base, 0.3).floors).toEqual({ district: 0.3 });
    expect('floors' in setDistrictFloor(base, 0)).toBe(false);
    const g = setGroupFloor(base, 'women', 0.5);
    expect(g.floors).toEqual({ district: 0.2, groups: { women: 0.5 } });
    expect(setGroupFloor(g, 'women', undefined).floors).toEqual({ district: 0.2 });
    expect(setGroupsPerDistrict(g, true).floors?.groups_per_district).toBe(true);
    expect(setGroupsPerDistrict(setGroupsPerDistrict(g, true), false).floors).toEqual(g.floors);
  });

  test('removing a group removes its floor', () => {
    const g = setGroupFloor(setGroup(base, 'women', 'pop_f'), 'women', 0.4);
    expect(g.groups).toEqual({ women: { column: 'pop_f' } });
    const gone = setGroup(g, 'women', undefined);
    expect('groups' in gone).toBe(false);
    expect(gone.floors).toEqual({ district: 0.2 });
  });
});

describe('site edits and their undo', () => {
  test('lock, forbid and release move a key between the lists; undo restores exactly', () => {
    const a = editSite(base, { kind: 'lock', key: 'schools:17' });
    expect(a.scenario.locked).toEqual(['schools:17']);
    expect(a.undo.label).toBe('Locked in schools:17');
    const b = editSite(a.scenario, { kind: 'forbid', key: 'schools:17' });
    expect(b.scenario.locked).toBeUndefined();
    expect(b.scenario.forbidden).toEqual(['schools:17']);
    const c = editSite(b.scenario, { kind: 'release', key: 'schools:17' });
    expect(c.scenario).toEqual(base);
    // Undo in reverse order, through the shared history stack.
    let h: History<SiteLists> = { past: [] };
    for (const e of [a, b, c]) h = push(h, e.undo);
    let s = c.scenario;
    for (const expected of [b.scenario, a.scenario, base]) {
      const { history, entry } = pop(h);
      s = undoSiteEdit(s, entry!);
      h = history;
      expect(s).toEqual(expected);
    }
  });

  test('adding sites by hand gives fresh ids; removing one also releases it', () => {
    const site = siteAt(base, 36.8, -1.28, 4000);
    expect(site).toEqual({ id: 'site_1', lon: 36.8, lat: -1.28, cost: 4000 });
    const a = editSite(base, { kind: 'add', site });
    expect(nextAddedId(a.scenario)).toBe('site_2');
    expect(() => editSite(a.scenario, { kind: 'add', site })).toThrow('already exists');
    const locked = editSite(a.scenario, { kind: 'lock', key: 'added:site_1' }).scenario;
    const removed = editSite(locked, { kind: 'remove-added', id: 'site_1' });
    expect(removed.scenario).toEqual(base);
    expect(undoSiteEdit(removed.scenario, removed.undo)).toEqual(locked);
    expect(undoSiteEdit(a.scenario, a.undo)).toEqual(base);
  });
});

describe('defaultScenario', () => {
  test('a population grid (a layer with a value) is demand; the other layers are candidates', () => {
    const p = project([
      { name: 'schools', file: 's.csv', id: 'id', lon: 'x', lat: 'y' },
      { name: 'grid', file: 'g.csv', lon: 'x', lat: 'y', value: 'population' },
      { name: 'health', file: 'h.csv', id: 'id', lon: 'x', lat: 'y' },
    ], [{ id: 'plan_1', demand: { points: 'grid' }, candidates: { points: 'schools', cost: 1 }, radius_m: 1 }]);
    expect(defaultScenario(p)).toEqual({
      id: 'plan_2',
      label: 'Plan 2',
      demand: { points: 'grid', weight: 'population' },
      candidates: [{ points: 'schools', cost: 1 }, { points: 'health', cost: 1 }],
      radius_m: 1000,
      max_sites: 10,
      objective: 'coverage',
      solver: 'auto',
      time_limit_s: 30,
    });
  });

  test('one layer without values is both demand and candidates; none gives null', () => {
    const s = defaultScenario(project([{ name: 'schools', file: 's.csv', id: 'id', lon: 'x', lat: 'y' }]))!;
    expect(s.demand).toEqual({ points: 'schools' });
    expect(s.candidates).toEqual({ points: 'schools', cost: 1 });
    expect(defaultScenario(project(undefined))).toBeNull();
  });
});
