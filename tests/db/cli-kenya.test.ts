// `lastmile run examples/kenya.lastmile.json`: the CLI's files checked against values
// recomputed independently from the raw CSVs (papaparse, turf, naive formulas).
import { booleanPointInPolygon } from '@turf/turf';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA, EXAMPLES, ROOT } from '../helpers/paths.ts';
import { naiveGini, naiveTheil, slicedPalma } from '../helpers/independent.ts';
import { sink } from '../helpers/sink.ts';

type Row = Record<string, string>;
const csv = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const census = csv(path.join(DATA, 'kenya/ke_ict_by_sex.csv')).filter((r) => r.admin_level === 'county');
const byId = new Map(census.map((r) => [r.geo_id!, r]));

let out: string;
let districts: Row[];
let inequality: Row[];
let report: { points: { name: string; outside_every_district: number; missing_coordinates: number; located: number }[]; files: { file: string; rows_read: number }[] };

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'lastmile-kenya-'));
  const stdout = sink();
  const stderr = sink();
  const status = await main(['run', path.join(EXAMPLES, 'kenya.lastmile.json'), '--root', ROOT, '--out', out, '--quiet'], stdout, stderr);
  expect(stderr.text()).toBe('');
  expect(status).toBe(0);
  districts = csv(path.join(out, 'districts.csv'));
  inequality = csv(path.join(out, 'inequality.csv'));
  report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
}, 120_000);

describe('lastmile run examples/kenya.lastmile.json', () => {
  test('districts.csv has the contract columns in order', () => {
    expect(Object.keys(districts[0]!)).toEqual([
      'district_id', 'district_name',
      'internet_use.total', 'internet_use.female', 'internet_use.male', 'internet_use.gap.male-female', 'internet_use.parity.female/male',
      'hh_internet', 'points.schools.count', 'points.health.count',
      'inclusion_index', 'inclusion_index.adoption', 'inclusion_index.gender_equity',
    ]);
    expect(districts).toHaveLength(47);
  });

  test('rates are percent of the counts, gaps in points, parity a ratio — for every county', () => {
    for (const d of districts) {
      const c = byId.get(d.district_id!)!;
      const rate = (g: string) => (100 * Number(c[`internet_user_${g}`])) / Number(c[`pop3plus_${g}`]);
      for (const g of ['total', 'female', 'male']) expect(Number(d[`internet_use.${g}`])).toBeCloseTo(rate(g), 9);
      expect(Number(d['internet_use.gap.male-female'])).toBeCloseTo(rate('male') - rate('female'), 9);
      expect(Number(d['internet_use.parity.female/male'])).toBeCloseTo(rate('female') / rate('male'), 9);
    }
  });

  test('a value indicator is written exactly as published', () => {
    const assets = new Map(csv(path.join(DATA, 'kenya/ke_household_assets.csv')).map((r) => [r.geo_id!, r.hh_pct_internet!]));
    for (const d of districts) expect(d.hh_internet).toBe(String(Number(assets.get(d.district_id!))));
  });

  test('school counts per county equal a turf point-in-polygon count, and every school is accounted for', () => {
    const counties = JSON.parse(readFileSync(path.join(DATA, 'kenya/ke_counties.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    const schools = csv(path.join(DATA, 'kenya/ke_schools_moe.csv'));
    const expected = new Map<string, number>();
    let outside = 0;
    for (const s of schools) {
      const pt: [number, number] = [Number(s.lon), Number(s.lat)];
      const hit = counties.features.find((f: Feature<Polygon | MultiPolygon>) => booleanPointInPolygon(pt, f));
      if (hit) expected.set(String(hit.properties!.geo_id), (expected.get(String(hit.properties!.geo_id)) ?? 0) + 1);
      else outside++;
    }
    for (const d of districts) expect(Number(d['points.schools.count']), d.district_name).toBe(expected.get(d.district_id!) ?? 0);
    const r = report.points.find((p) => p.name === 'schools')!;
    expect(r.outside_every_district).toBe(outside);
    expect(r.located + r.outside_every_district + r.missing_coordinates).toBe(schools.length);
  }, 120_000);

  test('inequality.csv: population-weighted Gini, Theil and Palma equal the naive formulas', () => {
    const row = inequality.find((r) => r.indicator === 'internet_use.total')!;
    const x = districts.map((d) => Number(d['internet_use.total']));
    const w = districts.map((d) => Number(byId.get(d.district_id!)!.pop3plus_total));
    expect(row.weighting).toBe('population');
    expect(Number(row.n_districts)).toBe(47);
    expect(Number(row.gini)).toBeCloseTo(naiveGini(x, w), 10);
    expect(Number(row.theil)).toBeCloseTo(naiveTheil(x, w), 10);
    expect(Number(row.palma)).toBeCloseTo(slicedPalma(x, w), 4);
  });

  test('a gap that can be negative gets no Gini/Theil/Palma only when a value is negative', () => {
    const gap = inequality.find((r) => r.indicator === 'internet_use.gap.male-female')!;
    const values = districts.map((d) => Number(d['internet_use.gap.male-female']));
    expect(gap.gini === '').toBe(values.some((v) => v < 0));
  });

  test('the inclusion index is the weighted mean of min-max scores: (2·adoption + 1·equity) / 3', () => {
    const minmax = (col: string) => {
      const v = districts.map((d) => Number(d[col]));
      const lo = Math.min(...v);
      const hi = Math.max(...v);
      return v.map((x) => (x - lo) / (hi - lo));
    };
    const use = minmax('internet_use.total');
    const hh = minmax('hh_internet');
    const parity = minmax('internet_use.parity.female/male');
    districts.forEach((d, i) => {
      const adoption = (use[i]! + hh[i]!) / 2;
      expect(Number(d['inclusion_index.adoption'])).toBeCloseTo(adoption, 9);
      expect(Number(d.inclusion_index)).toBeCloseTo((2 * adoption + parity[i]!) / 3, 9);
    });
  });

  test('report.json counts every file row', () => {
    expect(report.files.map((f) => [f.file, f.rows_read])).toEqual([
      ['ke_counties.geojson', 47], ['ke_ict_by_sex.csv', 395], ['ke_household_assets.csv', 395], ['ke_population_households.csv', 392],
      ['ke_schools_moe.csv', 37930], ['ke_health_facilities_kmhfl.csv', 12379],
    ]);
  });
});
