// The figures a planner can map and tabulate, flattened from indicator results: one
// column per indicator group, gap and parity, each with its unit. Pure and derived.
import type { IndicatorResult } from '../engine/run-indicators.ts';

export type Unit = 'percent' | 'points' | 'ratio' | 'count' | 'value';

export interface Measure {
  /** Stable key, as in the `districts.csv` contract: `<id>.<group>`, `<id>.gap.<a>-<b>`, `<id>.parity.<b>/<a>`, `<id>`. */
  readonly key: string;
  readonly indicatorId: string;
  readonly label: string;
  readonly unit: Unit;
  readonly values: Float64Array;
}

/** Every mappable figure of the indicator results, in a stable order. */
export function measuresOf(results: readonly IndicatorResult[]): Measure[] {
  const out: Measure[] = [];
  for (const r of results) {
    if (r.kind === 'value') {
      out.push({ key: r.id, indicatorId: r.id, label: r.label, unit: r.unit === 'percent' ? 'percent' : 'value', values: r.values });
      continue;
    }
    for (const g of r.groups) {
      out.push({ key: `${r.id}.${g.group}`, indicatorId: r.id, label: `${r.label} — ${g.group}`, unit: 'percent', values: g.rate });
    }
    for (const gap of r.gaps) {
      out.push({ key: `${r.id}.gap.${gap.a}-${gap.b}`, indicatorId: r.id, label: `${r.label} — gap ${gap.a} − ${gap.b}`, unit: 'points', values: gap.gapPoints });
      out.push({ key: `${r.id}.parity.${gap.b}/${gap.a}`, indicatorId: r.id, label: `${r.label} — parity ${gap.b} / ${gap.a}`, unit: 'ratio', values: gap.parity });
    }
  }
  return out;
}

/** A figure formatted for reading, with its unit; "—" when missing. */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return `${value.toFixed(1)} %`;
    case 'points':
      return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} pp`;
    case 'ratio':
      return value.toFixed(3);
    case 'count':
      return Math.round(value).toLocaleString('en');
    default:
      return String(Math.round(value * 100) / 100);
  }
}
