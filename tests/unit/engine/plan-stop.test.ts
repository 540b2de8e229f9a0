// Stop and keep the best plan vs Cancel, on the tiny instance of plan-outputs.test.ts: a fake
// solver reports sites {s3, h1} as its best so far, then waits until it is aborted.
import { describe, expect, test } from 'vitest';
import { i32, tinyInputs } from './tiny-plan.ts';
import { CancelledError } from '../../../src/compute/protocol.ts';
import type { Plan, SitingInstance, SolveProgress } from '../../../src/core/siting/types.ts';
import { buildPlanInstance } from '../../../src/engine/plan-instance.ts';
import type { PlanSolver } from '../../../src/engine/run-plan.ts';
import { stoppable, stoppedPlan } from '../../../src/engine/plan-stop.ts';

const inputs = tinyInputs();
const { instance } = buildPlanInstance(inputs);
const settings = { solver: 'exact' as const, timeLimitS: 30 };

/** A solver that reports `best` (with bound 400) and then never finishes until aborted. */
function hangingSolver(best: SolveProgress): PlanSolver {
  return (_instance: SitingInstance, _s, options) =>
    new Promise<Plan>((_resolve, reject) => {
      options.onProgress?.(0, 1, 'swap', { phase: 'bound', objective: null, bound: 400, sites: null } satisfies SolveProgress);
      options.onProgress?.(0, 1, 'swap', best);
      options.signal?.addEventListener('abort', () => reject(new CancelledError()));
    });
}

describe('stoppable', () => {
  const best: SolveProgress = { phase: 'exact', objective: 305, bound: 400, sites: i32(2, 1) };

  test('stop keeps the best plan so far, recomputed: s3 and h1 cover p0..p3 = 305 of 305, gap to the bound 400', async () => {
    const stop = new AbortController();
    const planned = stoppable(hangingSolver(best), stop.signal)(instance, settings, {});
    stop.abort();
    const plan = await planned;
    expect(plan.status).toBe('cancelled');
    expect(Array.from(plan.sites)).toEqual([1, 2]);
    expect(plan.bound).toBe(400);
    // (400 − 305) / 400: all four points are covered (p0, p1 by the existing site), weight 305.
    expect(plan.gap).toBeCloseTo(95 / 400, 12);
    expect(plan.messages[0]).toMatch(/best plan it had found/);
  });

  test('cancel discards it: the solve rejects', async () => {
    const stop = new AbortController();
    const cancel = new AbortController();
    const planned = stoppable(hangingSolver(best), stop.signal)(instance, settings, { signal: cancel.signal });
    cancel.abort();
    await expect(planned).rejects.toThrow(CancelledError);
  });

  test('a stop before any plan was reported rejects too (nothing to keep)', async () => {
    const stop = new AbortController();
    const solver: PlanSolver = (_i, _s, options) => new Promise<Plan>((_r, reject) => options.signal?.addEventListener('abort', () => reject(new CancelledError())));
    const planned = stoppable(solver, stop.signal)(instance, settings, {});
    stop.abort();
    await expect(planned).rejects.toThrow(CancelledError);
  });

  test('a bound below what the kept plan reaches is not reported as a bound', () => {
    const plan = stoppedPlan(instance, best, 200, 1);
    expect(plan.bound).toBeNull();
    expect(plan.gap).toBeNull();
  });
});

describe('stoppedPlan keeps what the scenario needs', () => {
  test('a phased plan keeps each site’s year (reordered with its site) and is worth its weight-years', () => {
    const phased = buildPlanInstance(tinyInputs({ max_sites: undefined, phases: [{ year: 2027, budget: 600 }, { year: 2028, budget: 2000 }] })).instance;
    // h1 (index 2) in 2028, s3 (index 1) in 2027, reported in that order.
    const plan = stoppedPlan(phased, { phase: 'swap', objective: null, bound: 600, sites: i32(2, 1), year: i32(1, 0) }, 600, 1);
    expect(Array.from(plan.sites)).toEqual([1, 2]);
    expect(Array.from(plan.year!)).toEqual([0, 1]);
    // 230 by the end of 2027 (existing 180 + s3's 50), 305 by 2028: 535 weight-years.
    expect(plan.gap).toBeCloseTo((600 - 535) / 600, 12);
  });

  test('a community network keeps its links, rebuilt from the sites', () => {
    const mesh = buildPlanInstance({ ...tinyInputs({ network: { backhaul: { points: 'pops' }, link_m: 3000 } }), backhaul: [{ layer: 'pops', file: 'pops.csv', rows: i32(2), ids: ['pop'], lon: Float64Array.of(0.06), lat: Float64Array.of(0) }] }).instance;
    const plan = stoppedPlan(mesh, { phase: 'swap', objective: null, bound: null, sites: i32(1, 2) }, null, 1);
    // s3 links to the backhaul point (−1 − 0), h1 to s3.
    expect(Array.from(plan.links!.parent)).toEqual([-1, 1]);
    expect(Array.from(plan.links!.hops)).toEqual([1, 2]);
  });
});
