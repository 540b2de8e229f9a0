// The heap every siting search orders its candidates with: smallest key first, equal keys by
// the tie rank (the id by default), so a search is the same on every platform; and the greedy's
// max-heap of gains built on it.
import { describe, expect, test } from 'vitest';
import { MinHeap } from '../../../src/core/siting/min-heap.ts';
import { CandidateHeap } from '../../../src/core/siting/greedy.ts';
import { mulberry32 } from '../../../src/core/random.ts';

const drain = (h: MinHeap): number[] => {
  const out: number[] = [];
  while (h.size > 0) out.push(h.popId());
  return out;
};

describe('MinHeap', () => {
  test('pops the smallest key first; equal keys by the lower id', () => {
    const h = new MinHeap();
    for (const [id, key] of [[4, 2], [1, 5], [3, 2], [0, 9], [2, 2]] as const) h.push(id, key);
    expect(h.topKey()).toBe(2);
    // keys 2,2,2 (ids 2,3,4 by id), then 5 (id 1), then 9 (id 0)
    expect(drain(h)).toEqual([2, 3, 4, 1, 0]);
  });

  test('equal keys follow the given tie rank, not the id', () => {
    const rank = Float64Array.from([0.9, 0.1, 0.5]); // id 1 ranks first, then 2, then 0
    const h = new MinHeap(rank);
    for (const id of [0, 1, 2]) h.push(id, 7);
    expect(drain(h)).toEqual([1, 2, 0]);
  });

  test('pop returns the key with the id', () => {
    const h = new MinHeap();
    h.push(5, 3.5);
    h.push(6, -1);
    expect(h.pop()).toEqual({ id: 6, key: -1 });
    expect(h.pop()).toEqual({ id: 5, key: 3.5 });
    expect(h.size).toBe(0);
  });

  test('matches a stable sort on 50 seeded trials with many ties', () => {
    const random = mulberry32(20261130);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(random() * 200);
      const keys = Array.from({ length: n }, () => Math.floor(random() * 10));
      const rank = Float64Array.from({ length: n }, () => random());
      const h = new MinHeap(rank);
      keys.forEach((k, id) => h.push(id, k));
      const expected = keys.map((k, id) => ({ k, id })).sort((a, b) => a.k - b.k || rank[a.id]! - rank[b.id]!).map((e) => e.id);
      expect(drain(h)).toEqual(expected);
    }
  });
});

describe('CandidateHeap', () => {
  test('pops the largest gain first; equal gains by the lower seeded rank', () => {
    const rank = Float64Array.from([0.3, 0.2, 0.1, 0.4]);
    const h = new CandidateHeap(rank);
    for (const [id, gain] of [[0, 5], [1, 8], [2, 5], [3, 8]] as const) h.push(id, gain);
    expect(h.topKey()).toBe(8);
    const order: number[] = [];
    while (h.size > 0) order.push(h.pop());
    // gain 8: ids 1 (rank .2) then 3 (.4); gain 5: ids 2 (.1) then 0 (.3)
    expect(order).toEqual([1, 3, 2, 0]);
  });
});
