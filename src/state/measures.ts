// The figures a planner can map and tabulate: the engine's district columns (the very
// columns of districts.csv), each with its unit and the indicator it belongs to.
import { thinTileFigures } from '../core/indicators/thin.ts';
import { parseMeasure } from '../core/project/measure.ts';
import type { ColumnCode, ColumnUnit, DistrictColumn } from '../engine/district-columns.ts';
import { formatFixed, formatMbps, formatMs, formatNumber, formatPercent, formatPoints, formatWhole } from '../i18n/format.ts';
import type { Words } from './words.ts';

export type Unit = ColumnUnit;

export interface Measure {
  /** The districts.csv column name: `<id>.<group>`, `<id>.gap.<a>-<b>`, `points.<name>.count`… */
  readonly key: string;
  /** Indicator or layer the measure belongs to; the table shows one such group at a time. */
  readonly indicatorId: string;
  /** In English (the engine's label); the UI words `code` with `measureLabel`. */
  readonly label: string;
  /** What it measures, for `measureLabel`; absent: only `label` says it. */
  readonly code?: ColumnCode;
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
      code: c.code,
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

/**
 * A figure formatted for reading in `locale`, with its unit: "52.4 %", "+5.8 pp", "1,234",
 * "40.0 Mbps"; "—" when missing. English by default, for screens not yet given a locale.
 */
export function formatValue(value: number | undefined, unit: Unit, locale = 'en'): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent':
      return formatPercent(value / 100, locale, 1, 1);
    case 'points':
      return formatPoints(value, locale, 1, 1);
    case 'ratio':
    case 'index':
      return formatFixed(value, locale, 3);
    case 'count':
      return formatWhole(value, locale);
    case 'mbps':
      return formatMbps(value, locale);
    case 'ms':
      return formatMs(value, locale);
    default:
      return formatNumber(value, locale, 2);
  }
}

/** Text for a district's figure: "suppressed" (in `words`' language) when withheld, else the formatted value. */
export function figureText(measure: Measure, district: number, words?: Words): string {
  if (measure.suppressed?.[district]) return words ? words.t('figure.suppressed') : 'suppressed';
  return formatValue(measure.values[district], measure.unit, words?.locale);
}

/** What a measure measures, in `words`' language: "Internet use — female", "Écart Internet use : male − female". */
export function measureLabel(measure: Pick<Measure, 'label' | 'code'>, words: Words): string {
  return measure.code ? columnLabel(measure.code, words) : measure.label;
}

/** A column code in words; the project's own names (indicator, group, layer) stay as written. */
export function columnLabel(c: ColumnCode, words: Words): string {
  const { t } = words;
  switch (c.code) {
    case 'value':
      return c.indicator;
    case 'rate':
      return t('column.rate', { indicator: c.indicator, group: c.group });
    case 'gap':
    case 'parity':
      return t(`column.${c.code}`, { indicator: c.indicator, a: c.a, b: c.b });
    case 'margin':
      return t('column.margin', { of: columnLabel(c.of, words) });
    case 'point-count':
    case 'point-sum':
    case 'tiles':
    case 'tests':
    case 'devices':
    case 'download':
    case 'upload':
    case 'latency':
      return t(`column.${c.code}`, { layer: c.layer });
    case 'tests-below':
      return t('column.tests-below', { layer: c.layer, threshold: formatNumber(c.thresholdMbps, words.locale) });
    case 'composite':
      return c.index;
    case 'pillar':
      return t('column.pillar', { index: c.index, pillar: c.pillar });
  }
}
