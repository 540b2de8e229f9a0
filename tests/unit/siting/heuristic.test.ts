import { expect, test } from 'vitest';
import { heuristicPlan } from '../../../src/core/siting/heuristic.ts';
import type { SolveProgress } from '../../../src/core/siting/types.ts';
import { randomInstance } from './instances.ts';

test('same seed, same plan; the input instance is not mutated', async () => {
  const instance = randomInstance(42, { nDemand: 60, nCandidates: 30, floors: true });
  const copy = structuredClone(instance);
  const a = await heuristicPlan(instance, {}, { seed: 7 });
  const b = await heuristicPlan(instance, {}, { seed: 7 });
  expect(Array.from(a.sites)).toEqual(Array.from(b.sites));
  expect(instance).toEqual(copy);
});

test('progress reports phases ending with done and the final sites; checkpoint is awaited and its error cancels', async () => {
  const instance = randomInstance(5, { nDemand: 400, nCandidates: 120 });
  const phases: SolveProgress[] = [];
  const plan = await heuristicPlan(instance, { progress: (p) => phases.push(p) });
  expect(phases.at(-1)!.phase).toBe('done');
  expect(Array.from(phases.at(-1)!.sites!)).toEqual(Array.from(plan.sites));
  expect(phases.every((p) => p.bound === null && p.sites !== null)).toBe(true);
  // A checkpoint that throws (the worker was cancelled) ends the solve with that error.
  let calls = 0;
  const cancel = async () => {
    calls++;
    throw new Error('cancelled');
  };
  await expect(heuristicPlan(instance, { checkpoint: cancel })).rejects.toThrow('cancelled');
  expect(calls).toBe(1);
  let waits = 0;
  await heuristicPlan(instance, { checkpoint: async () => void waits++ });
  expect(waits).toBeGreaterThanOrEqual(1);
});

test('ascending sites and no assignment without capacity; an assignment per point with capacity', async () => {
  const plain = await heuristicPlan(randomInstance(3, { nDemand: 50, nCandidates: 20 }));
  expect(Array.from(plain.sites)).toEqual(Array.from(plain.sites).sort((a, b) => a - b));
  expect(plain.assignment).toBeNull();
  const capacity = await heuristicPlan(randomInstance(3, { nDemand: 50, nCandidates: 20, capacity: true }));
  expect(capacity.assignment!.length).toBe(50);
});

test('a floor for a group the scenario does not define is reported, not ignored', async () => {
  const instance = { ...randomInstance(3, { nDemand: 30, nCandidates: 10 }), floors: { groups: { youth: 0.5 } } };
  const plan = await heuristicPlan(instance);
  expect(plan.messages.map((m) => m.text)).toContain('The floor for group "youth" cannot be kept: the scenario does not define that group.');
});
