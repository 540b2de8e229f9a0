// The price of equity: covered weight against the district floor, from no floor up to the
// highest feasible one. The highest feasible district floor is the maximin optimum of the same
// scenario (the largest smallest-district share any plan within the limits reaches), so the
// curve solves maximin once, then coverage at each floor. Pure: floors, points and scales.

import type { Scenario } from '../core/project/types.ts';
import type { Plan, PlanFigures } from '../core/siting/types.ts';
import { setDistrictFloor, setOption } from './scenario-draft.ts';
import { costPerNewlyCovered } from './plan-text.ts';

/**
 * District floors to solve, ascending: 0 (no floor), then `steps` − 1 evenly spaced floors up
 * to `maximinShare` (0–1), the last rounded down to a whole 0.1 % so that it stays feasible
 * when the maximin optimum was itself rounded. Fewer when the optimum is 0.
 */
export function curveFloors(maximinShare: number, steps = 6): number[] {
  if (!(maximinShare > 0) || steps < 2) return [0];
  const top = Math.floor(Math.min(1, maximinShare) * 1000) / 1000;
  if (top <= 0) return [0];
  const floors = Array.from({ length: steps }, (_, k) => Math.round(((top * k) / (steps - 1)) * 1e6) / 1e6);
  return floors.filter((f, k) => k === 0 || f > floors[k - 1]!);
}

/** The scenario that finds the highest feasible district floor: maximin, with no district floor of its own. */
export function maximinScenario(scenario: Scenario): Scenario {
  return setOption(setDistrictFloor(scenario, undefined), 'objective', 'maximin');
}

/** The scenario solved for one point of the curve: coverage, with `floor` (0–1) as its district floor. */
export function scenarioAtFloor(scenario: Scenario, floor: number): Scenario {
  return setDistrictFloor(setOption(scenario, 'objective', 'coverage'), floor > 0 ? floor : undefined);
}

/** One solved point of the curve. */
export interface CurvePoint {
  readonly floor: number;
  readonly coveredWeight: number;
  readonly newlyCoveredWeight: number;
  readonly cost: number;
  /** Money per newly covered person (NaN when nobody is newly covered). */
  readonly costPerPerson: number;
  readonly gap: number | null;
  readonly status: Plan['status'];
  readonly sites: number;
}

/** A curve point from the plan solved at `floor`. */
export function curvePoint(floor: number, plan: Pick<Plan, 'gap' | 'status' | 'sites'>, figures: Pick<PlanFigures, 'coveredWeight' | 'newlyCoveredWeight' | 'cost'>): CurvePoint {
  return {
    floor,
    coveredWeight: figures.coveredWeight,
    newlyCoveredWeight: figures.newlyCoveredWeight,
    cost: figures.cost,
    costPerPerson: costPerNewlyCovered(figures.cost, figures.newlyCoveredWeight),
    gap: plan.gap,
    status: plan.status,
    sites: plan.sites.length,
  };
}

/** Covered weight lost at each point against the point with no floor (0 at the first), in people. */
export function priceOfEquity(points: readonly CurvePoint[]): number[] {
  const free = points.find((p) => p.floor === 0 && p.status !== 'infeasible');
  return points.map((p) => (free && p.status !== 'infeasible' ? free.coveredWeight - p.coveredWeight : Number.NaN));
}

/** A linear scale from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return span === 0 ? () => (r0 + r1) / 2 : (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** About `count` round tick values (1, 2 or 5 × 10ⁿ apart) covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi === lo) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const n = Math.round((end - start) / step);
  // toPrecision trims float noise such as 0.30000000000000004.
  return Array.from({ length: n + 1 }, (_, k) => Number((start + k * step).toPrecision(12)));
}

export interface CurveLayout {
  readonly width: number;
  readonly height: number;
  /** Left, top, right, bottom margins in pixels. */
  readonly margin: readonly [number, number, number, number];
}

/** What the curve's y axis shows: people covered, or money per newly covered person. */
export type CurveMeasure = 'covered' | 'per-person';

/** Pixel positions of the points and the axes' ticks for an SVG of the given layout; infeasible points (and points without the measure) are left out. */
export function curveGeometry(points: readonly CurvePoint[], layout: CurveLayout, measure: CurveMeasure = 'covered'): { xy: ([number, number] | null)[]; xTicks: { value: number; x: number }[]; yTicks: { value: number; y: number }[] } {
  const [left, top, right, bottom] = layout.margin;
  const value = (p: CurvePoint) => (measure === 'covered' ? p.coveredWeight : p.costPerPerson);
  const usable = points.filter((p) => p.status !== 'infeasible' && Number.isFinite(value(p)));
  const xs = usable.map((p) => p.floor);
  const ys = usable.map(value);
  const xTickValues = niceTicks(0, Math.max(0.01, ...xs), 4);
  const yTickValues = niceTicks(Math.min(...ys, Infinity), Math.max(...ys, -Infinity), 4);
  const x = linearScale(0, xTickValues.at(-1) ?? 1, left, layout.width - right);
  const y = linearScale(yTickValues[0] ?? 0, yTickValues.at(-1) ?? 1, layout.height - bottom, top);
  return {
    xy: points.map((p) => (usable.includes(p) ? [x(p.floor), y(value(p))] : null)),
    xTicks: xTickValues.map((value) => ({ value, x: x(value) })),
    yTicks: yTickValues.map((value) => ({ value, y: y(value) })),
  };
}
