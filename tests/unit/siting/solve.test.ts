// solvePlan end to end with HiGHS: against the exhaustive optimum (siting-core) on seeded
// instances, infeasible scenarios and their shortfall, and with stub solvers for the paths
// HiGHS rarely takes (time limit, a solver that lies).
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import { evaluatePlan } from '../../../src/core/siting/evaluate.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import type { SolveProgress } from '../../../src/core/siting/types.ts';
import { makeInstance, randomSpec } from './exact-oracle.ts';

let highs: LpSolver;
beforeAll(async () => {
  highs = await highsSolver();
});

const SEEDS = Array.from({ length: 100 }, (_, i) => 1000 + i);
// Under load (2 shared cores) a loop of HiGHS solves may take seconds.
const SLOW = 30_000;

describe('solvePlan', () => {
  test("auto on a model too large for its time limit: the heuristic's plan with the LP bound", async () => {
    // 600 points × 200 candidates, each point reached by ~6: about 3,600 coverage pairs, over
    // AUTO_PAIRS_PER_SECOND × 5 s = 2,500, so auto skips the MIP.
    const rnd = mulberry32(7);
    const cover = Array.from({ length: 200 }, () => Array.from({ length: 600 }, (_, i) => i).filter(() => rnd() < 0.03));
    const inst = makeInstance({ weights: Array.from({ length: 600 }, () => 1 + Math.floor(rnd() * 100)), cover, cost: cover.map(() => 1 + Math.floor(rnd() * 3)), budget: 20 });
    const calls: string[] = [];
    const spy: LpSolver = { solve: (text, o) => (calls.push(text.includes('Binary') ? 'mip' : 'lp'), highs.solve(text, o)) };
    const plan = await solvePlan(inst, { solver: 'auto', timeLimitS: 5 }, spy);
    expect(calls).toEqual(['lp']);
    expect(plan.status).toBe('heuristic');
    expect(plan.bound).toBeGreaterThanOrEqual(evaluatePlan(inst, plan.sites, null).objective);
    expect(plan.messages.at(-1)).toMatch(/^Plan found by the heuristic; the plan is within \d+\.\d % of the best possible\.$/);
  }, SLOW);

  test('exact matches exhaustivePlan on 100 seeded instances: objective, status, bound ≥ optimum, shortfall minima and floors', async () => {
    let infeasible = 0;
    let floorsCompared = 0;
    for (const seed of SEEDS) {
      const inst = makeInstance(randomSpec(seed));
      const truth = exhaustivePlan(inst);
      const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 10 }, highs);
      if (truth.status === 'infeasible') {
        infeasible++;
        expect(plan.status, `seed ${seed}`).toBe('infeasible');
        expect(plan.shortfall, `seed ${seed}`).toMatchObject({ budgetNeeded: truth.shortfall!.budgetNeeded, sitesNeeded: truth.shortfall!.sitesNeeded, proven: true });
        // The floors out of reach (each alone, within the limits), and the best share each reaches.
        const names = (fs: readonly { floor: string; district: number | null }[]) => fs.map((f) => `${f.floor}#${f.district}`).sort();
        expect(names(plan.shortfall!.floors), `seed ${seed}`).toEqual(names(truth.shortfall!.floors));
        const byName = new Map(truth.shortfall!.floors.map((f) => [`${f.floor}#${f.district}`, f.achieved]));
        for (const f of plan.shortfall!.floors) expect(f.achieved, `seed ${seed} ${f.floor}`).toBeCloseTo(byName.get(`${f.floor}#${f.district}`)!, 6);
        if (truth.shortfall!.floors.length > 0) floorsCompared++;
        continue;
      }
      const got = evaluatePlan(inst, plan.sites, plan.assignment);
      expect(plan.status, `seed ${seed}`).toBe('optimal');
      expect(got.objective, `seed ${seed}`).toBeCloseTo(truth.figures!.objective, 9);
      expect(got.coveredWeight, `seed ${seed}`).toBeCloseTo(truth.figures!.coveredWeight, 9);
      expect(plan.bound!, `seed ${seed}`).toBeGreaterThanOrEqual(truth.figures!.objective);
      expect(plan.gap!, `seed ${seed}`).toBeLessThan(1e-6);
    }
    expect(infeasible).toBeGreaterThan(5);
    expect(floorsCompared).toBeGreaterThan(2);
  }, SLOW);

  test('heuristic with the LP bound: the bound is never below the exhaustive optimum', async () => {
    let bounded = 0;
    for (const seed of SEEDS) {
      const inst = makeInstance(randomSpec(seed));
      const truth = exhaustivePlan(inst);
      const plan = await solvePlan(inst, { solver: 'heuristic', timeLimitS: 5 }, highs);
      if (truth.status === 'infeasible' || plan.status === 'infeasible') continue;
      // Where the heuristic misses a floor, the MIP settles feasibility (and then proves optimality).
      expect(['heuristic', 'optimal']).toContain(plan.status);
      if (plan.bound === null) continue;
      bounded++;
      expect(plan.bound, `seed ${seed}`).toBeGreaterThanOrEqual(truth.figures!.objective);
      expect(evaluatePlan(inst, plan.sites, plan.assignment).objective).toBeLessThanOrEqual(plan.bound);
    }
    expect(bounded).toBeGreaterThan(50);
  }, SLOW);

  test('hand-worked infeasible: a 60 % floor needs site 1 (cost 3) but the budget is 1', async () => {
    // Points 3 and 5; site 0 (cost 1) reaches 3/8 = 37.5 % < 60 %; site 1 (cost 3) reaches 5/8.
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [1]], cost: [1, 3], budget: 1, floors: { district: 0.6 } });
    const plan = await solvePlan(inst, { solver: 'auto', timeLimitS: 5 }, highs);
    expect(plan.status).toBe('infeasible');
    expect(plan.shortfall).toMatchObject({ budgetNeeded: 3, sitesNeeded: 1, proven: true });
    expect(plan.shortfall!.floors.map((f) => f.floor)).toEqual(['district']);
    // Said once, by name, with grouped amounts.
    const named = await solvePlan({ ...inst, districtNames: ['Kibera'], candidateCost: Float64Array.of(1000, 3000), budget: 1000 }, { solver: 'auto', timeLimitS: 5 }, highs);
    expect(named.messages.filter((m) => /floor/.test(m))).toEqual([
      '1 floor is not kept — Kibera (district floor): 37.5 % of 60.0 %. No plan within the limits keeps every floor: that needs a budget of at least 3,000 (now 1,000) and at least 1 site; proven minima.',
    ]);
  });

  test('an instance that breaks the contract is an error naming every problem', async () => {
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [1]], cost: [1, 3], budget: 1 });
    await expect(solvePlan({ ...inst, locked: Int32Array.of(1), forbidden: Int32Array.of(1) }, { solver: 'heuristic', timeLimitS: 1 }, null)).rejects.toThrow(
      'The siting instance is not valid: Candidate 1 is both locked and forbidden.',
    );
  });

  test('progress reports phases in order and ends with the returned plan', async () => {
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [0, 1]], cost: [2, 3], budget: 4 });
    const seen: SolveProgress[] = [];
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 5 }, highs, { progress: (p) => seen.push(p) });
    expect(seen[0]!.phase).toBe('presolve');
    expect(seen.some((p) => p.phase === 'bound' && p.bound !== null)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', objective: 8 });
    expect(seen.at(-1)!.sites).toEqual(plan.sites);
  });
});

describe('solvePlan with stub solvers', () => {
  const inst = makeInstance({ weights: [3, 5], cover: [[0], [0, 1]], cost: [2, 3], budget: 4 });

  test('each plan the MIP improves to is sent as progress, in original candidate indices', async () => {
    // The stub's MIP "finds" x1 = 1 (site 1 alone, covering 8) and then runs out of time.
    const stub: LpSolver = {
      solve: (text, o) => {
        if (text.includes('Binary')) o.onImprove?.(2, { x0: 0, x1: 1, y0: 1, y1: 1 });
        return { status: 'time-limit', objective: null, values: null, bound: null, tolerance: 0 };
      },
    };
    const seen: SolveProgress[] = [];
    await solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, stub, { progress: (p) => seen.push(p) });
    const improved = seen.filter((p) => p.phase === 'exact' && p.sites !== null && p.sites.length === 1);
    expect(improved.at(-1)).toMatchObject({ objective: 8 });
    expect(improved.at(-1)!.sites).toEqual(Int32Array.of(1));
  });

  test('a time-limited MIP with a bound: status time-limit, gap from the bound, the plan words it', async () => {
    // The stub proves nothing but bounds the objective at 10; the heuristic finds 8 → gap 20 %.
    const stub: LpSolver = { solve: (_text, _o) => ({ status: 'time-limit', objective: null, values: null, bound: 2.5, tolerance: 0 }) };
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, stub);
    expect(plan.status).toBe('time-limit');
    expect(plan.bound).toBeCloseTo(10, 6); // 2.5 × weight scale 4 (power of two ≤ 5), padded by 1e-9 relative
    expect(plan.gap).toBeCloseTo(0.2, 6);
    expect(plan.messages.at(-1)).toBe('Stopped at the 3.0 s limit; the plan is within 20.0 % of the best possible.');
  });

  test('a solver claiming a plan that breaks the budget is a bug: solvePlan throws', async () => {
    const liar: LpSolver = { solve: () => ({ status: 'optimal', objective: 2, values: { x0: 1, x1: 1 }, bound: 2, tolerance: 0 }) };
    await expect(solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, liar)).rejects.toThrow(/breaks its own constraints.*over the budget/);
  });

  test('without a solver: the heuristic plan, no bound, and the exact choice says so', async () => {
    const plan = await solvePlan(inst, { solver: 'exact', timeLimitS: 3 }, null);
    expect(plan).toMatchObject({ status: 'heuristic', solver: 'heuristic', bound: null, gap: null });
    expect(plan.sites).toEqual(Int32Array.of(1));
    expect(plan.messages).toContain('The exact solver is not available here; the plan is the heuristic one.');
  });
});
