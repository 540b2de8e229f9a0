// Colours for a mapped measure: quantile classes over the districts' values, a
// colour-blind-safe ramp, and a legend that lists each class's range. Pure and derived.
import { classBreaks, classOf } from '../core/classify/breaks.ts';
import { NO_DATA_RGB, sequentialRamp, type Rgb } from '../core/classify/palette.ts';

export interface LegendEntry {
  readonly color: Rgb;
  /** Lower bound (inclusive) and upper bound (exclusive, inclusive for the last class). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface Choropleth {
  /** Colour per district, aligned with the values. */
  readonly colors: readonly Rgb[];
  readonly classes: Int32Array;
  readonly legend: readonly LegendEntry[];
  readonly missing: number;
}

/** Classifies values into up to `k` quantile classes (fewer when values repeat or there are fewer districts). */
export function choropleth(values: Float64Array, k = 5): Choropleth {
  const finite = Array.from(values).filter(Number.isFinite);
  // With 4 districts, 5 classes would leave one empty: never more classes than values.
  const breaks = classBreaks(values, Math.max(1, Math.min(k, finite.length)), 'quantile');
  const nClasses = breaks.length + 1;
  const ramp = sequentialRamp(Math.max(3, nClasses));
  // With fewer than three classes, use the darker end so contrast with "no data" stays.
  const palette = ramp.slice(ramp.length - nClasses);
  const classes = new Int32Array(values.length);
  const counts = new Array<number>(nClasses).fill(0);
  let missing = 0;
  const colors = Array.from(values, (v, i) => {
    const c = classOf(v, breaks);
    classes[i] = c;
    if (c < 0) {
      missing++;
      return NO_DATA_RGB;
    }
    counts[c]!++;
    return palette[c]!;
  });
  const lo = finite.length ? Math.min(...finite) : Number.NaN;
  const hi = finite.length ? Math.max(...finite) : Number.NaN;
  const bounds = [lo, ...breaks, hi];
  const legend = finite.length
    ? palette.map((color, c) => ({ color, from: bounds[c]!, to: bounds[c + 1]!, count: counts[c]! }))
    : [];
  return { colors, classes, legend, missing };
}
