import { describe, expect, test } from 'vitest';
import { english } from '../../helpers/words.ts';
import { candidateInfo, demandCovered, floorStatus, districtRows, districtShares, siteRoles, siteRows, sortRows, targetLines } from '../../../src/state/plan-view.ts';
import { instance, outcomeA } from './plan-fixture.ts';

describe('plan views of the hand-worked plan (plan-fixture.ts)', () => {
  test('demand: d1 covered before, d0 and d2 newly, d3 and d4 not', () => {
    expect(Array.from(demandCovered(instance, Int32Array.from([0, 1])))).toEqual([2, 1, 2, 0, 0]);
    // With capacity the assignment decides: site 0 could cover d0 but the plan assigned only d2.
    expect(Array.from(demandCovered(instance, Int32Array.from([0, 1]), Int32Array.from([-1, -1, 1, -1, -1])))).toEqual([0, 1, 2, 0, 0]);
  });

  test('roles: locked and forbidden as set by the planner, chosen and rejected from the plan', () => {
    expect(siteRoles(outcomeA)).toEqual(['locked', 'chosen', 'forbidden', 'rejected']);
  });

  test('site rows carry cost, district and the weight each site newly covers', () => {
    expect(siteRows(outcomeA).map((r) => [r.key, r.layer, r.id, r.cost, r.district, r.newlyCovered, r.locked])).toEqual([
      ['schools:1', 'schools', '1', 5000, 'North', 100, true],
      ['schools:2', 'schools', '2', 4000, 'South', 200, false],
    ]);
  });

  test('a rejected candidate as a row newly covers nothing', () => {
    expect(candidateInfo(outcomeA, 3)).toMatchObject({ key: 'added:site_1', layer: 'added', id: 'site_1', cost: 1000, district: 'East', newlyCovered: 0, locked: false });
  });

  test('floors: one line per floor, kept only if kept in every scope, with the smallest share achieved', () => {
    // Women: 175 of 194 overall; per district 75/75, 100/115, 0/4.
    const checks = [
      { floor: 'district', district: 0, required: 0.3, achieved: 1, kept: true },
      { floor: 'district', district: 1, required: 0.3, achieved: 200 / 230, kept: true },
      { floor: 'district', district: 2, required: 0.3, achieved: 0, kept: false },
      { floor: 'group:women', district: null, required: 0.5, achieved: 175 / 194, kept: true },
      { floor: 'group:women@0', district: 0, required: 0.5, achieved: 1, kept: true },
      { floor: 'group:women@2', district: 2, required: 0.5, achieved: 0, kept: false },
    ];
    expect(floorStatus(checks)).toEqual([
      { floor: 'district', perDistrict: true, required: 0.3, achieved: 0, kept: false },
      { floor: 'women', perDistrict: true, required: 0.5, achieved: 0, kept: false },
    ]);
    expect(floorStatus(checks.slice(0, 4).filter((c) => c.kept))).toEqual([
      { floor: 'district', perDistrict: true, required: 0.3, achieved: 200 / 230, kept: true },
      { floor: 'women', perDistrict: false, required: 0.5, achieved: 175 / 194, kept: true },
    ]);
    expect(floorStatus([])).toEqual([]);
  });

  test('district rows: shares before and after; East (8 people) is suppressed under a threshold of 10', () => {
    const rows = districtRows(outcomeA, 10);
    expect(rows.map((r) => [r.name, r.shareBefore, r.shareAfter, r.suppressed])).toEqual([
      ['North', 50 / 150, 1, false],
      ['South', 0, 200 / 230, false],
      ['East', 0, 0, true],
    ]);
    expect(Array.from(districtShares(rows))).toEqual([1, 200 / 230, Number.NaN]);
  });

  test('sorting: numbers with missing last, ties by name, text by locale', () => {
    const rows = [{ n: 'b', v: 2 }, { n: 'a', v: Number.NaN }, { n: 'c', v: 2 }, { n: 'd', v: 5 }];
    expect(sortRows(rows, (r) => r.v, true, (r) => r.n).map((r) => r.n)).toEqual(['d', 'b', 'c', 'a']);
    expect(sortRows(rows, (r) => r.v, false, (r) => r.n).map((r) => r.n)).toEqual(['b', 'c', 'd', 'a']);
    expect(sortRows(rows, (r) => r.n, true, (r) => r.n).map((r) => r.n)).toEqual(['d', 'c', 'b', 'a']);
  });

  test('tooltip lines for a site, an existing site and a demand point', () => {
    expect(targetLines(outcomeA, { kind: 'candidate', index: 1 }, 'ward', english)).toEqual(['schools:2 (new site)', 'cost 4,000', 'ward South', 'newly covers 200']);
    expect(targetLines(outcomeA, { kind: 'candidate', index: 2 }, 'district', english)).toEqual(['health:7 (ruled out)', 'cost 3,000', 'district South', 'newly covers 0']);
    expect(targetLines(outcomeA, { kind: 'existing', index: 0 }, 'district', english)).toEqual(['hotspots:h1 (existing)', 'district North']);
    expect(targetLines(outcomeA, { kind: 'demand', index: 3 }, 'district', english)).toEqual(['weight 30', 'not covered']);
    expect(targetLines(outcomeA, null, 'district', english)).toEqual([]);
  });
});
