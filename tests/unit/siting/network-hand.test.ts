// Community networks worked by hand: each case is solved by the heuristic, by exhaustive search
// and by solvePlan with HiGHS ('exact'), and all must find the plan the comment works out.
import { beforeAll, describe, expect, test } from 'vitest';
import { highsSolver } from '../../../src/compute/highs.ts';
import { checkPlan, evaluatePlan } from '../../../src/core/siting/evaluate.ts';
import { exhaustivePlan } from '../../../src/core/siting/exhaustive.ts';
import type { LpSolver } from '../../../src/core/siting/lp-solver.ts';
import { networkHeuristicPlan } from '../../../src/core/siting/network-heuristic.ts';
import { solvePlan } from '../../../src/core/siting/solve.ts';
import type { SitingInstance } from '../../../src/core/siting/types.ts';
import { makeInstance } from './exact-oracle.ts';
import { withLinks } from './network-instances.ts';

let lp: LpSolver;
beforeAll(async () => {
  lp = await highsSolver();
});

/** The plan every solver finds: sites, covered weight; the exact plan's links are checked too. */
async function allSolvers(instance: SitingInstance, sites: number[], covered: number) {
  const exhaustive = exhaustivePlan(instance);
  expect([...exhaustive.sites], 'exhaustive').toEqual(sites);
  expect(exhaustive.figures!.coveredWeight).toBe(covered);
  const heuristic = await networkHeuristicPlan(instance, {}, { seed: 1 });
  expect([...heuristic.sites], 'heuristic').toEqual(sites);
  const exact = await solvePlan(instance, { solver: 'exact', timeLimitS: 10 }, lp);
  expect([...exact.sites], 'exact').toEqual(sites);
  expect(exact.status).toBe('optimal');
  expect(checkPlan(instance, exact.sites, exact.assignment, exact.links).violations).toEqual([]);
  return exact;
}

// Relays: backhaul point 0; A (0) covers p0 = 5, D (1) covers p1 = 4, both linked to backhaul;
// relay R (2) covers nobody and links to backhaul; C (3) covers p2 = w and links to R only.
// Sites cost 1 (R costs `relay`), links are free, budget 2.
function relayCase(w: number, relay: number): SitingInstance {
  const base = makeInstance({ weights: [5, 4, w], cover: [[0], [1], [], [2]], cost: [1, 1, relay, 1], budget: 2 });
  return withLinks(base, { links: [[2, 3, 800]], backhaul: [[0, 0, 500], [1, 0, 500], [2, 0, 500]] });
}

describe('community networks by hand', () => {
  test('a site out of link range of everything is never chosen, however much it covers', async () => {
    // c0 covers p0 (1) and links to backhaul; c1 covers p1 (100) and has no link at all. No budget.
    const instance = withLinks(makeInstance({ weights: [1, 100], cover: [[0], [1]] }), { backhaul: [[0, 0, 300]] });
    await allSolvers(instance, [0], 1);
    expect(checkPlan(instance, Int32Array.of(0, 1), null).violations.join(' ')).toMatch(/candidate 1 is not linked to backhaul/);
  }, 30_000);

  test('the relay is chosen when the site behind it is worth more than the two direct sites (10 > 5 + 4)', async () => {
    const exact = await allSolvers(relayCase(10, 1), [2, 3], 10);
    // C links through R: R's parent is backhaul point 0 (−1 − 0), C's is R, two hops.
    expect([...exact.links!.parent]).toEqual([-1, 2]);
    expect([...exact.links!.hops]).toEqual([1, 2]);
    expect([...exact.links!.length]).toEqual([500, 800]);
  }, 30_000);

  test('the relay is not chosen when the site behind it is worth less (8 < 5 + 4)', async () => {
    await allSolvers(relayCase(8, 1), [0, 1], 9);
  }, 30_000);

  test('the relay is not chosen when it costs too much (R costs 2: R + C = 3 > budget 2)', async () => {
    await allSolvers(relayCase(10, 2), [0, 1], 9);
  }, 30_000);

  test('link cost counts in the budget', async () => {
    // A (0) covers 10, B (1) covers 6, each costs 1; A–backhaul 2 km, B–backhaul 0.5 km, A–B 0.3 km,
    // 1 per km. A alone: 1 + 2 = 3; B alone: 1 + 0.5 = 1.5; both: 2 + 0.5 + 0.3 = 2.8 (A via B).
    const at = (budget: number) =>
      withLinks(makeInstance({ weights: [10, 6], cover: [[0], [1]], cost: [1, 1], budget }), { links: [[0, 1, 300]], backhaul: [[0, 0, 2000], [1, 0, 500]], linkM: 2000, perKm: 1 });
    await allSolvers(at(2.6), [1], 6);
    expect(evaluatePlan(at(2.6), Int32Array.of(1), null).cost).toBeCloseTo(1.5, 12);
    expect(checkPlan(at(2.6), Int32Array.of(0), null).violations).toEqual(['The plan costs 3 with its links, over the budget of 2.6.']);
    const both = await allSolvers(at(2.9), [0, 1], 16);
    expect([...both.links!.parent]).toEqual([1, -1]);
    expect([...both.links!.hops]).toEqual([2, 1]);
    expect(evaluatePlan(at(2.9), both.sites, null).cost).toBeCloseTo(2.8, 12);
  }, 30_000);

  test('a locked site out of reach of backhaul makes the scenario infeasible, and is named', async () => {
    const instance = withLinks(makeInstance({ weights: [1, 5], cover: [[0], [1]], locked: [1] }), { backhaul: [[0, 0, 300]] });
    const plan = await solvePlan(instance, { solver: 'exact', timeLimitS: 10 }, lp);
    expect(plan.status).toBe('infeasible');
    expect(plan.messages[0]).toBe('Locked candidate 1 cannot link to backhaul: no chain of candidate sites, each link at most 1,000 m, reaches it.');
    expect(exhaustivePlan(instance).status).toBe('infeasible');
  }, 30_000);

  test('without HiGHS the heuristic plan comes with its links and a plain note', async () => {
    const plan = await solvePlan(relayCase(11, 1), { solver: 'auto', timeLimitS: 5 }, null);
    // R + C = 11 > A + D = 9 and beats it per cost (5.5 > 5): the greedy chain takes it.
    expect([...plan.sites]).toEqual([2, 3]);
    expect(plan.status).toBe('heuristic');
    expect([...plan.links!.parent]).toEqual([-1, 2]);
    expect(plan.messages).toContain('The exact solver is not available here; the network plan is the heuristic one.');
  });
});
