// `lastmile plan examples/nairobi-wifi.lastmile.json`: plan.<id>.csv/json checked against an
// independent recomputation from the raw files (papaparse, turf point-in-polygon and turf
// distance — R = 6,371,008.8 m, the radius issue #12 pins), sharing no code with the engine.
import { booleanPointInPolygon, distance } from '@turf/turf';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const PROJECT = path.join(EXAMPLES, 'nairobi-wifi.lastmile.json');
const project = JSON.parse(readFileSync(PROJECT, 'utf8')) as { scenarios: { id: string; radius_m: number; max_sites: number; budget: number; floors?: { district: number } }[] };

interface PlanJson {
  objective: number; covered_weight: number; bound?: number; gap?: number; status: string; solver: string; cost: number; sites: number;
  districts: { district_id: string; weight: number; after_weight: number; after_share: number | null }[];
  floors: { floor: string; district_id: string | null; required: number; achieved: number; kept: boolean }[];
  shortfall?: { budget_needed: number | null; sites_needed: number | null; proven: boolean };
  messages: string[];
}

const wards = (JSON.parse(readFileSync(path.join(DATA, 'kenya/nairobi_wards_iebc.geojson'), 'utf8')) as FeatureCollection<Polygon>).features;
const wardOf = (lon: number, lat: number) => wards.find((f: Feature<Polygon>) => booleanPointInPolygon([lon, lat], f))?.properties?.ward_id as string | undefined;
const grid = csv(path.join(DATA, 'kenya/nairobi_afripop2010_1km.csv')).map((r) => ({ lon: Number(r.lon), lat: Number(r.lat), weight: Number(r.pop2010), ward: wardOf(Number(r.lon), Number(r.lat)) }));
const publicSchools = new Set(csv(path.join(DATA, 'kenya/ke_schools_moe.csv')).filter((r) => r.geo_id === 'KE-47' && r.ownership === 'Public').map((r) => r.school_id));
const mohFacilities = new Set(csv(path.join(DATA, 'kenya/ke_health_facilities_kmhfl.csv')).filter((r) => r.geo_id === 'KE-47' && r.owner_type === 'Ministry of Health').map((r) => r.facility_id));

/** Weight per ward and covered by `sites` within radius (turf distance), and the total covered. */
function recompute(sites: Row[], radiusM: number) {
  const perWard = new Map<string, { weight: number; covered: number }>();
  let covered = 0;
  for (const cell of grid) {
    const hit = sites.some((s) => distance([Number(s.lon), Number(s.lat)], [cell.lon, cell.lat], { units: 'meters' }) <= radiusM);
    if (hit) covered += cell.weight;
    if (!cell.ward) continue;
    const w = perWard.get(cell.ward) ?? { weight: 0, covered: 0 };
    w.weight += cell.weight;
    if (hit) w.covered += cell.weight;
    perWard.set(cell.ward, w);
  }
  return { perWard, covered };
}

let out: string;
let stdout: string;
let stderr: string;
let status: number;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'lastmile-plan-'));
  const o = sink();
  const e = sink();
  status = await main(['plan', PROJECT, '--root', ROOT, '--out', out, '--quiet'], o, e);
  stdout = o.text();
  stderr = e.text();
}, 300_000);

describe('lastmile plan examples/nairobi-wifi.lastmile.json', () => {
  test('plans every scenario and writes both files for each', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
    for (const s of project.scenarios) expect(stdout).toContain(`plan.${s.id}: `);
  });

  describe.each(project.scenarios.map((s) => [s.id, s] as const))('scenario %s', (id, scenario) => {
    const sites = () => csv(path.join(out, `plan.${id}.csv`));
    const plan = () => JSON.parse(readFileSync(path.join(out, `plan.${id}.json`), 'utf8')) as PlanJson;

    test('plan.<id>.geojson: one Point per row of plan.<id>.csv, at its lon/lat, with its id, type, cost and ward', () => {
      const rows = sites();
      const geo = JSON.parse(readFileSync(path.join(out, `plan.${id}.geojson`), 'utf8')) as FeatureCollection;
      expect(geo.features).toHaveLength(rows.length);
      geo.features.forEach((f, i) => {
        const r = rows[i]!;
        expect(f.geometry).toEqual({ type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] });
        expect(f.properties).toMatchObject({ site_id: r.site_id, type: r.type, cost: Number(r.cost), district_id: r.district_id });
      });
    });

    test('plan.<id>.csv: the contract columns; public schools or MoH facilities, each in the ward turf finds, within the limits', () => {
      const rows = sites();
      expect(Object.keys(rows[0]!)).toEqual(['site_id', 'lon', 'lat', 'type', 'cost', 'district_id', 'covered_weight']);
      expect(rows.length).toBeLessThanOrEqual(scenario.max_sites);
      expect(new Set(rows.map((r) => r.site_id)).size).toBe(rows.length);
      for (const r of rows) {
        expect(publicSchools.has(r.site_id!) || mohFacilities.has(r.site_id!), r.site_id).toBe(true);
        expect(r.type).toBe('wifi');
        expect(r.district_id).toBe(wardOf(Number(r.lon), Number(r.lat)) ?? '');
      }
      const cost = rows.reduce((a, r) => a + Number(r.cost), 0);
      expect(cost).toBe(2500 * rows.length);
      expect(cost).toBeLessThanOrEqual(scenario.budget);
      expect(plan().cost).toBe(cost);
      expect(plan().sites).toBe(rows.length);
    });

    test('covered weight and every ward’s share after equal a turf recomputation from the chosen sites', () => {
      const rows = sites();
      const p = plan();
      const { perWard, covered } = recompute(rows, scenario.radius_m);
      expect(p.covered_weight).toBeCloseTo(covered, 2);
      expect(p.objective).toBe(p.covered_weight);
      // With no existing sites every covered person is newly covered, by exactly one chosen site.
      expect(rows.reduce((a, r) => a + Number(r.covered_weight), 0)).toBeCloseTo(covered, 2);
      for (const d of p.districts) {
        const w = perWard.get(d.district_id) ?? { weight: 0, covered: 0 };
        expect(d.weight, d.district_id).toBeCloseTo(w.weight, 2);
        expect(d.after_weight, d.district_id).toBeCloseTo(w.covered, 2);
        if (w.weight > 0) expect(d.after_share!, d.district_id).toBeCloseTo(w.covered / w.weight, 9);
        else expect(d.after_share).toBeNull();
      }
    });

    test('floors: each is checked against the turf shares, and the bound is no lower than the plan', () => {
      const p = plan();
      const { perWard } = recompute(sites(), scenario.radius_m);
      const floor = scenario.floors?.district;
      const wardsWithDemand = [...perWard.values()].filter((w) => w.weight > 0).length;
      expect(p.floors).toHaveLength(floor === undefined ? 0 : wardsWithDemand);
      for (const f of p.floors) {
        const w = perWard.get(f.district_id!)!;
        expect(f.achieved).toBeCloseTo(w.covered / w.weight, 9);
        expect(f.kept).toBe(w.covered / w.weight >= floor! - 1e-9);
      }
      if (floor !== undefined) expect(p.floors.every((f) => f.kept)).toBe(true);
      if (p.bound !== undefined) expect(p.bound).toBeGreaterThanOrEqual(p.covered_weight - 1e-6 * p.covered_weight);
    });
  });

  test('the ward floor costs coverage: the plan without it covers at least as much', () => {
    const covered = (id: string) => (JSON.parse(readFileSync(path.join(out, `plan.${id}.json`), 'utf8')) as PlanJson).covered_weight;
    expect(covered('no_floor')).toBeGreaterThanOrEqual(covered('ward_floor'));
  });
});

/** The example with its first scenario changed, written beside a temporary folder (paths rewritten to the bundled data). */
function variant(name: string, change: (scenario: Record<string, unknown>) => Record<string, unknown>): { file: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), `lastmile-plan-${name}-`));
  const text = readFileSync(PROJECT, 'utf8').replaceAll('../data/', `${path.relative(dir, DATA).split(path.sep).join('/')}/`);
  const json = JSON.parse(text) as { scenarios: Record<string, unknown>[] };
  json.scenarios = [change(json.scenarios[0]!)];
  const file = path.join(dir, `${name}.lastmile.json`);
  writeFileSync(file, JSON.stringify(json));
  return { file, dir };
}

describe('lastmile plan --scenario', () => {
  test('plans only that scenario, with progress on stderr: phase, best objective and bound', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-plan-one-'));
    const o = sink();
    const e = sink();
    expect(await main(['plan', PROJECT, '--root', ROOT, '--scenario', 'no_floor', '--out', dir], o, e)).toBe(0);
    expect(o.text()).toMatch(/^plan\.no_floor: \d+ sites, covered [\d,]+ of [\d,]+ \([\d.]+ %\), cost [\d,]+.* → plan\.no_floor\.csv, plan\.no_floor\.json, plan\.no_floor\.geojson in /);
    expect(o.text()).not.toContain('ward_floor');
    expect(e.text()).toMatch(/^ {2}(greedy|swap|bound|exact): best [\d,]+, bound ([\d,]+|—)$/m);
    expect(readdirSync(dir).sort()).toEqual(['plan.no_floor.csv', 'plan.no_floor.geojson', 'plan.no_floor.json']);
    // A second run writes the same bytes, but for the seconds the solve took.
    const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8').replace(/"seconds": [\d.e-]+/, '"seconds": 0');
    for (const file of ['plan.no_floor.csv', 'plan.no_floor.json']) expect(read(dir, file), file).toBe(read(out, file));
  }, 120_000);
});

describe('lastmile plan: what goes wrong', () => {
  test('a column the scenario names that its file lacks: status 1, naming file, column and key, with a suggestion', async () => {
    const { file, dir } = variant('cost', (s) => ({ ...s, candidates: [{ points: 'schools', where: { ownership: 'Public' }, cost: 'owner_ship' }] }));
    const e = sink();
    expect(await main(['plan', file, '--root', DATA, '--out', dir], sink(), e)).toBe(1);
    expect(e.text().split('\n').at(-2)).toMatch(
      /^lastmile: ke_schools_moe\.csv, column "owner_ship": no such column \(named by scenarios\["ward_floor"\]\.candidates\[0\]\.cost\); did you mean "ownership"\? — the file has: school_id, /,
    );
  });

  test('a project without scenarios has nothing to plan: status 1', async () => {
    const e = sink();
    expect(await main(['plan', path.join(EXAMPLES, 'kenya.lastmile.json'), '--root', ROOT, '--out', out], sink(), e)).toBe(1);
    expect(e.text()).toBe('lastmile: kenya.lastmile.json: the project has no "scenarios" to plan\n');
  });

  test('"plan" needs --out, and --scenario is for "plan" and "report" only', async () => {
    const e = sink();
    expect(await main(['plan', PROJECT], sink(), e)).toBe(2);
    expect(e.text()).toMatch(/^lastmile: "plan" needs --out <dir>\n/);
    const e2 = sink();
    expect(await main(['run', PROJECT, '--root', ROOT, '--scenario', 'ward_floor', '--out', out], sink(), e2)).toBe(2);
    expect(e2.text()).toMatch(/^lastmile: --scenario is for "plan" and "report"\n/);
  });

  test('an unknown scenario ends with status 1, naming it and the scenarios that exist', async () => {
    const o = sink();
    const e = sink();
    expect(await main(['plan', PROJECT, '--root', ROOT, '--scenario', 'ward_flor', '--out', out], o, e)).toBe(1);
    expect(e.text()).toBe('lastmile: nairobi-wifi.lastmile.json: no scenario "ward_flor"; did you mean "ward_floor"? (scenarios: ward_floor, no_floor)\n');
  });

  test('a floor no 30 sites can keep: the plan says which floor, and the budget that would keep it', async () => {
    // Half of every ward within 1.5 km needs more than 30 access points (about 40, by a greedy count).
    const { file, dir } = variant('half', (s) => ({ ...s, id: 'half', floors: { district: 0.5 }, solver: 'heuristic', time_limit_s: 10 }));
    const o = sink();
    const e = sink();
    expect(await main(['plan', file, '--root', DATA, '--out', dir, '--quiet'], o, e)).toBe(0);
    const p = JSON.parse(readFileSync(path.join(dir, 'plan.half.json'), 'utf8')) as PlanJson;
    expect(p.status).toBe('infeasible');
    expect(p.shortfall?.budget_needed).toBeGreaterThan(75_000);
    const budget = p.shortfall!.budget_needed!.toLocaleString('en');
    // Said once, wards by name, amounts grouped.
    const lines = e.text().split('\n').filter((l) => l.includes('keeps every floor'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^lastmile: half: \d+ floors are not kept — [A-Z][^:]+ \(district floor\): \d+\.\d % of 50\.0 %/);
    expect(lines[0]).toContain(`needs a budget of ${p.shortfall!.proven ? 'at least ' : ''}${budget} (now ${project.scenarios[0]!.budget.toLocaleString('en')})`);
    expect(p.messages.filter((m) => m.includes('keeps every floor'))).toEqual([lines[0]!.replace('lastmile: half: ', '')]);
    expect(p.floors.some((f) => !f.kept)).toBe(true);
  }, 120_000);
});
