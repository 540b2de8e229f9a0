// The exact solver (HiGHS, real) against an independent brute force on seeded small
// instances, hand-worked cases, the LP bound, and the shortfall minima.
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import { relaxationBound, shortfallMinimum, solveExact } from '../../../src/core/siting/exact-solve.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { bruteForce, figures, makeInstance, randomSpec } from './exact-oracle.ts';

let lp: LpSolver;
beforeAll(async () => {
  lp = await highsSolver();
});

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);

describe('solveExact', () => {
  test('hand-worked: budget 4 buys site 1 (covers 3 + 5) over site 0 (3 only)', async () => {
    // Site 0 costs 2 and reaches point 0 (3); site 1 costs 3 and reaches points 0 and 1 (8).
    // Both together cost 5 > 4, so the optimum is site 1 alone: 8.
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [0, 1]], cost: [2, 3], budget: 4 });
    const out = await solveExact(inst, lp, { timeLimitS: 5 });
    expect(out.status).toBe('optimal');
    expect(out.choice?.sites).toEqual(Int32Array.of(1));
    expect(out.objective).toBeCloseTo(8, 9);
  });

  test('hand-worked maximin: equal smallest shares, the tie broken by coverage', async () => {
    // District 0 = points 0, 1 (weights 2, 2); district 1 = points 2, 3 (4, 4); one site.
    // Site 0 reaches points 0, 2: shares ½, ½ → min ½, covered 6. Site 1 reaches 1, 2, 3:
    // shares ½, 1 → min ½, covered 10. Site 2 reaches point 1 only: min 0. Tie at ½ → site 1.
    const inst = makeInstance({ weights: [2, 2, 4, 4], districts: [0, 0, 1, 1], nDistricts: 2, cover: [[0, 2], [1, 2, 3], [1]], maxSites: 1, objective: 'maximin' });
    const out = await solveExact(inst, lp, { timeLimitS: 5 });
    expect(out.choice?.sites).toEqual(Int32Array.of(1));
    expect(figures(inst, [1], null)).toMatchObject({ minShare: 0.5, covered: 10 });
  });

  test('matches the brute-force optimum on 250 seeded instances (budgets, existing, capacity, floors, maximin)', async () => {
    let infeasible = 0;
    let withCapacity = 0;
    for (const seed of SEEDS) {
      const inst = makeInstance(randomSpec(seed));
      const best = bruteForce(inst);
      const out = await solveExact(inst, lp, { timeLimitS: 5 });
      if (best === null) {
        infeasible++;
        expect(out.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      if (inst.capacity) withCapacity++;
      expect(out.status, `seed ${seed}`).toBe('optimal');
      const got = figures(inst, [...out.choice!.sites], out.choice!.assignment);
      expect(got.feasible, `seed ${seed}`).toBe(true);
      expect(got.covered, `seed ${seed}`).toBeCloseTo(best.covered, 9);
      expect(got.minShare, `seed ${seed}`).toBeCloseTo(best.minShare, 9);
    }
    // The generator must exercise both outcomes and capacity, or this test proves little.
    expect(infeasible).toBeGreaterThan(10);
    expect(withCapacity).toBeGreaterThan(20);
  });

  test('the LP and MIP bounds are never below the brute-force optimum', async () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const inst = makeInstance(randomSpec(seed));
      const best = bruteForce(inst);
      if (best === null) continue;
      const optimum = inst.objective === 'maximin' ? best.minShare : best.covered;
      const lpBound = await relaxationBound(inst, lp, 5);
      const mip = await solveExact(inst, lp, { timeLimitS: 5 });
      if (lpBound !== null) expect(lpBound, `seed ${seed}`).toBeGreaterThanOrEqual(optimum);
      if (mip.bound !== null) expect(mip.bound, `seed ${seed}`).toBeGreaterThanOrEqual(optimum);
      if (lpBound !== null) checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('warm start', () => {
  test('a start on a candidate presolve drops (an identical twin) is moved to the twin it kept', async () => {
    // Candidates 0 and 1 both reach points 0 and 1 at cost 2: presolve keeps one. Candidate 2
    // reaches point 2. The start chooses 1 and 2, which must arrive as two chosen x.
    const inst = makeInstance({ weights: [3, 5, 4], cover: [[0, 1], [0, 1], [2]], cost: [2, 2, 1], budget: 3 });
    const starts: Record<string, number>[] = [];
    const recording: LpSolver = {
      solve: (text, o) => {
        if (o.start) starts.push({ ...o.start });
        return lp.solve(text, o);
      },
    };
    const out = await solveExact(inst, recording, { timeLimitS: 5, start: { sites: Int32Array.of(1, 2), assignment: null } });
    expect(Object.values(starts[0]!).filter((v) => v === 1)).toHaveLength(2);
    expect(out.objective).toBe(12);
  });
});

describe('shortfallMinimum', () => {
  test('hand-worked: a 60 % floor needs site 1 (cost 3), not the cheap site 0 (cost 1, 3/8)', async () => {
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [1], [0, 1]], cost: [1, 3, 5], budget: 1, floors: { district: 0.6 } });
    expect(await shortfallMinimum(inst, lp, 'min-cost', 5)).toEqual({ value: 3, proven: true });
    expect(await shortfallMinimum(inst, lp, 'min-sites', 5)).toEqual({ value: 1, proven: true });
  });

  test('equals the brute-force least cost keeping every floor, limits lifted', async () => {
    let compared = 0;
    for (const seed of SEEDS) {
      const spec = randomSpec(seed);
      const lifted = makeInstance({ ...spec, budget: Infinity, maxSites: Infinity });
      const inst = makeInstance(spec);
      const m = inst.candidateCost.length;
      let least: number | null = null;
      let fewest: number | null = null;
      for (let mask = 0; mask < 1 << m; mask++) {
        const sites = Array.from({ length: m }, (_, j) => j).filter((j) => mask & (1 << j));
        if (inst.capacity !== null) continue;
        const f = figures(lifted, sites, null);
        if (!f.feasible) continue;
        least = Math.min(least ?? Infinity, f.cost);
        fewest = Math.min(fewest ?? Infinity, sites.length);
      }
      if (inst.capacity !== null) continue;
      expect((await shortfallMinimum(inst, lp, 'min-cost', 5)).value, `seed ${seed}`).toBe(least);
      expect((await shortfallMinimum(inst, lp, 'min-sites', 5)).value, `seed ${seed}`).toBe(fewest);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
