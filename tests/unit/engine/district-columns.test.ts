import { describe, expect, test } from 'vitest';
import { inProcessCompute } from '../../../src/compute/in-process.ts';
import { districtColumns } from '../../../src/engine/district-columns.ts';
import { inequalityRows } from '../../../src/engine/inequality-rows.ts';
import { groupIndex } from '../../../src/engine/run-layers.ts';
import type { RateIndicatorResult } from '../../../src/engine/run-indicators.ts';

// Two districts: A with 30 of 100 women and 45 of 90 men online; B with 2 of 4 women, 3 of 5 men.
const rate: RateIndicatorResult = {
  kind: 'rate', id: 'use', label: 'Use', matchedRows: [1, 1],
  groups: [
    { group: 'female', numerator: Float64Array.of(30, 2), denominator: Float64Array.of(100, 4), rate: Float64Array.of(30, 50) },
    { group: 'male', numerator: Float64Array.of(45, 3), denominator: Float64Array.of(90, 5), rate: Float64Array.of(50, 60) },
  ],
  gaps: [{ a: 'male', b: 'female', gapPoints: Float64Array.of(20, 10), parity: Float64Array.of(0.6, 50 / 60) }],
  gapMoe: [undefined],
};

describe('districtColumns', () => {
  test('names follow the districts.csv contract', () => {
    expect(districtColumns([rate], [], []).map((c) => c.name)).toEqual(['use.female', 'use.male', 'use.gap.male-female', 'use.parity.female/male']);
  });

  test('min_people 10 withholds B (4 women, 5 men) and the gap and parity that rest on it', () => {
    const cols = districtColumns([rate], [], [], { min_people: 10 });
    const female = cols.find((c) => c.name === 'use.female')!;
    expect(female.values[0]).toBe(30);
    expect(female.values[1]).toBeNaN();
    expect(Array.from(female.suppressed!)).toEqual([0, 1]);
    const gap = cols.find((c) => c.name === 'use.gap.male-female')!;
    expect(gap.values[0]).toBe(20);
    expect(gap.values[1]).toBeNaN();
    expect(Array.from(gap.suppressed!)).toEqual([0, 1]);
  });

  test('each column says what it measures as a code and the project\'s names, for the UI to word', () => {
    expect(districtColumns([rate], [], []).map((c) => c.code)).toEqual([
      { code: 'rate', indicator: 'Use', group: 'female' },
      { code: 'rate', indicator: 'Use', group: 'male' },
      { code: 'gap', indicator: 'Use', a: 'male', b: 'female' },
      { code: 'parity', indicator: 'Use', a: 'male', b: 'female' },
    ]);
  });

  test('without rules nothing is flagged', () => {
    expect(districtColumns([rate], [], []).every((c) => c.suppressed === undefined)).toBe(true);
  });
});

describe('inequalityRows', () => {
  test('a column with a negative value gets n, min and max but no Gini/Theil/Palma', async () => {
    const [row] = await inequalityRows([{ name: 'gap', label: 'gap', code: { code: 'gap', indicator: 'x', a: 'a', b: 'b' }, unit: 'points', values: Float64Array.of(-1, 2, 3), source: 'x' }], null, null, inProcessCompute);
    expect(row).toMatchObject({ indicator: 'gap', n_districts: 3, min: -1, max: 3, weighting: 'none' });
    expect(row!.gini).toBeNaN();
  });

  test('districts missing the value or the weight are left out: x = [1, 3, NaN], w = [1, 1, 5] → n = 2, Gini = 2·1·1·2 / (2·4·2) = 0.25', async () => {
    const [row] = await inequalityRows([{ name: 'x', label: 'x', code: { code: 'value', indicator: 'x' }, unit: 'value', values: Float64Array.of(1, 3, Number.NaN), source: 'x' }], Float64Array.of(1, 1, 5), null, inProcessCompute);
    expect(row!.n_districts).toBe(2);
    expect(row!.weighting).toBe('population');
    expect(row!.gini).toBeCloseTo(0.25, 12);
  });
});

describe('groupIndex', () => {
  test('groups are the distinct `by` keys, sorted, so output order does not depend on file order', () => {
    const { group, groups } = groupIndex([['2022Q4', '2022Q1', '2022Q4', null]], 4);
    expect(groups.map((g) => g.key)).toEqual([[''], ['2022Q1'], ['2022Q4']]);
    expect(Array.from(group)).toEqual([2, 1, 2, 0]);
  });
  test('no `by` columns: one group', () => {
    expect(groupIndex([], 3).groups).toEqual([]);
  });
});
