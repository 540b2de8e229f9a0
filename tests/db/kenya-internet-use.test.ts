// The bundled Kenya project, run on DuckDB-WASM in Node against the real census CSVs.
// Expected values are recomputed here independently with papaparse, not through DuckDB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Project } from '../../src/core/project/types.ts';
import type { Db } from '../../src/db/db.ts';
import { openNodeDb } from '../../src/db/node-db.ts';
import { inProcessCompute } from '../../src/compute/in-process.ts';
import { diskFiles } from '../../src/engine/node-files.ts';
import { openProject, type OpenedProject } from '../../src/engine/open-project.ts';
import { runIndicators, type RateIndicatorResult, type ValueIndicatorResult } from '../../src/engine/run-indicators.ts';
import { DATA, EXAMPLES } from '../helpers/paths.ts';

type CensusRow = Record<string, string>;
const census = Papa.parse<CensusRow>(readFileSync(path.join(DATA, 'kenya/ke_ict_by_sex.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const counties = census.filter((r) => r.admin_level === 'county');

let db: Db;
let opened: OpenedProject;
let internet: RateIndicatorResult;
let households: ValueIndicatorResult;

beforeAll(async () => {
  db = await openNodeDb();
  const project = JSON.parse(readFileSync(path.join(EXAMPLES, 'kenya.lastmile.json'), 'utf8')) as Project;
  opened = await openProject(db, project, diskFiles(EXAMPLES));
  const results = await runIndicators(db, project, inProcessCompute);
  internet = results.find((r) => r.id === 'internet_use') as RateIndicatorResult;
  households = results.find((r) => r.id === 'hh_internet') as ValueIndicatorResult;
});
afterAll(() => db.close());

describe('Kenya 2019 census in DuckDB', () => {
  test('all 47 counties are loaded, in boundary order', () => {
    expect(opened.districts.ids).toHaveLength(47);
    expect(opened.districts.issues).toEqual([]);
  });

  test('tables are read whole: 395 ICT rows, 37,930 schools, 12,379 health facilities', () => {
    const rows = Object.fromEntries(opened.tables.map((t) => [t.table, t.rows]));
    expect(rows).toMatchObject({ ict: 395, schools: 37930, health: 12379 });
  });

  test('every county matches exactly one census row', () => {
    expect(internet.matchedRows).toEqual(new Array(47).fill(1));
  });

  test('Nairobi internet use equals the counts recomputed from the CSV', () => {
    const i = opened.districts.ids.indexOf('KE-47');
    const row = counties.find((r) => r.geo_id === 'KE-47')!;
    const share = (num: string, den: string) => (100 * Number(row[num])) / Number(row[den]);
    const rate = (g: string) => internet.groups.find((x) => x.group === g)!.rate[i]!;
    expect(rate('total')).toBeCloseTo(share('internet_user_total', 'pop3plus_total'), 10);
    expect(rate('female')).toBeCloseTo(share('internet_user_female', 'pop3plus_female'), 10);
    expect(rate('male')).toBeCloseTo(share('internet_user_male', 'pop3plus_male'), 10);
    // Hand-checked: 2,100,763 / 4,010,447 = 52.382 %.
    expect(rate('total')).toBeCloseTo(52.38227, 4);
    expect(internet.gaps[0]!.gapPoints[i]).toBeCloseTo(rate('male') - rate('female'), 10);
  });

  test('each county rate rounds to the percentage KNBS published (±0.05 rounding, ±0.1 for their own rounding)', () => {
    for (const [i, id] of opened.districts.ids.entries()) {
      const row = counties.find((r) => r.geo_id === id)!;
      for (const g of ['total', 'female', 'male']) {
        const ours = internet.groups.find((x) => x.group === g)!.rate[i]!;
        expect(Math.abs(ours - Number(row[`internet_user_pct_${g}`])), `${id} ${g}`).toBeLessThanOrEqual(0.1);
      }
    }
  });

  test('a value indicator is the published figure unchanged', () => {
    const i = opened.districts.ids.indexOf('KE-47');
    // ke_household_assets.csv, KE-47 row, hh_pct_internet.
    const assets = Papa.parse<CensusRow>(readFileSync(path.join(DATA, 'kenya/ke_household_assets.csv'), 'utf8'), { header: true }).data;
    expect(households.values[i]).toBe(Number(assets.find((r) => r.geo_id === 'KE-47')!.hh_pct_internet));
  });
});
