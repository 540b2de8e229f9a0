// Worker round-trips over a real MessageChannel (the same protocol code a Web Worker runs):
// typed calls, transferred results, progress, errors as values, cancellation, termination.
import { describe, expect, test } from 'vitest';
import { connect as connectOver } from './channel.ts';
import { engineHandlers } from '../../src/compute/engine-handlers.ts';
import { CancelledError, type TaskContext } from '../../src/compute/protocol.ts';
import { progressOf } from '../../src/core/progress-steps.ts';

const testHandlers = {
  ...engineHandlers,
  async slowCount(ctx: TaskContext, n: number) {
    for (let i = 0; i < n; i++) {
      ctx.progress(i, n, 'counting');
      await ctx.checkpoint();
    }
    return n;
  },
  readFile(ctx: TaskContext, file: string, rows: number) {
    ctx.progress(rows, rows, ...progressOf('readingRows', { file, rows }));
    return rows;
  },
  fail(_ctx: TaskContext, message: string): never {
    throw new RangeError(message);
  },
};

const connect = () => connectOver(testHandlers);

describe('worker protocol', () => {
  test('rates computed in the worker match the census arithmetic (Nairobi total: 2,100,763 / 4,010,447)', async () => {
    const client = connect();
    const out = await client.call('rates', [{ groups: [{ group: 'total', numerator: Float64Array.of(2_100_763), denominator: Float64Array.of(4_010_447) }], gaps: [] }]);
    expect(out.rates.total).toBeInstanceOf(Float64Array);
    expect(out.rates.total![0]).toBeCloseTo(52.38227, 4);
  });

  test('progress arrives before the result', async () => {
    const client = connect();
    const seen: number[] = [];
    const n = await client.call('slowCount', [3], { onProgress: (done) => seen.push(done) });
    expect(n).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });

  test('a progress step crosses with its code and values beside the English label (issue #17)', async () => {
    const client = connect();
    const seen: [string | undefined, unknown][] = [];
    await client.call('readFile', ['wards.csv', 12000], { onProgress: (_done, _total, label, _detail, step) => seen.push([label, step]) });
    expect(seen).toEqual([['reading wards.csv (12,000 rows)', { code: 'readingRows', values: { file: 'wards.csv', rows: 12000 } }]]);
  });

  test('an error in the worker rejects with its name and message', async () => {
    const client = connect();
    await expect(client.call('fail', ['district table is empty'])).rejects.toMatchObject({ name: 'RangeError', message: 'district table is empty' });
  });

  test('aborting rejects at once and the worker stops at its next checkpoint', async () => {
    const client = connect();
    const controller = new AbortController();
    let progressAfterAbort = 0;
    const pending = client.call('slowCount', [1_000_000], {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
        if (controller.signal.aborted) progressAfterAbort++;
      },
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    // The worker must still answer new calls, i.e. it stopped the cancelled loop.
    expect(await client.call('slowCount', [2])).toBe(2);
    expect(progressAfterAbort).toBeLessThanOrEqual(1);
  });

  test('terminate rejects every pending call; later calls reject too', async () => {
    const client = connect();
    const a = client.call('slowCount', [1_000_000]);
    const b = client.call('slowCount', [1_000_000]);
    client.terminate();
    await expect(a).rejects.toBeInstanceOf(CancelledError);
    await expect(b).rejects.toBeInstanceOf(CancelledError);
    await expect(client.call('slowCount', [1])).rejects.toBeInstanceOf(CancelledError);
  });

  test('an unknown method is an error, not a hang', async () => {
    const client = connect();
    // @ts-expect-error — deliberately calling a method the worker does not have.
    await expect(client.call('nope', [])).rejects.toThrow(/unknown worker method "nope"/);
  });
});
