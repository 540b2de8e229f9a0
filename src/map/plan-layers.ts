// Pure factories for the deck.gl layers of a plan: demand coloured covered / not covered,
// coverage radii, candidate sites by role, and the two plans' sites in comparison mode.
// Marks differ in shape and size as well as colour, so they survive colour-blindness and
// greyscale: chosen = filled disc, locked = filled disc in a ring, existing = small dark disc,
// rejected = thin ring, forbidden = thick ring. Colours from ColorBrewer PuOr (colour-blind safe).
// Data are index arrays over columns (after observable plot): `{ length }` and accessors by index.
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import { classOf } from '../core/classify/breaks.ts';
import { NO_DATA_RGB, sequentialRamp, type Rgb } from '../core/classify/palette.ts';
import type { BackhaulPoints, LinkSegments } from '../state/plan-rollout.ts';
import type { ComparedSite } from '../state/scenario-compare.ts';
import { COVERED_BEFORE, NEWLY_COVERED, type PlanTarget, type SiteColumns, type SiteRole } from '../state/plan-view.ts';

type Rgba = [number, number, number, number];

/** ColorBrewer PuOr (5 classes) ends and middle, with a dark grey for existing sites. */
export const PLAN_COLORS = {
  notCovered: [230, 97, 1, 230] as Rgba,
  coveredBefore: [178, 171, 210, 230] as Rgba,
  newlyCovered: [94, 60, 153, 230] as Rgba,
  chosen: [94, 60, 153, 255] as Rgba,
  existing: [37, 37, 37, 255] as Rgba,
  rejected: [115, 115, 115, 255] as Rgba,
  forbidden: [179, 88, 6, 255] as Rgba,
  radius: [94, 60, 153, 110] as Rgba,
  radiusFill: [94, 60, 153, 18] as Rgba,
  onlyA: [230, 97, 1, 255] as Rgba,
  onlyB: [94, 60, 153, 255] as Rgba,
  both: [37, 37, 37, 255] as Rgba,
  halo: [255, 255, 255, 255] as Rgba,
  selected: [217, 72, 1, 255] as Rgba,
  // Community networks: backhaul in BrBG's dark teal, links in the chosen sites' purple.
  backhaul: [1, 102, 94, 255] as Rgba,
  link: [64, 0, 75, 220] as Rgba,
};

/** Mark sizes in pixels (radius) and line widths in pixels, per site role. */
const MARK: Readonly<Record<SiteRole | 'existing', { radius: number; line: number; filled: boolean }>> = {
  chosen: { radius: 7, line: 1.5, filled: true },
  locked: { radius: 7, line: 1.5, filled: true },
  existing: { radius: 4.5, line: 1.5, filled: true },
  rejected: { radius: 4, line: 1, filled: false },
  forbidden: { radius: 5.5, line: 2.5, filled: false },
};

export interface PlanLayerInput {
  readonly demand: { readonly lon: Float64Array; readonly lat: Float64Array; readonly covered: Uint8Array };
  readonly candidates: SiteColumns;
  readonly roles: readonly SiteRole[];
  readonly existing: SiteColumns;
  /** Coverage radius in metres (the scenario's radius_m). */
  readonly radiusM: number;
  /** Candidate index highlighted (selected in the table or clicked), −1 none. */
  readonly selectedSite: number;
  /** Draw rejected candidates too (they can be many). */
  readonly showRejected: boolean;
  /** A community network's links and backhaul points (absent: none). */
  readonly links?: LinkSegments | null;
  readonly backhaul?: BackhaulPoints | null;
  /** A phased roll-out shown at a year: chosen candidates built later (drawn as rings, with no coverage or links). */
  readonly later?: ReadonlySet<number> | null;
}

/** Layer ids, so that a pick can be read back (`planPick`). */
export const PLAN_LAYER = {
  demand: 'plan-demand',
  radii: 'plan-radii',
  existing: 'plan-existing',
  rejected: 'plan-rejected',
  forbidden: 'plan-forbidden',
  chosen: 'plan-chosen',
  locked: 'plan-locked-ring',
  selected: 'plan-selected',
  compared: 'plan-compared',
  links: 'plan-links',
  backhaul: 'plan-backhaul',
  later: 'plan-later',
} as const;

/** What a deck.gl pick (layer id, index into the layer's data) refers to. */
export function planPick(layerId: string | undefined, index: number, input: Pick<PlanLayerInput, 'roles' | 'showRejected' | 'later'> | null): PlanTarget {
  if (index < 0 || layerId === undefined) return null;
  if (layerId === PLAN_LAYER.demand) return { kind: 'demand', index };
  if (layerId === PLAN_LAYER.existing) return { kind: 'existing', index };
  if (layerId === PLAN_LAYER.compared) return { kind: 'compared', index };
  if (layerId === PLAN_LAYER.backhaul) return { kind: 'backhaul', index };
  if (!input) return null;
  if (layerId === PLAN_LAYER.chosen || layerId === PLAN_LAYER.later) {
    const { built, later } = chosenByYear(input);
    const j = (layerId === PLAN_LAYER.chosen ? built : later)[index];
    return j === undefined ? null : { kind: 'candidate', index: j };
  }
  const role = ({ [PLAN_LAYER.rejected]: 'rejected', [PLAN_LAYER.forbidden]: 'forbidden' } as Record<string, SiteRole | undefined>)[layerId];
  if (!role) return null;
  const j = candidatesWith(input.roles, [role])[index];
  return j === undefined ? null : { kind: 'candidate', index: j };
}

/** Chosen (and locked) candidates split into those built by the year shown and those built later; ascending. */
export function chosenByYear(input: Pick<PlanLayerInput, 'roles' | 'later'>): { built: number[]; later: number[] } {
  const chosen = candidatesWith(input.roles, ['chosen', 'locked']);
  const later = input.later;
  return later ? { built: chosen.filter((j) => !later.has(j)), later: chosen.filter((j) => later.has(j)) } : { built: chosen, later: [] };
}

/** Candidate indices whose role is one of `roles`, ascending. */
export function candidatesWith(roles: readonly SiteRole[], which: readonly SiteRole[]): number[] {
  return roles.flatMap((r, j) => (which.includes(r) ? [j] : []));
}

/** The plan's layers, bottom to top: demand, coverage radii, rejected, forbidden, existing, chosen, locked rings, selection. */
export function planLayers(input: PlanLayerInput) {
  const { demand, candidates: c, existing: e, roles } = input;
  const { built: chosen, later } = chosenByYear(input);
  const at = (cols: { lon: Float64Array; lat: Float64Array }) => (j: number): [number, number] => [cols.lon[j]!, cols.lat[j]!];
  const coverers = [...chosen.map((j) => at(c)(j)), ...Array.from(e.lon, (_, i) => at(e)(i))];
  const sites = (id: string, data: readonly number[], role: SiteRole | 'existing', color: Rgba, cols: { lon: Float64Array; lat: Float64Array } = c) => {
    const m = MARK[role];
    return new ScatterplotLayer<number>({
      id, data, pickable: true, stroked: true, filled: m.filled, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: at(cols), getRadius: m.radius, getLineWidth: m.line,
      getFillColor: color, getLineColor: m.filled ? PLAN_COLORS.halo : color,
    });
  };
  return [
    new ScatterplotLayer<unknown>({
      id: PLAN_LAYER.demand,
      data: { length: demand.covered.length },
      pickable: true,
      radiusUnits: 'pixels',
      getRadius: 2.5,
      getPosition: (_: unknown, { index }: { index: number }) => [demand.lon[index]!, demand.lat[index]!],
      getFillColor: (_: unknown, { index }: { index: number }) => demandColor(demand.covered[index]!),
      updateTriggers: { getFillColor: [demand.covered], getPosition: [demand.lon] },
    }),
    new ScatterplotLayer<[number, number]>({
      id: PLAN_LAYER.radii, data: coverers, pickable: false, stroked: true, filled: true, radiusUnits: 'meters', lineWidthUnits: 'pixels',
      getPosition: (p) => p, getRadius: input.radiusM, getLineWidth: 1, getFillColor: PLAN_COLORS.radiusFill, getLineColor: PLAN_COLORS.radius,
      updateTriggers: { getRadius: input.radiusM },
    }),
    ...(input.showRejected ? [sites(PLAN_LAYER.rejected, candidatesWith(roles, ['rejected']), 'rejected', PLAN_COLORS.rejected)] : []),
    sites(PLAN_LAYER.forbidden, candidatesWith(roles, ['forbidden']), 'forbidden', PLAN_COLORS.forbidden),
    sites(PLAN_LAYER.existing, Array.from(e.lon, (_, i) => i), 'existing', PLAN_COLORS.existing, e),
    ...networkLayers(input),
    sites(PLAN_LAYER.chosen, chosen, 'chosen', PLAN_COLORS.chosen),
    // Built in a later year: a ring in the chosen sites' colour, so the timeline shows what is still to come.
    ...(later.length > 0 ? [sites(PLAN_LAYER.later, later, 'forbidden', PLAN_COLORS.chosen)] : []),
    new ScatterplotLayer<number>({
      id: PLAN_LAYER.locked, data: candidatesWith(roles, ['locked']).filter((j) => !input.later?.has(j)), pickable: false, stroked: true, filled: false, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: at(c), getRadius: 11, getLineWidth: 2, getLineColor: PLAN_COLORS.existing,
    }),
    new ScatterplotLayer<number>({
      id: PLAN_LAYER.selected, data: input.selectedSite >= 0 ? [input.selectedSite] : [], pickable: false, stroked: true, filled: false, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: at(c), getRadius: 14, getLineWidth: 3, getLineColor: PLAN_COLORS.selected,
    }),
  ];
}

/** A community network's links (only those of sites built by the year shown) and its backhaul points. */
function networkLayers(input: PlanLayerInput) {
  const { links, backhaul, later } = input;
  const layers = [];
  if (links) {
    const shown = Array.from(links.site, (_, k) => k).filter((k) => !later?.has(links.site[k]!));
    layers.push(new LineLayer<number>({
      id: PLAN_LAYER.links, data: shown, pickable: false, widthUnits: 'pixels',
      getSourcePosition: (k) => [links.fromLon[k]!, links.fromLat[k]!],
      getTargetPosition: (k) => [links.toLon[k]!, links.toLat[k]!],
      getWidth: 2, getColor: PLAN_COLORS.link,
    }));
  }
  if (backhaul) {
    layers.push(new ScatterplotLayer<number>({
      id: PLAN_LAYER.backhaul, data: Array.from(backhaul.lon, (_, k) => k), pickable: true, stroked: true, filled: true, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: (k) => [backhaul.lon[k]!, backhaul.lat[k]!], getRadius: 6, getLineWidth: 2, getFillColor: PLAN_COLORS.backhaul, getLineColor: PLAN_COLORS.halo,
    }));
  }
  return layers;
}

/** Colour of a demand point by its coverage. */
export function demandColor(covered: number): Rgba {
  return covered === NEWLY_COVERED ? PLAN_COLORS.newlyCovered : covered === COVERED_BEFORE ? PLAN_COLORS.coveredBefore : PLAN_COLORS.notCovered;
}

/** Comparison mode: the chosen sites of two plans; both = disc in a ring, only A = filled disc, only B = thick ring. */
export function comparisonLayers(sites: readonly ComparedSite[], radiusM: number) {
  const style = { both: { color: PLAN_COLORS.both, filled: true, radius: 7 }, a: { color: PLAN_COLORS.onlyA, filled: true, radius: 6 }, b: { color: PLAN_COLORS.onlyB, filled: false, radius: 7 } } as const;
  return [
    new ScatterplotLayer<ComparedSite>({
      id: PLAN_LAYER.radii, data: sites, pickable: false, stroked: true, filled: false, radiusUnits: 'meters', lineWidthUnits: 'pixels',
      getPosition: (s) => [s.lon, s.lat], getRadius: radiusM, getLineWidth: 1, getLineColor: PLAN_COLORS.radius,
    }),
    new ScatterplotLayer<ComparedSite>({
      id: PLAN_LAYER.compared, data: sites, pickable: true, stroked: true, filled: true, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: (s) => [s.lon, s.lat], getRadius: (s) => style[s.in].radius,
      // A ring-only mark is a transparent disc with a thick line.
      getFillColor: (s) => (style[s.in].filled ? style[s.in].color : [0, 0, 0, 0]),
      getLineColor: (s) => (s.in === 'b' ? style.b.color : PLAN_COLORS.halo),
      getLineWidth: (s) => (s.in === 'b' ? 3 : 1.5),
    }),
    new ScatterplotLayer<ComparedSite>({
      id: `${PLAN_LAYER.compared}-ring`, data: sites.filter((s) => s.in === 'both'), pickable: false, stroked: true, filled: false, radiusUnits: 'pixels', lineWidthUnits: 'pixels',
      getPosition: (s) => [s.lon, s.lat], getRadius: 11, getLineWidth: 2, getLineColor: PLAN_COLORS.both,
    }),
  ];
}

/** Class breaks of a covered share, 0–1: fixed fifths, so maps of two plans read alike. */
export const SHARE_BREAKS: readonly number[] = [0.2, 0.4, 0.6, 0.8];

/** District colours by covered share after the plan (NaN: no data), ColorBrewer YlGnBu in fifths; feed to districtLayers. */
export function shareColors(shares: ArrayLike<number>): Rgb[] {
  const ramp = sequentialRamp(SHARE_BREAKS.length + 1);
  return Array.from(shares, (s) => {
    const c = classOf(s, SHARE_BREAKS);
    return c < 0 ? NO_DATA_RGB : ramp[c]!;
  });
}
