// Small helpers shared by the charts: marks that carry their district number (so a click can
// select it) and axis ticks in the planner's language.
import type * as Plot from '@observablehq/plot';
import { formatCompact, formatNumber, formatPercent, formatPoints } from '../../i18n/format.ts';
import type { Unit } from '../../state/measures.ts';

/** A mark whose every element (one per datum, in data order) carries data-district = datum.district. */
export function districtMarks<T extends { district: number }, O extends Plot.MarkOptions, M extends Plot.Markish>(mark: (data: readonly T[], options: O) => M, data: readonly T[], options: O): M {
  return mark(data, {
    ...options,
    render(index, scales, values, dimensions, context, next) {
      const g = next!(index, scales, values, dimensions, context);
      // Plot draws one element per index, in index order (dot: <circle>, text: <text>).
      const elements = g?.querySelectorAll(':scope > circle, :scope > text') ?? [];
      elements.forEach((el, k) => el.setAttribute('data-district', String(data[index[k]!]!.district)));
      return g;
    },
  });
}

/** Tick labels for a measure's axis: "20 %", "+4 pp", "1.2", "2.8M"; the axis label names the unit otherwise. */
export function tickFormat(unit: Unit, locale: string): (v: number) => string {
  switch (unit) {
    case 'percent':
      return (v) => formatPercent(v / 100, locale, 0);
    case 'points':
      return (v) => formatPoints(v, locale, 0);
    case 'count':
      return (v) => formatCompact(v, locale);
    default:
      return (v) => formatNumber(v, locale, 2);
  }
}
