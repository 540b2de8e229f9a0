// Issue #18: map layers (schools, tiles) stay drawn in planning mode, under the plan's layers.
import type { Layer } from '@deck.gl/core';
import { describe, expect, test } from 'vitest';
import type { MapOverlay } from '../../../src/ui/MapPanel.tsx';
import { overlayUnderPlan } from '../../../src/ui/map-layers/overlay-under-plan.ts';

// Stand-ins for deck.gl layers: only their order is read.
const layer = (id: string) => ({ id }) as unknown as Layer;
const plan: MapOverlay = {
  layers: [layer('plan-sites')],
  tooltip: (pick) => (pick.layer === 'plan-sites' ? ['Site 3'] : null),
  onPick: () => undefined,
};
const schools: MapOverlay = {
  layers: [layer('tiles-fixed'), layer('points-schools')],
  tooltip: (pick) => (pick.layer === 'tiles-fixed' ? ['Download 25 Mbps'] : null),
  onPick: () => {
    throw new Error('a map layer click must not act while planning');
  },
  districtTooltip: true,
};
const pick = (name: string) => ({ layer: name, index: 0, x: 0, y: 0, lonLat: null });

describe('overlayUnderPlan', () => {
  test('the map layers are drawn first (under), the plan on top', () => {
    expect(overlayUnderPlan(plan, schools)!.layers.map((l) => l.id)).toEqual(['tiles-fixed', 'points-schools', 'plan-sites']);
  });

  test('the plan answers a pick first; a tile under no plan layer keeps its tooltip', () => {
    const both = overlayUnderPlan(plan, schools)!;
    expect(both.tooltip(pick('plan-sites'))).toEqual(['Site 3']);
    expect(both.tooltip(pick('tiles-fixed'))).toEqual(['Download 25 Mbps']);
    expect(both.tooltip(pick('district-fill'))).toBeNull();
  });

  test('clicks act as the plan says, and the district tooltip is the plan\'s (not the layers\')', () => {
    const both = overlayUnderPlan(plan, schools)!;
    expect(() => both.onPick(pick('tiles-fixed'), true)).not.toThrow();
    expect(both.districtTooltip).toBeUndefined();
  });

  test('either alone is itself; neither is null', () => {
    expect(overlayUnderPlan(null, schools)).toBe(schools);
    expect(overlayUnderPlan(plan, null)).toBe(plan);
    expect(overlayUnderPlan(null, null)).toBeNull();
  });
});
