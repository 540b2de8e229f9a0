// After loading, the engine checks tables for what its indicators assume: counts are not
// negative, a part is not larger than its whole, values are numbers, districts are not
// repeated — and report.json names the line and column of each problem.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { projectTableChecks } from '../../src/engine/table-issues.ts';
import { ROOT } from '../helpers/paths.ts';
import { sink } from '../helpers/sink.ts';

const PROJECT = path.join(ROOT, 'tests/fixtures/projects/checks/checks.lastmile.json');

test('the checks follow from the indicators: counts, parts of wholes (and of the total group), numbers, unique districts', () => {
  const checks = projectTableChecks(JSON.parse(readFileSync(PROJECT, 'utf8'))).get('survey')!;
  expect(checks.unique).toEqual(['district']);
  expect(checks.counts).toEqual(['users_total', 'pop_total', 'users_female', 'pop_female']);
  expect(checks.parts).toEqual([['users_total', 'pop_total'], ['users_female', 'pop_female'], ['users_female', 'users_total'], ['pop_female', 'pop_total']]);
});

test('report.json lists each problem with its line and column', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'lastmile-checks-'));
  expect(await main(['run', PROJECT, '--out', out, '-q'], sink(), sink())).toBe(0);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  const issues = report.files[1].issues as { row: number; column: string; reason: string }[];
  const at = (row: number, column: string) => issues.filter((i) => i.row === row && i.column === column);
  expect(at(2, 'users_female').length).toBeGreaterThan(0); // 200 female users of 150 women
  expect(at(3, 'users_total').length).toBeGreaterThan(0); // −5
  expect(at(6, 'users_total').length).toBeGreaterThan(0); // "x"
  expect(issues.some((i) => i.column === 'district' && /C/.test(i.reason))).toBe(true); // C twice
  expect(issues.every((i) => typeof i.reason === 'string' && i.reason.length > 10)).toBe(true);
});
