// The columns of `districts.csv` (and of the app's table): every indicator figure per
// district, named by the contract (`<id>`, `<id>.<group>`, `<id>.gap.<a>-<b>`,
// `<id>.parity.<b>/<a>`, `points.<name>.count`, `tiles.<name>.<figure>`), with small-number
// suppression applied everywhere a figure rests on too few people, tests or devices.
import { protectsTiles, suppress, suppressGap, tileWithheld } from '../core/indicators/suppression.ts';
import type { Suppression } from '../core/project/types.ts';
import { gapColumn, parityColumn, pointCountColumn, pointSumColumn, rateColumn, shareBelowMetric, tileColumn } from '../core/project/measure.ts';
import type { IndicatorResult } from './run-indicators.ts';
import type { PointLayerRun, TileLayerRun } from './run-layers.ts';

export type ColumnUnit = 'percent' | 'points' | 'ratio' | 'count' | 'value' | 'mbps' | 'ms' | 'index';

/**
 * What a column measures, as a code and the project's own names, for the UI to word in the
 * planner's language ("rate" of `indicator` for `group` → "Internet use — female" or
 * "Utilisation d'Internet — female"). `indicator`, `group` and `layer` are the project's words,
 * never translated; `name` (the CSV header) stays language-independent.
 */
export type ColumnCode =
  | { readonly code: 'value'; readonly indicator: string }
  | { readonly code: 'rate'; readonly indicator: string; readonly group: string }
  | { readonly code: 'gap' | 'parity'; readonly indicator: string; readonly a: string; readonly b: string }
  | { readonly code: 'margin'; readonly of: ColumnCode }
  | { readonly code: 'point-count' | 'point-sum'; readonly layer: string }
  | { readonly code: 'tiles' | 'tests' | 'devices' | 'download' | 'upload' | 'latency'; readonly layer: string }
  | { readonly code: 'tests-below'; readonly layer: string; readonly thresholdMbps: number }
  | { readonly code: 'composite'; readonly index: string }
  | { readonly code: 'pillar'; readonly index: string; readonly pillar: string };

export interface DistrictColumn {
  readonly name: string;
  /** In English, for the CLI and logs; the UI words `code` instead. */
  readonly label: string;
  readonly code: ColumnCode;
  readonly unit: ColumnUnit;
  /** Per district in boundary order; NaN = missing or suppressed. */
  readonly values: Float64Array;
  /** 1 where the figure was withheld by small-number protection; absent when nothing is checked. */
  readonly suppressed?: Uint8Array;
  /** Indicator the column belongs to (for grouping in the UI). */
  readonly source: string;
  /** A margin of error of another column, not an indicator of its own. */
  readonly margin?: true;
  /** Values taken from a file as published (a value indicator): written in full, never rounded (src/core/export/csv.ts). */
  readonly asRead?: true;
}

/** Minimum people, tests and devices behind a figure, spelt as in the project file; absent = no protection. */
export type SuppressionRules = Suppression;

/** The project's small-number rules (none when it has no `suppression`). */
export function suppressionRules(s: Suppression | undefined): SuppressionRules {
  return s ?? {};
}

/** Indicator, point and tile columns, in contract order. */
export function districtColumns(
  indicators: readonly IndicatorResult[],
  points: readonly PointLayerRun[],
  tiles: readonly TileLayerRun[],
  rules: SuppressionRules = {},
): DistrictColumn[] {
  const out: DistrictColumn[] = [];
  for (const r of indicators) {
    if (r.kind === 'value') {
      out.push({ name: r.id, label: r.label, code: { code: 'value', indicator: r.label }, unit: r.unit === 'percent' ? 'percent' : 'value', values: r.values, source: r.id, asRead: true });
      continue;
    }
    const flags = new Map<string, Uint8Array>();
    for (const g of r.groups) {
      const s = rules.min_people === undefined ? null : suppress(g.rate, g.denominator, rules.min_people);
      if (s) flags.set(g.group, s.flags);
      const rate = { code: 'rate', indicator: r.label, group: g.group } as const;
      out.push({ name: rateColumn(r.id, g.group), label: `${r.label} — ${g.group}`, code: rate, unit: 'percent', values: s ? s.values : g.rate, ...(s ? { suppressed: s.flags } : {}), source: r.id });
      if (g.moe) out.push(marginColumn(rateColumn(r.id, g.group), `${r.label} — ${g.group}`, rate, g.moe, s?.flags, r.id));
    }
    for (const [k, gap] of r.gaps.entries()) {
      const fa = flags.get(gap.a);
      const fb = flags.get(gap.b);
      const g = fa && fb ? suppressGap(gap.gapPoints, fa, fb) : null;
      const p = fa && fb ? suppressGap(gap.parity, fa, fb) : null;
      const gapCode = { code: 'gap', indicator: r.label, a: gap.a, b: gap.b } as const;
      out.push({ name: gapColumn(r.id, gap.a, gap.b), label: `${r.label} — gap ${gap.a} − ${gap.b}`, code: gapCode, unit: 'points', values: g ? g.values : gap.gapPoints, ...(g ? { suppressed: g.flags } : {}), source: r.id });
      const gapMoe = r.gapMoe[k];
      if (gapMoe) out.push(marginColumn(gapColumn(r.id, gap.a, gap.b), `${r.label} — gap ${gap.a} − ${gap.b}`, gapCode, gapMoe, g?.flags, r.id));
      out.push({ name: parityColumn(r.id, gap.a, gap.b), label: `${r.label} — parity ${gap.b} / ${gap.a}`, code: { code: 'parity', indicator: r.label, a: gap.a, b: gap.b }, unit: 'ratio', values: p ? p.values : gap.parity, ...(p ? { suppressed: p.flags } : {}), source: r.id });
    }
  }
  for (const p of points) {
    out.push({ name: pointCountColumn(p.name), label: `${p.name}: count`, code: { code: 'point-count', layer: p.name }, unit: 'count', values: p.counts, source: `points.${p.name}` });
    if (p.sums) out.push({ name: pointSumColumn(p.name), label: `${p.name}: sum`, code: { code: 'point-sum', layer: p.name }, unit: 'value', values: p.sums, source: `points.${p.name}` });
  }
  for (const t of tiles) {
    // With `by` groups a layer has several figures per district: those go to tiles.<name>.csv only.
    if (t.by.length === 0) out.push(...singleGroupTileColumns(t, rules));
  }
  return out;
}

/** `<figure>.moe`: the margin of error in percentage points, withheld wherever its figure is. */
function marginColumn(name: string, label: string, of: ColumnCode, moe: Float64Array, withheld: Uint8Array | undefined, source: string): DistrictColumn {
  const values = withheld ? Float64Array.from(moe, (m, i) => (withheld[i] ? Number.NaN : m)) : moe;
  return { name: `${name}.moe`, label: `${label} — margin of error`, code: { code: 'margin', of }, unit: 'points', values, ...(withheld ? { suppressed: withheld } : {}), source, margin: true };
}

/** The figures of a tile layer with one group per district (`tiles.<name>.<metric>`), withheld by `rules` as tiles.<name>.csv withholds them. */
export function singleGroupTileColumns(t: TileLayerRun, rules: SuppressionRules): DistrictColumn[] {
  const a = t.aggregate;
  const n = a.nDistricts;
  const withheld = new Uint8Array(n);
  const checked = protectsTiles(rules);
  for (let d = 0; d < n; d++) if (tileWithheld(a.tests[d]!, a.devices[d]!, rules)) withheld[d] = 1;
  const figure = (name: string, label: string, code: ColumnCode, unit: ColumnUnit, values: Float64Array, protect: boolean): DistrictColumn => {
    if (!checked || !protect) return { name: tileColumn(t.name, name), label: `${t.name}: ${label}`, code, unit, values, source: `tiles.${t.name}` };
    const v = Float64Array.from(values, (x, d) => (withheld[d] ? Number.NaN : x));
    return { name: tileColumn(t.name, name), label: `${t.name}: ${label}`, code, unit, values: v, suppressed: withheld, source: `tiles.${t.name}` };
  };
  const layer = t.name;
  return [
    figure('tiles', 'tiles', { code: 'tiles', layer }, 'count', a.tiles, false),
    figure('tests', 'tests', { code: 'tests', layer }, 'count', a.tests, false),
    figure('devices', 'devices', { code: 'devices', layer }, 'count', a.devices, false),
    figure('download_mbps', 'download (test-weighted)', { code: 'download', layer }, 'mbps', a.downloadMbps, true),
    figure('upload_mbps', 'upload (test-weighted)', { code: 'upload', layer }, 'mbps', a.uploadMbps, true),
    figure('latency_ms', 'latency (test-weighted)', { code: 'latency', layer }, 'ms', a.latencyMs, true),
    figure(thresholdColumn(a.thresholdMbps), `tests below ${a.thresholdMbps} Mbps`, { code: 'tests-below', layer, thresholdMbps: a.thresholdMbps }, 'percent', a.shareTestsBelowThresholdPct, true),
  ];
}

/** Name of the below-threshold share column, e.g. `share_tests_below_25mbps`. */
export const thresholdColumn = shareBelowMetric;
