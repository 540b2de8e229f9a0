// Tile figures by group (a quarter, a year) per district, for the trend chart: laid out from the
// run's per-group columns (tile-group-columns.ts), so the trend reads the very numbers the map's
// period control, the profile and tiles.<name>.csv show, withheld where they are.
import type { TileGroupsView } from './tile-group-columns.ts';

/** One tile layer with `by` groups: figure [d · groups.length + k] is district d in group k. */
export interface TileTrend {
  readonly layer: string;
  /** Each group's `by` values joined by ", " ("2021Q3"), in the layer's group order. */
  readonly groups: readonly string[];
  /** Σ tests per district and group (never withheld: a count of tests is not a figure about people). */
  readonly tests: Float64Array;
  /** Test-weighted mean download and upload, Mbps, and latency, ms; NaN where withheld or without tests. */
  readonly downloadMbps: Float64Array;
  readonly uploadMbps: Float64Array;
  readonly latencyMs: Float64Array;
}

/** The trend of every grouped tile layer, from its per-group district columns. */
export function tileTrends(views: readonly TileGroupsView[]): TileTrend[] {
  return views.map((v) => {
    const k = v.groups.length;
    const n = v.groups[0]?.columns[0]?.values.length ?? 0;
    const figure = (code: string) => {
      const out = new Float64Array(n * k).fill(Number.NaN);
      v.groups.forEach((g, group) => {
        const column = g.columns.find((c) => c.code?.code === code);
        if (column) for (let d = 0; d < n; d++) out[d * k + group] = column.values[d]!;
      });
      return out;
    };
    return { layer: v.layer, groups: v.groups.map((g) => g.key.join(', ')), tests: figure('tests'), downloadMbps: figure('download'), uploadMbps: figure('upload'), latencyMs: figure('latency') };
  });
}
