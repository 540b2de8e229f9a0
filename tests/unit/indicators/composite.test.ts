import { describe, expect, test } from 'vitest';
import { compositeIndex, normaliseIndicator, type CompositePillar } from '../../../src/core/indicators/composite.ts';

/** Three districts, two pillars; every expected number below is worked from these. */
function pillars(price: readonly number[] = [30, 10, 20]): CompositePillar[] {
  return [
    {
      name: 'access',
      weight: 1,
      indicators: [
        { name: 'download Mbps', values: Object.freeze([10, 20, 40]), direction: 'higher-is-better', weight: 3 },
        { name: 'price % of income', values: Object.freeze(price), direction: 'higher-is-worse', weight: 1 },
      ],
    },
    {
      name: 'skills',
      weight: 1,
      indicators: [{ name: 'digital literacy %', values: Object.freeze([50, 100, 75]), direction: 'higher-is-better', weight: 2 }],
    },
  ];
}

function expectClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => (Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, 12)));
}

describe('normaliseIndicator', () => {
  test('min-max: (v − min)/(max − min), flipped to (max − v)/(max − min) when higher is worse', () => {
    // 10, 20, 40: range 30 → 0, 1/3, 1.
    expectClose(normaliseIndicator([10, 20, 40], 'higher-is-better', 'min-max'), [0, 1 / 3, 1]);
    // 30, 10, 20: range 20 → (30−30)/20, (30−10)/20, (30−20)/20 = 0, 1, 0.5.
    expectClose(normaliseIndicator([30, 10, 20], 'higher-is-worse', 'min-max'), [0, 1, 0.5]);
  });
  test('z-score with the population SD, flipped when higher is worse', () => {
    // 1, 2, 3: mean 2, SD = √((1+0+1)/3) = √(2/3) → ∓1/√(2/3) = ∓1.2247.
    const z = 1 / Math.sqrt(2 / 3);
    expectClose(normaliseIndicator([1, 2, 3], 'higher-is-better', 'z-score'), [-z, 0, z]);
    expectClose(normaliseIndicator([1, 2, 3], 'higher-is-worse', 'z-score'), [z, 0, -z]);
  });
  test('statistics skip missing values; a constant indicator sits at the centre of the scale', () => {
    // Present values 0 and 4 → 0, 1; the missing district stays missing.
    expectClose(normaliseIndicator([0, Number.NaN, 4], 'higher-is-better', 'min-max'), [0, Number.NaN, 1]);
    expectClose(normaliseIndicator([7, 7, Number.NaN], 'higher-is-better', 'min-max'), [0.5, 0.5, Number.NaN]);
    expectClose(normaliseIndicator([7, 7], 'higher-is-worse', 'z-score'), [0, 0]);
  });
});

describe('compositeIndex', () => {
  test('min-max, hand-worked: pillars and index', () => {
    const c = compositeIndex(pillars());
    expect(c.normalisation).toBe('min-max');
    // Indicator weights 3:1 → 0.75, 0.25; 2 → 1. Pillar weights 1:1 → 0.5, 0.5.
    expectClose(c.indicatorWeights[0]!, [0.75, 0.25]);
    expectClose(c.indicatorWeights[1]!, [1]);
    expectClose(c.pillarWeights, [0.5, 0.5]);
    // access = 0.75·[0, 1/3, 1] + 0.25·[0, 1, 0.5] = [0, 0.5, 0.875].
    expectClose(c.pillarScores[0]!, [0, 0.5, 0.875]);
    // skills: 50, 100, 75 → [0, 1, 0.5].
    expectClose(c.pillarScores[1]!, [0, 1, 0.5]);
    // index = 0.5·access + 0.5·skills = [0, 0.75, 0.6875].
    expectClose(c.index, [0, 0.75, 0.6875]);
  });
  test('z-score, hand-worked for one pillar of one indicator', () => {
    // 10, 20, 40: mean 70/3, deviations −40/3, −10/3, 50/3;
    // SD = √((1600/9 + 100/9 + 2500/9)/3) = √(1400/9) = 12.472 → z = −1.069, −0.267, 1.336.
    const sd = Math.sqrt(1400 / 9);
    const c = compositeIndex([{ name: 'access', weight: 2, indicators: [pillars()[0]!.indicators[0]!] }], { normalisation: 'z-score' });
    expectClose(c.index, [-40 / 3 / sd, -10 / 3 / sd, 50 / 3 / sd]);
  });
  test('a district missing any indicator gets NaN for that pillar and the index; others are unaffected', () => {
    const c = compositeIndex(pillars([30, Number.NaN, 20]));
    // Price over the present 30, 20: (30 − v)/10 → [0, NaN, 1]; access = [0, NaN, 0.75 + 0.25] = [0, NaN, 1].
    expectClose(c.pillarScores[0]!, [0, Number.NaN, 1]);
    expectClose(c.pillarScores[1]!, [0, 1, 0.5]);
    // index = [0, NaN, 0.5·1 + 0.5·0.5].
    expectClose(c.index, [0, Number.NaN, 0.75]);
  });
  test('an indicator or pillar of weight 0 is skipped, missing values and all', () => {
    const [access, skills] = pillars([30, Number.NaN, 20]);
    const price = { ...access!.indicators[1]!, weight: 0 };
    const c = compositeIndex([{ ...access!, indicators: [access!.indicators[0]!, price] }, { ...skills!, weight: 0 }]);
    // access = download alone = [0, 1/3, 1]; skills counts 0 → index = access.
    expectClose(c.pillarWeights, [1, 0]);
    expectClose(c.index, [0, 1 / 3, 1]);
  });
  test('unknown options and bad inputs are clear errors', () => {
    expect(() => compositeIndex(pillars(), { normalisation: 'rank' as never })).toThrow(
      'unknown normalisation "rank" (expected z-score or min-max)',
    );
    const [access] = pillars();
    const up = { ...access!.indicators[0]!, direction: 'up' as never };
    expect(() => compositeIndex([{ ...access!, indicators: [up] }])).toThrow(
      'indicator "download Mbps": unknown direction "up" (expected higher-is-better or higher-is-worse)',
    );
    expect(() => compositeIndex([])).toThrow('a composite index needs at least one pillar');
    expect(() => compositeIndex([{ ...access!, indicators: [] }])).toThrow('pillar "access" has no indicators');
    expect(() => compositeIndex([{ ...access!, weight: -1 }])).toThrow('pillar weights must be finite and ≥ 0, got -1');
    expect(() => compositeIndex([{ ...access!, weight: 0 }])).toThrow('pillar weights must not all be 0');
    const short = { ...access!.indicators[1]!, values: [1, 2] };
    expect(() => compositeIndex([{ ...access!, indicators: [access!.indicators[0]!, short] }])).toThrow(
      'indicator "price % of income" has 2 districts, expected 3',
    );
    const infinite = { ...access!.indicators[0]!, values: [1, Infinity, 2] };
    expect(() => compositeIndex([{ ...access!, indicators: [infinite] }])).toThrow('indicator "download Mbps": district 1 is Infinity; use NaN for missing');
  });
});
