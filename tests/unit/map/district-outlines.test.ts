import { describe, expect, test } from 'vitest';
import { ringsPath } from '../../../src/map/district-outlines.ts';

// A flat projection easy to check by hand: 10 px per degree, north up.
const project = (lon: number, lat: number) => [lon * 10, -lat * 10] as const;

describe('ringsPath', () => {
  test('a square district is one closed subpath through its projected vertices', () => {
    const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    expect(ringsPath(square, project, 0.5)).toBe('M0 0L10 0L10 -10L0 -10L0 0Z');
  });

  test('a hole is a second subpath (drawn with the even-odd rule); a ring of fewer than 3 vertices is skipped', () => {
    const withHole = [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]], [[9, 9], [9, 9]]];
    expect(ringsPath(withHole, project, 1)).toBe('M0 0L40 0L40 -40L0 0ZM10 -10L20 -10L20 -20L10 -10Z');
  });

  test('a district across 180° is drawn in one piece on the side of the world the pointer is on', () => {
    // 179 °E → 179 °W is 2° of longitude, not 358°: unwrapped to 179, 181.
    const aleutian = [[[179, 0], [-179, 0], [-179, 1], [179, 1]]];
    expect(ringsPath(aleutian, project, 179.5)).toBe('M1790 0L1810 0L1810 -10L1790 -10Z');
    // The pointer at 179.5 °W: the same shape one turn west (−181 … −179).
    expect(ringsPath(aleutian, project, -179.5)).toBe('M-1810 0L-1790 0L-1790 -10L-1810 -10Z');
  });

  test('no pointer longitude: the ring stays where its first vertex is', () => {
    expect(ringsPath([[[10, 0], [11, 0], [11, 1]]], project, Number.NaN)).toBe('M100 0L110 0L110 -10Z');
  });
});
