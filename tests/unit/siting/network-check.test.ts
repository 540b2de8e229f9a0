// The network check on plans worked by hand: forged links (not listed, too long, wrong length,
// hops that lie, a dearer tree than the cheapest) are each named; the instance's own network
// arrays are validated; a phased network is refused plainly. Also: the heuristic reports
// progress and stops at a cancel.
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../../src/core/siting/evaluate.ts';
import { networkHeuristicPlan } from '../../../src/core/siting/network-heuristic.ts';
import { networkTree } from '../../../src/core/siting/network-tree.ts';
import { validateInstance } from '../../../src/core/siting/validate.ts';
import type { PlanLinks, SitingInstance } from '../../../src/core/siting/types.ts';
import { makeInstance } from './exact-oracle.ts';
import { networkOf, randomNetworkInstance, withLinks } from './network-instances.ts';

// A triangle: sites 0, 1, 2; 0–1 400 m, 1–2 300 m, 0–2 900 m; 0 and 2 link to backhaul 0 at 200
// and 1000 m (linkM 1000). Cheapest tree over all three: 0–B 200, 0–1 400, 1–2 300 = 900 m.
const triangle: SitingInstance = withLinks(makeInstance({ weights: [1, 1, 1], cover: [[0], [1], [2]] }), {
  links: [[0, 1, 400], [1, 2, 300], [0, 2, 900]],
  backhaul: [[0, 0, 200], [2, 0, 1000]],
});
const all = Int32Array.of(0, 1, 2);
const links = (parent: number[], hops: number[], length: number[]): PlanLinks => ({ parent: Int32Array.from(parent), hops: Int32Array.from(hops), length: Float64Array.from(length) });

describe('network check', () => {
  test('the cheapest tree of the triangle is 0–backhaul, 0–1, 1–2 (900 m) and passes', () => {
    const tree = networkTree(triangle.network!, all, 3);
    expect(tree.lengthM).toBe(900);
    expect(tree.links).toEqual(links([-1, 0, 1], [1, 2, 3], [200, 400, 300]));
    expect(checkPlan(triangle, all, null, tree.links).violations).toEqual([]);
  });

  test('a dearer tree is named: 2 straight to backhaul (1000 m) instead of via 1 (300 m)', () => {
    const v = checkPlan(triangle, all, null, links([-1, 0, -1], [1, 2, 1], [200, 400, 1000])).violations;
    expect(v).toEqual(["The plan's links total 1,600 m, more than the 900 m of the cheapest links joining its sites (the length its cost counts)."]);
  });

  test('a link not listed, a wrong length, hops that lie and a parent outside the plan are each named', () => {
    const v = checkPlan(triangle, Int32Array.of(0, 1), null, links([-1, -1], [1, 1], [200, 500])).violations;
    expect(v).toEqual(['The link from candidate 1 to backhaul point 0 is not one the scenario allows (none is listed within 1,000 m).']);
    expect(checkPlan(triangle, all, null, links([-1, 0, 1], [1, 2, 3], [200, 450, 300])).violations).toEqual(['The link from candidate 1 to candidate 0 is reported as 450 m; it is 400 m.']);
    expect(checkPlan(triangle, all, null, links([-1, 0, 1], [1, 2, 2], [200, 400, 300])).violations).toEqual(['Candidate 2 is reported 2 links from backhaul; its parent is 2.']);
    expect(checkPlan(triangle, Int32Array.of(1, 2), null, links([0, -1], [2, 1], [400, 1000])).violations).toEqual(['The link from candidate 1 to candidate 0 goes to a site not in the plan.']);
    expect(checkPlan(triangle, Int32Array.of(1), null, links([1], [0], [0])).violations).toEqual(['Site at candidate 1 is not linked to backhaul: no chain of chosen sites, each link at most 1,000 m, reaches it.']);
  });

  test('validateInstance: asymmetric or over-long links, and a phased network, are refused in plain words', () => {
    const lopsided = { ...triangle, network: { ...triangle.network!, linkLength: Float64Array.of(400, 900, 400, 300, 901, 300) } };
    expect(validateInstance(lopsided)).toEqual(['The link 0–2 must be listed under both candidates with the same length.']);
    const long = withLinks(triangle, { links: [[0, 1, 1200]], backhaul: [], linkM: 1000 });
    expect(validateInstance(long)).toEqual(['The link from candidate 0 to candidate 1 is 1200 m; links are 0..1000 m.']);
    const phased = { ...triangle, phases: { budgets: Float64Array.of(1, 1) } };
    expect(validateInstance(phased)).toEqual(['A phased roll-out of a community network is not supported yet: plan the network, or the phases, alone.']);
    expect(validateInstance({ ...triangle, network: networkOf(2, { backhaul: [] }) })[0]).toMatch(/rows over the 3 candidates/);
  });

  test('the heuristic reports its best plan as it goes, and a cancel at the checkpoint stops it', async () => {
    const instance = randomNetworkInstance(3);
    const phases: string[] = [];
    await networkHeuristicPlan(instance, { progress: (p) => phases.push(p.phase) }, { seed: 1 });
    expect(phases.at(-1)).toBe('done');
    expect(phases).toContain('greedy');
    const cancelled = networkHeuristicPlan(instance, { checkpoint: () => Promise.reject(new Error('cancelled')) }, { seed: 1 });
    await expect(cancelled).rejects.toThrow('cancelled');
  });
});
