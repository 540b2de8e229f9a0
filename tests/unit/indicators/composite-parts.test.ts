// The parts of a district's composite index add up to the index, on a case worked by hand.
import { describe, expect, test } from 'vitest';
import type { CompositeSpec } from '../../../src/core/project/types.ts';
import { compositeParts, type NamedFigure } from '../../../src/core/indicators/composite-parts.ts';

const column = (name: string, values: number[]): NamedFigure => ({ name, values: Float64Array.from(values) });
const columns = [column('use', [10, 30, 50]), column('cost', [5, 1, 3])];
const spec: CompositeSpec = {
  id: 'idx',
  pillars: [
    { name: 'adoption', weight: 3, indicators: [{ measure: 'use', direction: 'higher-is-better' }] },
    { name: 'price', weight: 1, indicators: [{ measure: 'cost', direction: 'higher-is-worse', weight: 2 }, { measure: 'use', direction: 'higher-is-better', weight: 0 }] },
  ],
};

describe('composite parts', () => {
  test('district 1: use (30−10)/(50−10) = 0.5 × 0.75; cost (5−1)/(5−1) = 1 (oriented) × 0.25; index 0.625', () => {
    const parts = compositeParts(spec, columns, 1);
    expect(parts.map((p) => [p.pillar, p.measure, p.weight, p.normalised])).toEqual([
      ['adoption', 'use', 0.75, 0.5],
      ['price', 'cost', 0.25, 1],
    ]);
    expect(parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(0.625, 12);
  });
  test('an indicator of weight 0 is left out', () => {
    expect(compositeParts(spec, columns, 0).filter((p) => p.pillar === 'price').map((p) => p.measure)).toEqual(['cost']);
  });
});
