// The compute step for point and tile layers: figures per district from layers already
// located (counts and sums of points; Ookla's test-weighted speeds per district and group).
import { countPerDistrict, sumPerDistrict } from '../core/geo/locate.ts';
import type { TileAggregate } from '../core/indicators/tiles.ts';
import type { TileLayer } from '../core/project/types.ts';
import type { Compute, TaskOptions } from '../compute/compute.ts';
import type { LocatedPoints, LocatedTiles } from './locate-layers.ts';

export { groupIndex } from './locate-layers.ts';

export interface PointLayerRun {
  readonly name: string;
  /** Points per district, in boundary order. */
  readonly counts: Float64Array;
  /** Σ of the layer's value column per district, when it has one. */
  readonly sums: Float64Array | null;
  readonly rows: number;
  readonly missingCoordinates: number;
  readonly outside: number;
}

export interface TileGroup {
  /** Values of the layer's `by` columns for this group. */
  readonly key: readonly string[];
}

export interface TileLayerRun {
  readonly name: string;
  readonly by: readonly string[];
  readonly groups: readonly TileGroup[];
  readonly aggregate: TileAggregate;
  readonly rows: number;
  readonly invalidQuadkeys: readonly { readonly row: number; readonly reason: string }[];
  /** Tiles with a valid quadkey whose centre lies outside every district, and their tests and devices. */
  readonly outside: { readonly tiles: number; readonly tests: number; readonly devices: number };
}

/** Counts (and sums the value of) a located point layer per district. */
export function pointLayerRun(p: LocatedPoints, nDistricts: number): PointLayerRun {
  const counts = countPerDistrict(p.district, nDistricts);
  const sums = p.values ? sumPerDistrict(p.district, p.values, nDistricts) : null;
  return { name: p.name, counts, sums, rows: p.rows, missingCoordinates: p.missingCoordinates, outside: p.outside };
}

// Aggregating a million tiles is the one costly figure here; the same located tiles and
// threshold give the same aggregate, so an edit elsewhere does not pay for it again.
const aggregates = new WeakMap<LocatedTiles, Map<number | undefined, Promise<TileAggregate>>>();

/** Aggregates located tiles per district and `by` group (speeds in Mbps, latency in ms). */
export async function tileLayerRun(t: LocatedTiles, layer: TileLayer, nDistricts: number, compute: Compute, options: TaskOptions = {}): Promise<TileLayerRun> {
  const byThreshold = aggregates.get(t) ?? new Map<number | undefined, Promise<TileAggregate>>();
  aggregates.set(t, byThreshold);
  let aggregate = byThreshold.get(layer.threshold_mbps);
  if (!aggregate) {
    aggregate = compute.call(
      'aggregateTiles',
      [
        { district: t.district, group: t.group, downloadKbps: t.downloadKbps, uploadKbps: t.uploadKbps, latencyMs: t.latencyMs, tests: t.tests, devices: t.devices },
        { nDistricts, nGroups: Math.max(1, t.groups.length), ...(layer.threshold_mbps !== undefined ? { thresholdMbps: layer.threshold_mbps } : {}) },
      ],
      options,
    );
    byThreshold.set(layer.threshold_mbps, aggregate);
    // A cancelled or failed aggregate is not kept.
    aggregate.catch(() => byThreshold.delete(layer.threshold_mbps));
  }
  return { name: t.name, by: t.by, groups: t.groups, aggregate: await aggregate, rows: t.rows, invalidQuadkeys: t.invalidQuadkeys, outside: t.outside };
}
