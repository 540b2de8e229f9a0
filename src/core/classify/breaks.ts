// Choropleth classes: where to cut a column of district values into colour classes.
// Quantiles are the default because district indicators are rarely evenly spread and a
// planner should see every class populated; equal intervals are offered for comparison.

export type BreakMethod = 'quantile' | 'equal-interval';

/** Interior class breaks (k−1 ascending numbers) for k classes; NaN values are ignored. */
export function classBreaks(values: ArrayLike<number>, k: number, method: BreakMethod = 'quantile'): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`number of classes must be a whole number ≥ 1, got ${k}`);
  const finite = Array.from(values).filter(Number.isFinite).sort((x, y) => x - y);
  if (finite.length === 0 || k === 1) return [];
  switch (method) {
    case 'quantile':
      return dedupe(range(1, k).map((i) => quantileSorted(finite, i / k)));
    case 'equal-interval': {
      const lo = finite[0]!;
      const hi = finite[finite.length - 1]!;
      return dedupe(range(1, k).map((i) => lo + ((hi - lo) * i) / k));
    }
    default:
      throw new Error(`unknown break method "${String(method)}" (expected quantile or equal-interval)`);
  }
}

/** Index of the class a value falls in (0…breaks.length); −1 for a missing value. A value equal to a break goes up. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (!Number.isFinite(value)) return -1;
  let c = 0;
  while (c < breaks.length && value >= breaks[c]!) c++;
  return c;
}

/** Linear-interpolated quantile (type 7, as R and numpy default) of an ascending array; p in [0, 1]. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function dedupe(sortedBreaks: number[]): number[] {
  return sortedBreaks.filter((b, i) => i === 0 || b !== sortedBreaks[i - 1]);
}
