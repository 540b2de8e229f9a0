// The phased exact model (HiGHS, real) against enumeration of every assignment of sites to
// years on seeded small instances: same weight-years, same verdict on feasibility, a bound
// never below the optimum; and with a stub solver, the paths HiGHS rarely takes.
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { checkPhasedPlan, evaluatePhases } from '../../../src/core/siting/phases-evaluate.ts';
import { phasedRelaxationBound, solvePhasedExact } from '../../../src/core/siting/phases-exact.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import { phasedExhaustivePlan } from '../../../src/core/siting/phases-exhaustive.ts';
import { buildPhasedModel } from '../../../src/core/siting/phases-model.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import { phased, randomPhased } from './phases-instances.ts';

let highs: LpSolver;
beforeAll(async () => {
  highs = await highsSolver();
});

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);
// Under load (2 shared cores) a loop of HiGHS solves may take seconds.
const SLOW = 60_000;

describe('solvePhasedExact', () => {
  test('the model: monotone years, yearly spending, floors per year (row names)', () => {
    const inst = phased({ weights: [3, 5], cover: [[0], [1]], cost: [1, 2], budget: 3 }, [1, 2], [{ district: 0.5 }, {}]);
    const model = buildPhasedModel(inst);
    expect(model.text).toContain(' m0_0: x0_0 - x0_1 <= 0');
    // Costs scaled by 2 (the largest power of two ≤ the largest cost): year 1 pays for x_1 − x_0.
    expect(model.text).toContain(' b1: 0.5 x0_1 - 0.5 x0_0 + x1_1 - x1_0 <= 1');
    expect(model.text).toContain(' f0_0: 0.375 y0_0 + 0.625 y1_0 >= 0.5');
    expect(model.text).not.toContain('f0_1');
    expect(model.offset).toBe(0);
  });

  test('equals the exhaustive optimum on 120 seeded instances (yearly budgets, rising floors, locks, existing)', async () => {
    let infeasible = 0;
    let withFloors = 0;
    let bounded = 0;
    for (const seed of SEEDS) {
      const inst = randomPhased(seed);
      const truth = phasedExhaustivePlan(inst);
      const out = await solvePhasedExact(inst, highs, { timeLimitS: 10 });
      if (truth.status === 'infeasible') {
        infeasible++;
        expect(out.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      if (inst.phases!.floors) withFloors++;
      expect(out.status, `seed ${seed}`).toBe('optimal');
      expect(checkPhasedPlan(inst, out.choice!.sites, out.choice!.year).violations, `seed ${seed}`).toEqual([]);
      const got = evaluatePhases(inst, out.choice!.sites, out.choice!.year).weightYears;
      expect(got, `seed ${seed}`).toBeCloseTo(truth.figures!.weightYears, 9);
      // No bound only when nothing is left to decide (no candidate reaches anyone uncovered).
      if (out.bound === null) expect(buildPhasedModel(inst).trivial, `seed ${seed}`).toBe(true);
      else {
        bounded++;
        expect(out.bound, `seed ${seed}`).toBeGreaterThanOrEqual(truth.figures!.weightYears - 1e-9);
      }
      const lpBound = await phasedRelaxationBound(inst, highs, 10);
      if (lpBound !== null) expect(lpBound, `seed ${seed}`).toBeGreaterThanOrEqual(truth.figures!.weightYears - 1e-9);
    }
    // The generator must exercise both outcomes and yearly floors, or this proves little.
    expect(infeasible).toBeGreaterThan(5);
    expect(withFloors).toBeGreaterThan(20);
    expect(bounded).toBeGreaterThan(60);
  }, SLOW);

  test('solvePlan exact: status, bound = weight-years, the verdict of enumeration', async () => {
    for (const seed of SEEDS.slice(0, 40)) {
      const inst = randomPhased(seed);
      const truth = phasedExhaustivePlan(inst);
      const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 10 }, highs);
      if (truth.status === 'infeasible') {
        expect(plan.status, `seed ${seed}`).toBe('infeasible');
        continue;
      }
      expect(plan.status, `seed ${seed}`).toBe('optimal');
      expect(plan.bound!, `seed ${seed}`).toBeCloseTo(truth.figures!.weightYears, 9);
      expect(plan.year!.length).toBe(plan.sites.length);
    }
  }, SLOW);
});

test('one year with the overall budget is the ordinary problem: the same optimum as exhaustive.ts', () => {
  // A second, independent oracle: exhaustivePlan enumerates subsets with its own code; with one
  // year, weight-years are the covered weight.
  let compared = 0;
  for (const seed of SEEDS.slice(0, 60)) {
    const inst = randomPhased(seed);
    const single = { ...inst, phases: { budgets: Float64Array.of(inst.budget) } };
    const subsets = exhaustivePlan({ ...inst, phases: undefined });
    const years = phasedExhaustivePlan(single);
    expect(years.status, `seed ${seed}`).toBe(subsets.status);
    if (subsets.status !== 'optimal') continue;
    compared++;
    expect(years.figures!.weightYears, `seed ${seed}`).toBeCloseTo(subsets.figures!.coveredWeight, 9);
  }
  expect(compared).toBeGreaterThan(40);
});

describe('solvePlan on phased instances with stub solvers', () => {
  const inst = phased({ weights: [3, 5], cover: [[0], [1]], cost: [1, 1] }, [1, 1]);

  test('a time-limited MIP with a bound: status time-limit and the gap on weight-years', async () => {
    // The heuristic's roll-out is worth 13; the stub bounds the MIP at 16 (4 × weight scale 4).
    const stub: LpSolver = { solve: () => ({ status: 'time-limit', objective: null, values: null, bound: 4, tolerance: 0 }) };
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, stub);
    expect(plan.status).toBe('time-limit');
    expect(plan.bound).toBeCloseTo(16, 6);
    expect(plan.gap).toBeCloseTo(3 / 16, 6);
  });

  test('a solver claiming a roll-out over a year\'s budget is a bug: solvePlan throws', async () => {
    const liar: LpSolver = { solve: () => ({ status: 'optimal', objective: 4, values: { x0_0: 1, x0_1: 1, x1_0: 1, x1_1: 1 }, bound: 4, tolerance: 0 }) };
    await expect(solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, liar)).rejects.toThrow(/breaks its own constraints: Year 1 costs 2/);
  });

  test('without a solver: the heuristic roll-out, no bound, and the exact choice says so', async () => {
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, null);
    expect(plan).toMatchObject({ status: 'heuristic', solver: 'heuristic', bound: null, gap: null });
    expect(plan.messages).toContain('The exact solver is not available here; the roll-out is the heuristic one.');
  });
});
