import { expect, test } from 'vitest';
import { assignDemand } from '../../../src/core/siting/assign.ts';
import { instanceOf } from './instances.ts';

// Candidates A (0, holds 10), B (1, holds 8), X (2, holds 0). P (point 0, weight 8) is in reach
// of A (100 m) and B (300 m); Q (point 1, weight 7) of A and X. Both have two options, so the
// heavier P goes first, to its nearest, A — leaving A 2, too little for Q, and X has no room.
// The repair pass moves P to B (room 8) and gives A to Q: 15 served instead of 8.
const instance = instanceOf({
  weights: [8, 7, 5],
  costs: [1, 1, 1],
  covers: [[0, 1], [0], [1]],
  distances: [[100, 100], [300], [50]],
  capacity: [10, 8, 0],
  existing: [2],
});

test('repair moves a served point to make room for an unserved one', () => {
  expect(Array.from(assignDemand(instance, Int32Array.of(0, 1, 2)))).toEqual([1, 0, -1]);
});

test('only chosen sites serve; a point covered by an existing site is not assigned; nearest first', () => {
  // A alone: P (8) first, then Q (7) does not fit in the 2 left.
  expect(Array.from(assignDemand(instance, Int32Array.of(0)))).toEqual([0, -1, -1]);
  // Without capacity every point in reach goes to its nearest chosen site.
  const open = instanceOf({ weights: [8, 7, 5], costs: [1, 1, 1], covers: [[0, 1], [0], [1]], distances: [[100, 100], [30], [50]], existing: [2] });
  expect(Array.from(assignDemand(open, Int32Array.of(0, 1, 2)))).toEqual([1, 2, -1]);
});
