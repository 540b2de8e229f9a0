// Column names of districts.csv, which are also the "measure" keys a composite index names,
// as the validator understands them (src/engine/district-columns.ts writes them):
//   <id>                      value indicator, as published
//   <id>.<group>              rate indicator, percent (0–100)
//   <id>.gap.<a>-<b>          rate(a) − rate(b), percentage points
//   <id>.parity.<b>/<a>       rate(b) / rate(a), ratio
//   tiles.<layer>.<metric>    speed-test summary of a tile layer (metrics below)
//   points.<layer>.count      points of a point layer in the district
//   points.<layer>.sum        Σ of a point layer's `value` column in the district
//   <composite id>, <composite id>.<pillar>   the composite index and its pillar scores
// A tile layer with `by` columns has several figures per district, so they go to
// tiles.<layer>.csv only. Protected figures are followed by a 0/1 column "<column>.suppressed".
// Names are split on ".", "-" and "/", which is why ids, layer names and groups may not contain them.

import { GROUP_PATTERN, NAME_PATTERN } from './keys.ts';

/** Slow-speed threshold of a tile layer when the project gives none, Mbps. */
export const DEFAULT_THRESHOLD_MBPS = 25;

/** Tile-layer metrics in districts.csv (besides the slow-test share, whose name carries the threshold). */
export const TILE_METRICS = ['tiles', 'tests', 'devices', 'download_mbps', 'upload_mbps', 'latency_ms'] as const;

/** A districts.csv column name taken apart. */
export type Measure =
  | { readonly kind: 'value'; readonly indicator: string }
  | { readonly kind: 'rate'; readonly indicator: string; readonly group: string }
  | { readonly kind: 'gap' | 'parity'; readonly indicator: string; readonly a: string; readonly b: string }
  | { readonly kind: 'tiles'; readonly layer: string; readonly metric: string }
  | { readonly kind: 'points'; readonly layer: string; readonly metric: 'count' | 'sum' };

/** Column of one group's rate, percent. */
export const rateColumn = (id: string, group: string): string => `${id}.${group}`;
/** Column of the gap rate(a) − rate(b), percentage points. */
export const gapColumn = (id: string, a: string, b: string): string => `${id}.gap.${a}-${b}`;
/** Column of the parity ratio rate(b) / rate(a). */
export const parityColumn = (id: string, a: string, b: string): string => `${id}.parity.${b}/${a}`;
/** Column of one figure of a tile layer without `by`, e.g. "tiles.fixed.download_mbps". */
export const tileColumn = (layer: string, metric: string): string => `tiles.${layer}.${metric}`;
/** Column of a point layer's count per district. */
export const pointCountColumn = (layer: string): string => `points.${layer}.count`;
/** Column of the sum of a point layer's value column per district (e.g. population). */
export const pointSumColumn = (layer: string): string => `points.${layer}.sum`;
/** Metric name of the share of tests below the threshold (Mbps), e.g. "share_tests_below_25mbps". */
export const shareBelowMetric = (thresholdMbps: number): string => `share_tests_below_${thresholdMbps}mbps`;

/** The parts of a districts.csv column name, or undefined if it has none of the shapes above. */
export function parseMeasure(key: string): Measure | undefined {
  const parts = key.split('.');
  const [head = '', second = '', third = ''] = parts;
  if (head === 'tiles' && parts.length >= 3) {
    // The metric may hold a dot: share_tests_below_0.5mbps.
    const metric = parts.slice(2).join('.');
    return NAME_PATTERN.test(second) && /^[A-Za-z0-9_.]+$/.test(metric) ? { kind: 'tiles', layer: second, metric } : undefined;
  }
  if (head === 'points' && parts.length === 3) {
    return NAME_PATTERN.test(second) && (third === 'count' || third === 'sum') ? { kind: 'points', layer: second, metric: third } : undefined;
  }
  if (!NAME_PATTERN.test(head)) return undefined;
  if (parts.length === 1) return { kind: 'value', indicator: head };
  if (parts.length === 2) return GROUP_PATTERN.test(second) ? { kind: 'rate', indicator: head, group: second } : undefined;
  if (parts.length !== 3) return undefined;
  if (second === 'gap') {
    const [a = '', b = '', ...rest] = third.split('-');
    return rest.length === 0 && GROUP_PATTERN.test(a) && GROUP_PATTERN.test(b) ? { kind: 'gap', indicator: head, a, b } : undefined;
  }
  if (second === 'parity') {
    const [b = '', a = '', ...rest] = third.split('/');
    return rest.length === 0 && GROUP_PATTERN.test(a) && GROUP_PATTERN.test(b) ? { kind: 'parity', indicator: head, a, b } : undefined;
  }
  return undefined;
}

/** Metrics of one tile layer in districts.csv, the slow-test share named after its threshold (Mbps). */
export function tileMetrics(thresholdMbps = DEFAULT_THRESHOLD_MBPS): string[] {
  return [...TILE_METRICS, shareBelowMetric(thresholdMbps)];
}
