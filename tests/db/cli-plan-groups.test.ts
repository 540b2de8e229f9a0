// only_offline and groups through the whole plan step, on real data: Kenya's counties, the
// census's internet use and disability share, the Nairobi population grid as demand. Expected
// values are recomputed here from the raw CSVs (papaparse, turf), not by the engine.
import { booleanPointInPolygon, distance } from '@turf/turf';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(path.join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const county = (file: string) => csv(file).find((r) => r.geo_id === 'KE-47' && r.admin_level === 'county')!;

interface Group { group: string; weight: number; before_weight: number; after_weight: number; after_share: number; districts: { district_id: string; weight: number }[] }
let plan: { demand_weight: number; covered_weight: number; newly_covered_weight: number; groups: Group[]; outside_districts: { weight: number }; districts: { district_id: string; after_weight: number }[] };
let stderr: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-plan-groups-'));
  const data = path.relative(dir, DATA).split(path.sep).join('/');
  const project = {
    lastmile: 1,
    title: 'Nairobi grid against county census figures',
    districts: { file: `${data}/kenya/ke_counties.geojson`, id: 'geo_id', name: 'county_name' },
    tables: [
      { name: 'ict', file: `${data}/kenya/ke_ict_by_sex.csv`, district: 'geo_id', where: { admin_level: 'county' } },
      { name: 'disability', file: `${data}/kenya/ke_disability_by_sex.csv`, district: 'geo_id', where: { admin_level: 'county' } },
    ],
    points: [
      { name: 'grid', file: `${data}/kenya/nairobi_afripop2010_1km.csv`, lon: 'lon', lat: 'lat', value: 'pop2010' },
      { name: 'schools', file: `${data}/kenya/ke_schools_moe.csv`, id: 'school_id', lon: 'lon', lat: 'lat', where: { geo_id: 'KE-47' } },
      { name: 'health', file: `${data}/kenya/ke_health_facilities_kmhfl.csv`, id: 'facility_id', lon: 'lon', lat: 'lat', where: { geo_id: 'KE-47' } },
    ],
    indicators: [{ id: 'internet_use', table: 'ict', rate: { total: ['internet_user_total', 'pop3plus_total'] } }],
    scenarios: [
      {
        id: 'offline',
        demand: { points: 'grid', weight: 'pop2010', only_offline: 'internet_use.total' },
        groups: { disability: { table: 'disability', column: 'disabled_pct', percent: true }, everyone: { column: 'pop2010' } },
        candidates: { points: 'schools', where: { ownership: 'Public' }, cost: 2500 },
        // As if every Ministry of Health facility in Nairobi already offered Wi-Fi.
        existing: { points: 'health', where: { owner_type: 'Ministry of Health' } },
        radius_m: 1500,
        max_sites: 5,
        solver: 'heuristic',
        time_limit_s: 5,
      },
    ],
  };
  writeFileSync(path.join(dir, 'groups.lastmile.json'), JSON.stringify(project));
  const e = sink();
  expect(await main(['plan', path.join(dir, 'groups.lastmile.json'), '--root', DATA, '--out', dir, '--quiet'], sink(), e)).toBe(0);
  stderr = e.text();
  plan = JSON.parse(readFileSync(path.join(dir, 'plan.offline.json'), 'utf8'));
}, 180_000);

describe('only_offline, groups from a table share, existing sites', () => {
  const ict = county('kenya/ke_ict_by_sex.csv');
  const offline = 1 - Number(ict.internet_user_total) / Number(ict.pop3plus_total);
  const disabled = Number(county('kenya/ke_disability_by_sex.csv').disabled_pct) / 100;
  const counties = JSON.parse(readFileSync(path.join(DATA, 'kenya/ke_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const nairobi = counties.features.find((f) => f.properties?.geo_id === 'KE-47')!;
  const moh = csv('kenya/ke_health_facilities_kmhfl.csv').filter((r) => r.geo_id === 'KE-47' && r.owner_type === 'Ministry of Health' && r.lon !== '' && r.lat !== '');
  const cells = csv('kenya/nairobi_afripop2010_1km.csv').map((r) => {
    const at: [number, number] = [Number(r.lon), Number(r.lat)];
    return { weight: Number(r.pop2010), inside: booleanPointInPolygon(at, nairobi), existing: moh.some((h) => distance([Number(h.lon), Number(h.lat)], at, { units: 'meters' }) <= 1500) };
  });
  const sum = (f: (c: (typeof cells)[number]) => number) => cells.reduce((a, c) => a + f(c), 0);

  test('demand counts only the people offline in Nairobi (cells outside every county count in full)', () => {
    expect(stderr).toBe('');
    expect(plan.demand_weight).toBeCloseTo(sum((c) => (c.inside ? c.weight * offline : c.weight)), 3);
    expect(plan.outside_districts.weight).toBeCloseTo(sum((c) => (c.inside ? 0 : c.weight)), 3);
  });

  test('existing sites already cover the demand within the radius, at no cost', () => {
    const before = sum((c) => (c.existing ? (c.inside ? c.weight * offline : c.weight) : 0));
    expect(before).toBeGreaterThan(0);
    const everyone = plan.groups[1]!;
    expect(everyone.before_weight).toBeCloseTo(before, 3);
    expect(plan.covered_weight - plan.newly_covered_weight).toBeCloseTo(before, 3);
  });

  test('a table share is the demand weight times the county’s disabled_pct / 100; a column group is scaled the same way', () => {
    const [disability, everyone] = plan.groups;
    expect(disability!.group).toBe('disability');
    expect(disability!.weight).toBeCloseTo(sum((c) => (c.inside ? c.weight * offline * disabled : 0)), 3);
    expect(disability!.districts.find((d) => d.district_id === 'KE-47')!.weight).toBeCloseTo(disability!.weight, 3);
    expect(everyone!.weight).toBeCloseTo(plan.demand_weight, 3);
    // Every covered cell in Nairobi carries the same share of people with disability.
    const coveredInNairobi = plan.districts.find((d) => d.district_id === 'KE-47')!.after_weight;
    expect(coveredInNairobi).toBeGreaterThan(0);
    expect(disability!.after_weight).toBeCloseTo(coveredInNairobi * disabled, 3);
    expect(everyone!.after_weight).toBeCloseTo(plan.covered_weight, 3);
  });
});
