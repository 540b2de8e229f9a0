// The figures a planner can map and tabulate: the engine's district columns (the very
// columns of districts.csv), each with its unit and the indicator it belongs to.
import { thinTileFigures } from '../core/indicators/thin.ts';
import { parseMeasure } from '../core/project/measure.ts';
import type { ColumnUnit, DistrictColumn } from '../engine/district-columns.ts';

export type Unit = ColumnUnit;

export interface Measure {
  /** The districts.csv column name: `<id>.<group>`, `<id>.gap.<a>-<b>`, `points.<name>.count`… */
  readonly key: string;
  /** Indicator or layer the measure belongs to; the table shows one such group at a time. */
  readonly indicatorId: string;
  readonly label: string;
  readonly unit: Unit;
  readonly values: Float64Array;
  /** 1 where small-number protection withheld the figure. */
  readonly suppressed?: Uint8Array;
  /** 1 where the figure is shown but rests on little data (core/indicators/thin.ts). */
  readonly thin?: Uint8Array;
}

/** Every mappable figure of a run, in districts.csv order. */
export function measuresOf(columns: readonly DistrictColumn[]): Measure[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  return columns.map((c) => {
    const thin = thinOf(c, byName);
    return {
      key: c.name,
      indicatorId: c.source,
      label: c.label,
      unit: c.unit,
      values: c.values,
      ...(c.suppressed ? { suppressed: c.suppressed } : {}),
      ...(thin ? { thin } : {}),
    };
  });
}

/** Thin flags of a tile layer's speed figures, from the layer's own tile and test counts. */
function thinOf(c: DistrictColumn, byName: ReadonlyMap<string, DistrictColumn>): Uint8Array | undefined {
  const m = parseMeasure(c.name);
  if (m?.kind !== 'tiles' || c.unit === 'count') return undefined;
  const tiles = byName.get(`tiles.${m.layer}.tiles`)?.values;
  const tests = byName.get(`tiles.${m.layer}.tests`)?.values;
  return tiles && tests ? thinTileFigures(tiles, tests) : undefined;
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
    case 'mbps':
      return `${value.toFixed(1)} Mbps`;
    case 'ms':
      return `${value.toFixed(0)} ms`;
    case 'index':
      return value.toFixed(3);
    default:
      return String(Math.round(value * 100) / 100);
  }
}

/** Text for a district's figure: "suppressed" when withheld, else the formatted value. */
export function figureText(measure: Measure, district: number): string {
  return measure.suppressed?.[district] ? 'suppressed' : formatValue(measure.values[district], measure.unit);
}
