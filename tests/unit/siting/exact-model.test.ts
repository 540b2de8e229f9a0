// The exact model's LP text, checked as a string on instances small enough to read.
import { describe, expect, test } from 'vitest';
import { buildExactModel, exactStart, readExactSolution } from '../../../src/core/siting/exact-model.ts';
import { lpExpression, lpNumber } from '../../../src/core/siting/lp-format.ts';
import { makeInstance } from './exact-oracle.ts';

// Two points (weights 3 and 5, districts 0 and 1) and two candidates: site 0 reaches
// point 0, site 1 reaches both; costs 2 and 3, budget 4, every district ≥ 50 %.
const twoByTwo = makeInstance({ weights: [3, 5], districts: [0, 1], nDistricts: 2, cover: [[0], [0, 1]], cost: [2, 3], budget: 4, floors: { district: 0.5 } });

describe('buildExactModel', () => {
  test('2 × 2 coverage model: weights over 4 (power of two ≤ 5), costs over 2 (≤ 3), floors as district shares', () => {
    expect(buildExactModel(twoByTwo).text).toBe(
      [
        'Maximize',
        ' obj: 0.75 y0 + 1.25 y1',
        'Subject To',
        ' c0: y0 - x0 - x1 <= 0',
        ' c1: y1 - x1 <= 0',
        ' bu: x0 + 1.5 x1 <= 2',
        ' d0: y0 >= 0.5',
        ' d1: y1 >= 0.5',
        'Bounds',
        ' y0 <= 1',
        ' y1 <= 1',
        'Binary',
        ' x0 x1',
        'End',
        '',
      ].join('\n'),
    );
  });

  test('relaxation, cutoff, locked and forbidden', () => {
    const inst = makeInstance({ weights: [3, 5], cover: [[0], [0, 1], [1]], locked: [1], forbidden: [2] });
    // Locked site 1 covers both points: everything is a constant, nothing is left to decide.
    expect(buildExactModel(inst).trivial).toBe(true);
    expect(readExactSolution(inst, buildExactModel(inst), {}).sites).toEqual(Int32Array.of(1));
    const relaxed = buildExactModel(twoByTwo, { relax: true, cutoff: 4 });
    // cutoff 4 weight → 4 / 4 in scaled units.
    expect(relaxed.text).toContain(' co: 0.75 y0 + 1.25 y1 >= 1\n');
    expect(relaxed.text).toContain(' x0 <= 1\n x1 <= 1\nEnd');
    expect(relaxed.text).not.toContain('Binary');
  });

  test('capacity: z assigns whole points, capacity rows as shares of it', () => {
    const inst = makeInstance({ weights: [3, 5], cover: [[0, 1]], capacity: [6] });
    const model = buildExactModel(inst);
    expect(model.text).toContain(' a0: y0 - z0_0 = 0\n l0_0: z0_0 - x0 <= 0\n');
    // 6 over the power of two 4: 3 → 0.75, 5 → 1.25, 6 → 1.5.
    expect(model.text).toContain(' k0: 0.75 z0_0 + 1.25 z1_0 - 1.5 x0 <= 0\n');
    const choice = readExactSolution(inst, model, { x0: 1, z0_0: 0, z1_0: 1 });
    expect(choice).toEqual({ sites: Int32Array.of(0), assignment: Int32Array.of(-1, 0) });
    expect(exactStart(model, choice)).toEqual({ x0: 1, z0_0: 0, z1_0: 1 });
  });

  test('maximin: t below every district share; a district only constants reach caps t', () => {
    const inst = makeInstance({ weights: [4, 4, 2, 2], districts: [0, 0, 1, 1], nDistricts: 2, cover: [[0]], existing: [2], objective: 'maximin' });
    const text = buildExactModel(inst).text;
    expect(text).toContain('obj: t\n');
    expect(text).toContain(' m0: 0.5 y0 - t >= -0\n'.replace('-0', '0'));
    // District 1: half its weight is covered by an existing site, none reachable → t ≤ 0.5.
    expect(text).toContain(' t <= 0.5\n');
  });

  test('identical points in a district merge into one variable', () => {
    const inst = makeInstance({ weights: [1, 2, 4], cover: [[0, 1], [2]] });
    expect(buildExactModel(inst).text.split('\n')[1]).toBe(' obj: 0.75 y0 + y1');
  });
});

describe('lp text', () => {
  test('numbers round-trip and refuse non-finite values', () => {
    expect(lpNumber(-0)).toBe('0');
    expect(lpNumber(1e-7)).toBe('1e-7');
    expect(() => lpNumber(NaN)).toThrow(/finite/);
    expect(lpExpression([{ name: 'a', coef: -2 }, { name: 'b', coef: 1 }])).toBe('- 2 a + b');
  });
});
