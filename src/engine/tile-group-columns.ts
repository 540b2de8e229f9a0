// A tile layer grouped `by` columns (quarter, network type) has one figure per district and
// group. districts.csv cannot hold them (tiles.<name>.csv does, in long format), but the map,
// legend and table can show one group at a time: these are that group's columns, cut and
// withheld exactly as tiles.<name>.csv's rows of the group are.
import type { TileAggregate } from '../core/indicators/tiles.ts';
import { singleGroupTileColumns, type DistrictColumn, type SuppressionRules } from './district-columns.ts';
import type { TileLayerRun } from './run-layers.ts';

/** One group of a grouped tile layer: its `by` values and its district columns. */
export interface TileGroupView {
  readonly key: readonly string[];
  /** `tiles.<name>.<metric>@<group index>`, in singleGroupTileColumns' order. */
  readonly columns: readonly DistrictColumn[];
}

/** A grouped tile layer's figures, group by group (the order of tiles.<name>.csv). */
export interface TileGroupsView {
  readonly layer: string;
  readonly by: readonly string[];
  readonly groups: readonly TileGroupView[];
}

/** Suffix of a group's column names: "@<group index>". */
export const groupSuffix = (group: number): string => `@${group}`;

/** Per group, the district columns of a tile layer with `by` columns (empty list for a layer without). */
export function tileGroupColumns(t: TileLayerRun, rules: SuppressionRules): TileGroupsView | null {
  if (t.by.length === 0) return null;
  const groups = t.groups.map((g, k) => {
    const one: TileLayerRun = { ...t, by: [], groups: [{ key: [] }], aggregate: groupAggregate(t.aggregate, k) };
    const label = g.key.join(' · ');
    const columns = singleGroupTileColumns(one, rules).map((c) => ({
      ...c,
      name: c.name + groupSuffix(k),
      label: `${c.label} (${label})`,
      // The project's layer name as written, with the group, so every language's label names the group.
      ...(c.code && 'layer' in c.code ? { code: { ...c.code, layer: `${t.name} (${label})` } } : {}),
      source: `tiles.${t.name}${groupSuffix(k)}`,
    }));
    return { key: g.key, columns };
  });
  return { layer: t.name, by: t.by, groups };
}

/** The cells of group k as an aggregate of one group (a strided copy: nDistricts values per figure). */
function groupAggregate(a: TileAggregate, k: number): TileAggregate {
  const cut = (v: Float64Array) => Float64Array.from({ length: a.nDistricts }, (_, d) => v[d * a.nGroups + k]!);
  return {
    nDistricts: a.nDistricts,
    nGroups: 1,
    thresholdMbps: a.thresholdMbps,
    tiles: cut(a.tiles),
    tests: cut(a.tests),
    devices: cut(a.devices),
    downloadMbps: cut(a.downloadMbps),
    uploadMbps: cut(a.uploadMbps),
    latencyMs: cut(a.latencyMs),
    shareTestsBelowThresholdPct: cut(a.shareTestsBelowThresholdPct),
    outside: a.outside,
  };
}
