// Margins of error propagated to rates and gaps, and Theil's between/within-region split,
// through the whole engine on a hand-made survey fixture (tests/fixtures/projects/survey).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/paths.ts';
import { naiveTheil } from '../helpers/independent.ts';
import { sink } from '../helpers/sink.ts';

type Row = Record<string, string>;
let districts: Row[];
let inequality: Row[];

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'lastmile-survey-'));
  const err = sink();
  expect(await main(['run', path.join(ROOT, 'tests/fixtures/projects/survey/survey.lastmile.json'), '--out', out, '-q'], sink(), err)).toBe(0);
  expect(err.text()).toBe('');
  const read = (f: string) => Papa.parse<Row>(readFileSync(path.join(out, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
  districts = read('districts.csv');
  inequality = read('inequality.csv');
}, 60_000);

test('margin columns follow their figures', () => {
  expect(Object.keys(districts[0]!)).toEqual([
    'district_id', 'district_name',
    'use.total', 'use.total.moe', 'use.female', 'use.female.moe', 'use.male', 'use.male.moe',
    'use.gap.male-female', 'use.gap.male-female.moe', 'use.parity.female/male',
  ]);
});

test('A: 300 ± 60 of 1,000 ± 100 → 30 % ± √(60² − 0.3²·100²)/1000 = ± 5.196 pp', () => {
  const a = districts.find((d) => d.district_id === 'A')!;
  expect(Number(a['use.total'])).toBe(30);
  expect(Number(a['use.total.moe'])).toBeCloseTo(5.19615, 4);
});

test('D: 200 ± 40 of 500 ± 50 → 40 % ± √(40² − 0.4²·50²)/500 = √1200/500 = ± 6.928 pp', () => {
  const d = districts.find((r) => r.district_id === 'D')!;
  expect(Number(d['use.total.moe'])).toBeCloseTo(6.92820, 4);
});

test('A gap: female 120 ± 40 of 500 ± 50 (24 % ± 7.632), male 180 ± 45 of 500 ± 50 (36 % ± 8.249) → 12 pp ± √(7.632² + 8.249²) = ± 11.238', () => {
  // female: √(40² − 0.24²·50²) = √(1600 − 144) = 38.158 → 7.6316 pp; male: √(45² − 0.36²·50²) = √(2025 − 324) = 41.243 → 8.2486 pp.
  const a = districts.find((d) => d.district_id === 'A')!;
  expect(Number(a['use.female.moe'])).toBeCloseTo(7.6316, 3);
  expect(Number(a['use.male.moe'])).toBeCloseTo(8.2486, 3);
  expect(Number(a['use.gap.male-female'])).toBeCloseTo(12, 9);
  expect(Number(a['use.gap.male-female.moe'])).toBeCloseTo(Math.hypot(7.6316, 8.2486), 3);
});

test('inequality has no rows for margins, and Theil splits into between + within regions', () => {
  expect(inequality.map((r) => r.indicator)).not.toContain('use.total.moe');
  const row = inequality.find((r) => r.indicator === 'use.total')!;
  // x = [30, 50, 10, 40] %, w = [1000, 900, 1000, 500]; regions North = {A, B}, South = {C, D}.
  const x = [30, 50, 10, 40];
  const w = [1000, 900, 1000, 500];
  expect(Number(row.theil)).toBeCloseTo(naiveTheil(x, w), 10);
  // Between: Theil of the regions' weighted means, each region weighted by its population.
  const mN = (30 * 1000 + 50 * 900) / 1900;
  const mS = (10 * 1000 + 40 * 500) / 1500;
  expect(Number(row.theil_between)).toBeCloseTo(naiveTheil([mN, mS], [1900, 1500]), 10);
  expect(Number(row.theil_between) + Number(row.theil_within)).toBeCloseTo(Number(row.theil), 10);
});
