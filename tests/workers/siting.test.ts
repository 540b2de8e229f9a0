// The siting solve over a real MessageChannel, through the engine's handler table: HiGHS
// loads in the serving thread, progress carries the best plan so far, and terminating the
// worker mid-solve rejects at once while that plan stays with the caller.
import { describe, expect, test } from 'vitest';
import { connect as connectOver } from './channel.ts';
import { engineHandlers } from '../../src/compute/engine-handlers.ts';
import { CancelledError } from '../../src/compute/protocol.ts';
import type { SolveProgress } from '../../src/core/siting/types.ts';
import { makeInstance } from '../unit/siting/exact-oracle.ts';

const connect = () => connectOver(engineHandlers);

// Site 0 (cost 2) reaches point 0 (3); site 1 (cost 3) reaches points 0 and 1 (3 + 5 = 8);
// a budget of 4 allows one of them: site 1 is optimal, covering 8.
const instance = makeInstance({ weights: [3, 5], cover: [[0], [0, 1]], cost: [2, 3], budget: 4 });

describe('solvePlan in the engine worker', () => {
  test('the exact plan comes back with its proof; progress ends with the best plan', async () => {
    const client = connect();
    const details: SolveProgress[] = [];
    const plan = await client.call('solvePlan', [instance, { solver: 'exact', timeLimitS: 10 }], {
      onProgress: (_d, _t, _l, detail) => details.push(detail as SolveProgress),
    });
    expect(plan.status).toBe('optimal');
    expect(plan.sites).toEqual(Int32Array.of(1));
    expect(plan.bound).toBeGreaterThanOrEqual(8);
    expect(plan.gap).toBeLessThan(1e-6);
    expect(details.at(-1)).toMatchObject({ phase: 'done', objective: 8 });
    expect(details.at(-1)!.sites).toEqual(Int32Array.of(1));
  });

  test('terminating mid-solve rejects at once; the plan sent as progress is kept', async () => {
    const client = connect();
    let kept: Int32Array | null = null;
    const pending = client.call('solvePlan', [instance, { solver: 'exact', timeLimitS: 10 }], {
      onProgress: (_d, _t, _l, detail) => {
        const p = detail as SolveProgress;
        if (p.sites !== null && kept === null) {
          kept = p.sites;
          client.terminate();
        }
      },
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(kept).toBeInstanceOf(Int32Array);
  });
});
