import { describe, expect, test } from 'vitest';
import { compareOutcomes, comparedSites, districtShareGini } from '../../../src/state/scenario-compare.ts';
import { outcomeA, outcomeB } from './plan-fixture.ts';

describe('comparing the two hand-worked plans (plan-fixture.ts)', () => {
  test('Gini of district shares, weighted by demand', () => {
    // A: shares 1, 200/230, 0 with weights 150, 230, 8; Σw·x = 350.
    // Pairs: 150·230·(1 − 200/230) = 4,500; 150·8·1 = 1,200; 230·8·(200/230) = 1,600 → 7,300.
    // G = 2·7,300 / (2·388·350) = 7,300 / 135,800.
    expect(districtShareGini(outcomeA)).toBeCloseTo(7300 / 135800, 12);
    // B: shares 1/3, 1, 1; Σw·x = 288; pairs 150·230·⅔ + 150·8·⅔ = 23,800 → G = 23,800 / (388·288).
    expect(districtShareGini(outcomeB)).toBeCloseTo(23800 / (388 * 288), 12);
  });

  test('headline rows, with the better plan on each figure', () => {
    const rows = Object.fromEntries(compareOutcomes(outcomeA, outcomeB).rows.map((r) => [r.key, r]));
    expect(Object.keys(rows)).toEqual(['sites', 'cost', 'covered', 'newly', 'group:women', 'per-person', 'min-share', 'gini', 'gap']);
    expect(rows.sites).toMatchObject({ a: 2, b: 3, winner: null, differs: true });
    expect(rows.cost).toMatchObject({ a: 9000, b: 8000, winner: 'b' });
    expect(rows.newly).toMatchObject({ a: 300, b: 238, winner: 'a' });
    // Women newly covered: A 175 − 25 = 150, B 144 − 25 = 119.
    expect(rows['group:women']).toMatchObject({ a: 150, b: 119, winner: 'a' });
    expect(rows['per-person']).toMatchObject({ a: 30, b: 8000 / 238, winner: 'a' });
    expect(rows['min-share']).toMatchObject({ a: 0, b: 1 / 3, winner: 'b' });
    expect(rows.gini!.winner).toBe('a');
    expect(rows.gap).toMatchObject({ a: 0.003, b: 0, winner: 'b' });
  });

  test('a plan compared with itself differs nowhere', () => {
    const c = compareOutcomes(outcomeA, outcomeA);
    expect(c.rows.filter((r) => r.differs || r.winner !== null)).toEqual([]);
    expect(c.districts.some((d) => d.differs)).toBe(false);
    expect(c.sites.every((s) => s.in === 'both')).toBe(true);
  });

  test('districts before → after in each plan; East suppressed under 10 people', () => {
    const d = compareOutcomes(outcomeA, outcomeB, 10).districts;
    expect(d.map((r) => [r.name, r.beforeA, r.afterA, r.afterB, r.differs, r.suppressed])).toEqual([
      ['North', 50 / 150, 1, 50 / 150, true, false],
      ['South', 0, 200 / 230, 1, true, false],
      ['East', 0, 0, 1, true, true],
    ]);
  });

  test('sites in both, only A, only B', () => {
    expect(comparedSites(outcomeA, outcomeB).map((s) => [s.key, s.in])).toEqual([
      ['added:site_1', 'b'],
      ['health:7', 'b'],
      ['schools:1', 'a'],
      ['schools:2', 'both'],
    ]);
  });
});
