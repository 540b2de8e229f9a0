import { describe, expect, test } from 'vitest';
import { sequentialRamp } from '../../../src/core/classify/palette.ts';
import { comparisonLayers, demandColor, PLAN_COLORS, PLAN_LAYER, planLayers, planPick, shareColors, type PlanLayerInput } from '../../../src/map/plan-layers.ts';
import { comparedSites } from '../../../src/state/scenario-compare.ts';
import { siteRoles } from '../../../src/state/plan-view.ts';
import { outcomeA, outcomeB } from '../state/plan-fixture.ts';

const input: PlanLayerInput = {
  demand: outcomeA.demand,
  candidates: outcomeA.candidates,
  roles: siteRoles(outcomeA), // locked, chosen, forbidden, rejected
  existing: outcomeA.existing,
  radiusM: 500,
  selectedSite: 1,
  showRejected: true,
};

type Accessor = (o: unknown, info: { index: number }) => unknown;
const call = (layer: { props: Record<string, unknown> }, prop: string, object: unknown, index = 0) => {
  const a = layer.props[prop];
  return typeof a === 'function' ? (a as Accessor)(object, { index }) : a;
};

describe('plan layers for the hand-worked plan (plan-fixture.ts)', () => {
  const layers = planLayers(input);
  const byId = Object.fromEntries(layers.map((l) => [l.id, l as unknown as { props: Record<string, unknown> }]));

  test('one layer per mark, bottom to top', () => {
    expect(layers.map((l) => l.id)).toEqual(['plan-demand', 'plan-radii', 'plan-rejected', 'plan-forbidden', 'plan-existing', 'plan-chosen', 'plan-locked-ring', 'plan-selected']);
    expect(planLayers({ ...input, showRejected: false }).map((l) => l.id)).not.toContain('plan-rejected');
  });

  test('sites by role: the locked site is chosen and ringed; forbidden and rejected are rings', () => {
    expect(byId[PLAN_LAYER.chosen]!.props.data).toEqual([0, 1]);
    expect(byId[PLAN_LAYER.locked]!.props.data).toEqual([0]);
    expect(byId[PLAN_LAYER.forbidden]!.props.data).toEqual([2]);
    expect(byId[PLAN_LAYER.rejected]!.props.data).toEqual([3]);
    expect(byId[PLAN_LAYER.selected]!.props.data).toEqual([1]);
    expect([byId[PLAN_LAYER.chosen]!.props.filled, byId[PLAN_LAYER.rejected]!.props.filled, byId[PLAN_LAYER.forbidden]!.props.filled]).toEqual([true, false, false]);
    expect(call(byId[PLAN_LAYER.chosen]!, 'getPosition', 1)).toEqual([36.82, -1.3]);
    expect(call(byId[PLAN_LAYER.existing]!, 'getPosition', 0)).toEqual([36.81, -1.285]);
  });

  test('coverage radii around chosen and existing sites, in metres', () => {
    const radii = byId[PLAN_LAYER.radii]!;
    expect(radii.props.data).toEqual([[36.8, -1.28], [36.82, -1.3], [36.81, -1.285]]);
    expect([radii.props.radiusUnits, radii.props.getRadius]).toEqual(['meters', 500]);
  });

  test('demand coloured by coverage: newly covered, covered before, not covered', () => {
    const demand = byId[PLAN_LAYER.demand]!;
    expect((demand.props.data as { length: number }).length).toBe(5);
    expect([0, 1, 3].map((i) => call(demand, 'getFillColor', null, i))).toEqual([PLAN_COLORS.newlyCovered, PLAN_COLORS.coveredBefore, PLAN_COLORS.notCovered]);
    expect(call(demand, 'getPosition', null, 2)).toEqual([36.82, -1.3]);
    expect(demandColor(0)).not.toEqual(demandColor(2));
  });

  test('a pick on a layer is read back as the candidate, existing site or demand point', () => {
    expect(planPick(PLAN_LAYER.chosen, 1, input)).toEqual({ kind: 'candidate', index: 1 });
    expect(planPick(PLAN_LAYER.forbidden, 0, input)).toEqual({ kind: 'candidate', index: 2 });
    expect(planPick(PLAN_LAYER.rejected, 0, input)).toEqual({ kind: 'candidate', index: 3 });
    expect(planPick(PLAN_LAYER.existing, 0, input)).toEqual({ kind: 'existing', index: 0 });
    expect(planPick(PLAN_LAYER.demand, 4, input)).toEqual({ kind: 'demand', index: 4 });
    expect(planPick('district-fill', 0, input)).toBeNull();
    expect(planPick(PLAN_LAYER.chosen, -1, input)).toBeNull();
  });
});

describe('comparison and district shading', () => {
  test('in both = disc and ring, only A = orange disc, only B = purple ring', () => {
    const [radii, marks, rings] = comparisonLayers(comparedSites(outcomeA, outcomeB), 500) as unknown as { props: Record<string, unknown> }[];
    expect((radii!.props.data as unknown[]).length).toBe(4);
    const sites = marks!.props.data as { key: string; in: string }[];
    const fill = sites.map((s) => call(marks!, 'getFillColor', s));
    expect(sites.map((s) => s.key)).toEqual(['added:site_1', 'health:7', 'schools:1', 'schools:2']);
    expect(fill).toEqual([[0, 0, 0, 0], [0, 0, 0, 0], PLAN_COLORS.onlyA, PLAN_COLORS.both]);
    expect(call(marks!, 'getLineColor', sites[0])).toEqual(PLAN_COLORS.onlyB);
    expect((rings!.props.data as { key: string }[]).map((s) => s.key)).toEqual(['schools:2']);
  });

  test('districts shaded by covered share in fifths; no data grey', () => {
    const ramp = sequentialRamp(5);
    expect(shareColors([0, 0.2, 0.87, 1, Number.NaN])).toEqual([ramp[0], ramp[1], ramp[4], ramp[4], [200, 200, 200]]);
  });
});
