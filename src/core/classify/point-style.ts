// How a point layer is sized or coloured by one of its columns: a numeric column in size
// classes (quantile breaks, so each size holds about as many points), a categorical one in
// a qualitative palette (the most frequent values first, the rest as "other"). Per point the
// result is one class byte, so thousands of points cost a few kilobytes.
import { classBreaks, classOf } from './breaks.ts';
import { hexRgb, type Rgb } from './palette.ts';

/** ColorBrewer Dark2 without its grey: categories with no order, distinct in colour-blind simulation for the first three. */
export const QUALITATIVE_RGB: readonly Rgb[] = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'].map(hexRgb);
/** Colour of the points in no named category ("other", or no value). */
export const OTHER_RGB: Rgb = [102, 102, 102];
/** Radius of each size class, pixels (smallest figures first). */
export const SIZE_RADII_PX: readonly number[] = [3, 5, 7.5, 10];
/** Class byte of a point with no usable value. */
export const NO_CLASS = 255;

/** One size class or category, as the legend lists it. */
export interface PointClass {
  /** Category value, or the size class's bounds [from, to) in the column's units. */
  readonly label: string | readonly [number, number];
  readonly count: number;
}

export interface PointStyle {
  readonly kind: 'size' | 'colour';
  /** Class per point (NO_CLASS: no value; for colours the "other" class is `classes.length`). */
  readonly classOf: Uint8Array;
  readonly classes: readonly PointClass[];
  /** Points in no named class: other categories, or no value. */
  readonly other: number;
}

/** True when most non-empty values of a column read as numbers (a numeric column sizes points). */
export function isNumeric(numbers: ArrayLike<number>, texts: readonly (string | null)[]): boolean {
  let given = 0;
  let finite = 0;
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] === null || texts[i] === '') continue;
    given++;
    if (Number.isFinite(numbers[i]!)) finite++;
  }
  return given > 0 && finite / given >= 0.9;
}

/** Size classes (at most SIZE_RADII_PX.length, quantile breaks) of a numeric column per point. */
export function sizeClasses(values: ArrayLike<number>): PointStyle {
  const breaks = classBreaks(values, SIZE_RADII_PX.length, 'quantile');
  const of = new Uint8Array(values.length);
  const counts = new Array<number>(breaks.length + 1).fill(0);
  let other = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const c = classOf(values[i]!, breaks);
    if (c < 0) {
      of[i] = NO_CLASS;
      other++;
      continue;
    }
    of[i] = c;
    counts[c]!++;
    lo = Math.min(lo, values[i]!);
    hi = Math.max(hi, values[i]!);
  }
  const bounds = [lo, ...breaks, hi];
  return { kind: 'size', classOf: of, classes: counts.map((count, c) => ({ label: [bounds[c]!, bounds[c + 1]!] as const, count })), other };
}

/** Qualitative categories of a text column per point: the most frequent values (ties by value) get a colour each, the rest "other". */
export function categories(values: readonly (string | null)[], max = QUALITATIVE_RGB.length): PointStyle {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  const named = [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, max);
  const index = new Map(named.map(([v], k) => [v, k]));
  const of = new Uint8Array(values.length);
  let other = 0;
  values.forEach((v, i) => {
    const k = v === null ? undefined : index.get(v);
    if (k === undefined) other++;
    of[i] = k ?? named.length;
  });
  return { kind: 'colour', classOf: of, classes: named.map(([label, count]) => ({ label, count })), other };
}
