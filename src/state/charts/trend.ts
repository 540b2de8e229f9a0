// The trend of a grouped tile figure across its groups (quarters): all districts together,
// test-weighted as Ookla's own means are, and each district asked for.
import type { TileTrend } from '../../engine/tile-trends.ts';

/** Tile figures a trend can show (Mbps, Mbps, ms). */
export type TrendFigure = 'downloadMbps' | 'uploadMbps' | 'latencyMs';

/** One group (quarter) of the trend; figures in the figure's unit, NaN where missing or withheld. */
export interface TrendRow {
  readonly group: string;
  /** Test-weighted mean over the districts whose figure is shown. */
  readonly all: number;
  /** The figure of each district asked for, in the order asked. */
  readonly districts: readonly number[];
}

/** The trend of `figure` in `trend`, group by group, for all districts and for `districts` (indices). */
export function trendRows(trend: TileTrend, figure: TrendFigure, districts: readonly number[]): TrendRow[] {
  const k = trend.groups.length;
  const values = trend[figure];
  const n = k === 0 ? 0 : values.length / k;
  return trend.groups.map((group, g) => {
    let tests = 0;
    let sum = 0;
    for (let d = 0; d < n; d++) {
      const v = values[d * k + g]!;
      const t = trend.tests[d * k + g]!;
      if (Number.isFinite(v) && t > 0) {
        tests += t;
        sum += t * v;
      }
    }
    return { group, all: tests > 0 ? sum / tests : Number.NaN, districts: districts.map((d) => values[d * k + g] ?? Number.NaN) };
  });
}
