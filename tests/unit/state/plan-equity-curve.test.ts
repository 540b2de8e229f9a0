import { describe, expect, test } from 'vitest';
import type { Scenario } from '../../../src/core/project/types.ts';
import { curveFloors, curveGeometry, curvePoint, linearScale, maximinScenario, niceTicks, priceOfEquity, scenarioAtFloor } from '../../../src/state/equity-curve.ts';
import { deepFreeze } from '../geo/fixtures.ts';

const scenario: Scenario = deepFreeze({ id: 's', demand: { points: 'pop' }, candidates: { points: 'schools', cost: 1 }, radius_m: 500, objective: 'coverage', floors: { district: 0.2, groups: { women: 0.5 } } });

describe('choosing the floors to solve', () => {
  test('0 up to the maximin optimum, rounded down to 0.1 %', () => {
    expect(curveFloors(0.5, 6)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    // 0.41376 → 0.413 so that the top floor stays feasible.
    expect(curveFloors(0.41376, 2)).toEqual([0, 0.413]);
    expect(curveFloors(0, 6)).toEqual([0]);
    expect(curveFloors(0.0004, 6)).toEqual([0]);
    expect(curveFloors(0.003, 6)).toEqual([0, 0.0006, 0.0012, 0.0018, 0.0024, 0.003]);
  });

  test('the maximin scenario drops the district floor; each point is coverage at its floor', () => {
    expect(maximinScenario(scenario)).toEqual({ ...scenario, objective: 'maximin', floors: { groups: { women: 0.5 } } });
    expect(scenarioAtFloor(scenario, 0.3).floors).toEqual({ district: 0.3, groups: { women: 0.5 } });
    expect(scenarioAtFloor({ ...scenario, objective: 'maximin' }, 0)).toEqual({ ...scenario, floors: { groups: { women: 0.5 } } });
  });
});

describe('points and scales', () => {
  const p = (floor: number, covered: number, status: 'optimal' | 'infeasible' = 'optimal') =>
    curvePoint(floor, { gap: 0, status, sites: Int32Array.from([1, 2]) }, { coveredWeight: covered, newlyCoveredWeight: covered - 100, cost: 1000 });

  test('a point keeps its plan figures; the price is the coverage lost against no floor', () => {
    expect(p(0.2, 600)).toEqual({ floor: 0.2, coveredWeight: 600, newlyCoveredWeight: 500, cost: 1000, costPerPerson: 2, gap: 0, status: 'optimal', sites: 2 });
    expect(priceOfEquity([p(0, 700), p(0.2, 600), p(0.4, 0, 'infeasible')])).toEqual([0, 100, Number.NaN]);
  });

  test('nice ticks and a linear scale', () => {
    expect(niceTicks(0, 0.5, 4)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(430, 712, 4)).toEqual([400, 500, 600, 700, 800]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(linearScale(0, 10, 100, 200)(2.5)).toBe(125);
    expect(linearScale(5, 5, 0, 10)(5)).toBe(5);
  });

  test('geometry: x by floor, y upwards by covered weight; infeasible points have no position', () => {
    const g = curveGeometry([p(0, 800), p(0.4, 600), p(0.5, 0, 'infeasible')], { width: 300, height: 200, margin: [50, 10, 10, 30] });
    // x ticks 0, 0.1 … 0.4 → 50 … 290 px; y ticks 600, 650 … 800 → 170 … 10 px.
    expect(g.xTicks.map((t) => t.value)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(g.yTicks.map((t) => t.value)).toEqual([600, 650, 700, 750, 800]);
    expect(g.xy).toEqual([[50, 10], [290, 170], null]);
  });

  test('geometry of cost per newly covered person: a point that covers nobody new has none', () => {
    // Per person: 1000 / 700 and 1000 / 500; the floor-0.5 point covers nobody new (NaN).
    const g = curveGeometry([p(0, 800), p(0.4, 600), p(0.5, 100)], { width: 300, height: 200, margin: [50, 10, 10, 30] }, 'per-person');
    expect(g.xy[2]).toBeNull();
    expect(g.yTicks[0]!.value).toBeLessThanOrEqual(1000 / 700);
    expect(g.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(2);
    expect(g.xy[1]![1]).toBeLessThan(g.xy[0]![1]);
  });
});
