// What the inequality view shows for the figure on the map: the run's own inequality.csv row
// (so the screen and `lastmile run` cannot disagree), the Lorenz curve of the same values and
// weights, and the Palma ratio as a reading.
import { lorenz, type LorenzCurve } from '../../core/equity/lorenz.ts';
import { palmaReading, type PalmaReading } from '../../core/equity/palma-reading.ts';
import type { InequalityRow } from '../../engine/inequality-rows.ts';
import type { Measure } from '../measures.ts';

export interface InequalityView {
  /** inequality.csv's row for this column; undefined for a column it has no row for (a margin of error). */
  readonly row: InequalityRow | undefined;
  /** The Lorenz curve; null where the measures are not defined (a negative figure, nothing held). */
  readonly curve: LorenzCurve | null;
  readonly reading: PalmaReading;
}

/** The inequality of `measure` across districts, weighted by `population` when the project names one. */
export function inequalityView(measure: Pick<Measure, 'key' | 'values'>, rows: readonly InequalityRow[], population: Float64Array | null): InequalityView {
  const row = rows.find((r) => r.indicator === measure.key);
  // The engine leaves Gini, Theil and Palma out (NaN) for a column with a negative figure.
  if (!row || Number.isNaN(row.gini)) return { row, curve: null, reading: { code: 'none' } };
  // As inequality-rows.ts: a district without the figure or the weight takes no part.
  const w = population ?? undefined;
  const x = Float64Array.from(measure.values, (v) => (Number.isFinite(v) ? v : Number.NaN));
  const weights = w && Float64Array.from(w, (v) => (Number.isFinite(v) ? v : Number.NaN));
  const curve = lorenz(x, weights);
  return { row, curve: curve.order.length > 0 ? curve : null, reading: palmaReading(x, weights) };
}
