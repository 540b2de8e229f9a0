// Tile figures by group (a quarter, a year) per district, for the trend chart: the long rows of
// tiles.<name>.csv, kept as columns, with small-number protection applied as that file does.
import { protectsTiles, tileWithheld } from '../core/indicators/suppression.ts';
import type { ProjectRun } from './run-project.ts';

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

/** The trend of every tile layer that has `by` groups (layers without groups are district columns already). */
export function tileTrends(run: Pick<ProjectRun, 'tiles' | 'project'>): TileTrend[] {
  const rules = run.project.suppression ?? {};
  const protect = protectsTiles(rules);
  return run.tiles
    .filter((t) => t.by.length > 0)
    .map((t) => {
      const a = t.aggregate;
      const withheld = (i: number) => protect && tileWithheld(a.tests[i]!, a.devices[i]!, rules);
      const figure = (values: Float64Array) => Float64Array.from(values, (v, i) => (withheld(i) ? Number.NaN : v));
      return { layer: t.name, groups: t.groups.map((g) => g.key.join(', ')), tests: a.tests, downloadMbps: figure(a.downloadMbps), uploadMbps: figure(a.uploadMbps), latencyMs: figure(a.latencyMs) };
    });
}
