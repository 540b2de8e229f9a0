// The "scenarios" key (issue #12): messages name the key path and suggest the closest name.
import { describe, expect, test } from 'vitest';
import { deepFreeze, errorLines, kenya, kenyaWith } from './fixtures.ts';

const F = 'kenya.lastmile.json';
const grid = deepFreeze({ name: 'pop_grid', file: 'grid.csv', lon: 'lon', lat: 'lat', value: 'pop2010' });
const points = [...kenya.points, grid];
const scenario = deepFreeze({
  id: 'wifi',
  demand: { points: 'pop_grid', weight: 'pop2010' },
  candidates: { points: 'schools', where: { ownership: 'Public' }, cost: 2500 },
  radius_m: 500,
  max_sites: 30,
});
const withScenarios = (...scenarios: unknown[]) => kenyaWith({ points, scenarios });

describe('scenarios', () => {
  test('the issue’s example scenario, with groups, floors and every option, is valid', () => {
    const full = {
      ...scenario,
      label: 'Wi-Fi at public schools',
      demand: { ...scenario.demand, only_offline: 'internet_use.total' },
      groups: { women: { table: 'ict', column: 'pop3plus_female', percent: true }, everyone: { column: 'pop2010' } },
      candidates: [scenario.candidates, { points: 'health', cost: 'cost', capacity: 2000 }],
      existing: { points: 'health', where: { owner_type: 'Ministry of Health' } },
      site_type: 'wifi',
      budget: 100000,
      floors: { district: 0.2, groups: { women: 0.3 }, groups_per_district: true },
      objective: 'maximin',
      solver: 'auto',
      time_limit_s: 30,
      locked: ['schools:KE-SCH-00001'],
      forbidden: ['health:KMHFL-1', 'added:clinic'],
      added: [{ id: 'clinic', lon: 36.82, lat: -1.28, cost: 3000 }],
    };
    expect(errorLines(withScenarios(full, { ...scenario, id: 'wifi_no_floor' }))).toEqual([]);
  });

  test('unknown keys and misspelt layers get a did-you-mean', () => {
    const { radius_m: _r, ...rest } = scenario;
    const bad = { ...rest, radius: 500, demand: { points: 'pop_gird', wieght: 'pop2010' }, candidates: { ...scenario.candidates, points: 'school' } };
    expect(errorLines(withScenarios(bad))).toEqual([
      `${F}: scenarios[0]: missing required key "radius_m"`,
      `${F}: scenarios[0].radius: unknown key; did you mean "radius_m"?`,
      `${F}: scenarios[0].demand.wieght: unknown key; did you mean "weight"?`,
      `${F}: scenarios[0].demand.points: no point layer named "pop_gird"; did you mean "pop_grid"? (point layers: schools, health, pop_grid)`,
      `${F}: scenarios[0].candidates.points: no point layer named "school"; did you mean "schools"? (point layers: schools, health, pop_grid)`,
    ]);
  });

  test('a table is not a point layer; candidates need an id column; existing sites a point layer', () => {
    const bad = { ...scenario, demand: { points: 'ict' }, candidates: [{ points: 'pop_grid', cost: 1 }, { points: 'schools', cost: -1 }, { points: 'schools', cost: [] }], existing: { points: 'wifi' } };
    expect(errorLines(withScenarios(bad))).toEqual([
      `${F}: scenarios[0].demand.points: "ict" is a table, not a point layer (point layers: schools, health, pop_grid)`,
      `${F}: scenarios[0].candidates[0].points: point layer "pop_grid" has no "id" column; candidate sites are named by it in plan.<id>.csv`,
      `${F}: scenarios[0].candidates[1].cost: expected a number ≥ 0, got -1`,
      `${F}: scenarios[0].candidates[2].points: "schools" is already a candidate layer of this scenario; combine its filters or add a second point layer`,
      `${F}: scenarios[0].candidates[2].cost: expected a cost per site (a number ≥ 0) or the name of a cost column, got an array`,
      `${F}: scenarios[0].existing.points: no point layer named "wifi" (point layers: schools, health, pop_grid)`,
    ]);
  });

  test('shares in [0, 1], radius > 0, whole numbers of sites, a limit, known objective and solver', () => {
    const { max_sites: _m, ...noLimit } = scenario;
    const bad = { ...noLimit, radius_m: 0, floors: { district: 20 }, objective: 'coverge', solver: 'fast', time_limit_s: -1 };
    expect(errorLines(withScenarios(bad, { ...scenario, id: 'b', max_sites: 2.5, budget: -1, capacity: 0 }))).toEqual([
      `${F}: scenarios[0].radius_m: expected a number > 0 m, got 0`,
      `${F}: scenarios[0]: needs "budget", "max_sites" or both (or a budget in every phase): without a limit every candidate would be chosen`,
      `${F}: scenarios[0].floors.district: expected a share between 0 and 1 (0.2 = 20 %), got 20`,
      `${F}: scenarios[0].objective: expected "coverage" or "maximin", got "coverge"; did you mean "coverage"?`,
      `${F}: scenarios[0].solver: expected "heuristic", "exact" or "auto", got "fast"`,
      `${F}: scenarios[0].time_limit_s: expected a number > 0 s, got -1`,
      `${F}: scenarios[1].capacity: expected a number > 0, got 0`,
      `${F}: scenarios[1].max_sites: expected a whole number of sites, got 2.5`,
      `${F}: scenarios[1].budget: expected a number ≥ 0, got -1`,
    ]);
  });

  test('ids are names, unique ignoring case (they name output files)', () => {
    expect(errorLines(withScenarios(scenario, { ...scenario, id: 'WiFi' }, { ...scenario, id: 'plan 2' }))).toEqual([
      `${F}: scenarios[1].id: "WiFi" clashes with "wifi" (scenarios[0]) as ids are compared ignoring case`,
      `${F}: scenarios[2].id: "plan 2" is not a valid id: use letters, digits and "_", starting with a letter or "_" (it names plan.<id>.csv)`,
    ]);
  });

  test('only_offline is a rate column of districts.csv', () => {
    const offline = (only_offline: string) => ({ ...scenario, demand: { ...scenario.demand, only_offline } });
    expect(errorLines(withScenarios(offline('internet_use.totl'), { ...offline('hh_internet'), id: 'b' }, { ...offline('internet_use.gap.male-female'), id: 'c' }))).toEqual([
      `${F}: scenarios[0].demand.only_offline: indicator "internet_use" has no group "totl" (groups: total, female, male)`,
      `${F}: scenarios[1].demand.only_offline: "hh_internet" is not a rate column in percent; name one such as "<indicator>.<group>"`,
      `${F}: scenarios[2].demand.only_offline: "internet_use.gap.male-female" is not a rate column in percent; name one such as "<indicator>.<group>"`,
    ]);
  });

  test('groups name a column or a table share; floors only for declared groups', () => {
    const bad = {
      ...scenario,
      groups: { women: { table: 'ict_table', column: 'pop3plus_female' }, 'people with disability': { column: 'pwd' }, men: { column: 'm', percent: true } },
      floors: { groups: { woman: 0.3, rural: 1.5 }, groups_per_district: 'yes' },
    };
    expect(errorLines(withScenarios(bad))).toEqual([
      `${F}: scenarios[0].groups.women.table: no table named "ict_table" (tables: ict, assets, population)`,
      `${F}: scenarios[0].groups["people with disability"]: "people with disability" is not a valid group name: use letters, digits and "_"`,
      `${F}: scenarios[0].groups.men.percent: "percent" is for a share taken from a table; a demand-layer column is a weight`,
      `${F}: scenarios[0].floors.groups_per_district: expected true or false, got the string "yes"`,
      `${F}: scenarios[0].floors.groups.woman: no group "woman" in this scenario's "groups"; did you mean "women"? (groups: women, men)`,
      `${F}: scenarios[0].floors.groups.rural: no group "rural" in this scenario's "groups" (groups: women, men)`,
      `${F}: scenarios[0].floors.groups.rural: expected a share between 0 and 1 (0.2 = 20 %), got 1.5`,
    ]);
  });

  test('locked and forbidden are "<candidate layer>:<id>", not both, not twice', () => {
    const bad = { ...scenario, locked: ['schools:1', 'schools:1', 'KE-SCH-1', 'shcools:2', 'added:x'], forbidden: ['schools:1'] };
    expect(errorLines(withScenarios(bad))).toEqual([
      `${F}: scenarios[0].locked[1]: "schools:1" is listed twice`,
      `${F}: scenarios[0].locked[2]: "KE-SCH-1" is not a site reference: write "<candidate layer>:<site id>", e.g. "schools:123"`,
      `${F}: scenarios[0].locked[3]: "shcools" is not a candidate layer of this scenario; did you mean "schools"? (candidate layers: schools)`,
      `${F}: scenarios[0].locked[4]: "added" is not a candidate layer of this scenario (candidate layers: schools)`,
      `${F}: scenarios[0].forbidden: "schools:1" is also locked; a site cannot be both`,
    ]);
  });

  test('added sites have an id, a position on Earth and a cost', () => {
    const bad = { ...scenario, added: [{ id: 'a', lon: 200, lat: -1, cost: 1 }, { id: 'a', lon: 36, lat: -91 }] };
    expect(errorLines(withScenarios(bad))).toEqual([
      `${F}: scenarios[0].added[0].lon: expected a longitude between -180 and 180, got 200`,
      `${F}: scenarios[0].added[1]: missing required key "cost"`,
      `${F}: scenarios[0].added[1].id: "a" is already the id of another added site`,
      `${F}: scenarios[0].added[1].lat: expected a number ≥ -90°, got -91`,
    ]);
  });

  test('a community network names its backhaul and a link length; phases have increasing years and budgets ≥ 0', () => {
    const { max_sites: _m, ...noLimit } = scenario;
    const mesh = { ...scenario, id: 'mesh', network: { backhaul: { points: 'health', where: { keph_level: 'Level 4' } }, link_m: 5000, link_cost_per_km: 50 } };
    const phased = { ...noLimit, id: 'phased', phases: [{ year: 2027, budget: 5000, floors: { district: 0.1 } }, { year: 2028, budget: 5000 }] };
    expect(errorLines(withScenarios(mesh, phased))).toEqual([]);
    const badMesh = { ...scenario, id: 'mesh', network: { backhaul: { points: 'fibre' }, link_m: 0, link_cost_per_km: -1, existing_as_backhaul: true } };
    const noBackhaul = { ...scenario, id: 'lonely', network: { link_m: 100 } };
    const badPhases = { ...noLimit, id: 'phased', phases: [{ year: 2028, budget: 5000 }, { year: 2027 }, { year: 2029.5, budget: -2, floors: { district: 2 } }] };
    const both = { ...scenario, id: 'both', network: { backhaul: { points: 'health' }, link_m: 100 }, phases: [{ budget: 1 }] };
    expect(errorLines(withScenarios(badMesh, noBackhaul, badPhases, both))).toEqual([
      `${F}: scenarios[0].network.backhaul.points: no point layer named "fibre" (point layers: schools, health, pop_grid)`,
      `${F}: scenarios[0].network.existing_as_backhaul: the scenario has no "existing" sites to serve as backhaul`,
      `${F}: scenarios[0].network.link_m: expected a number > 0 m, got 0`,
      `${F}: scenarios[0].network.link_cost_per_km: expected a number ≥ 0, got -1`,
      `${F}: scenarios[1].network: needs "backhaul" (a point layer), "existing_as_backhaul": true, or both: nodes must link to something already connected`,
      `${F}: scenarios[2].phases[1].year: years must increase: 2027 comes after 2028`,
      `${F}: scenarios[2].phases[2].year: expected a whole year such as 2027, got 2029.5`,
      `${F}: scenarios[2].phases[2].budget: expected a number ≥ 0, got -2`,
      `${F}: scenarios[2].phases[2].floors.district: expected a share between 0 and 1 (0.2 = 20 %), got 2`,
      `${F}: scenarios[2]: needs "budget", "max_sites" or both (or a budget in every phase): without a limit every candidate would be chosen`,
      `${F}: scenarios[3].phases: a phased community network is not supported yet: plan the network, then phase it in a second scenario that locks its sites`,
    ]);
  });
});
