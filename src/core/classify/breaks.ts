// Choropleth classes: where to cut a column of district values into colour classes.
// Quantiles are the default because district indicators are rarely evenly spread and a
// planner should see every class populated; equal intervals, natural breaks (ckmeans, an
// exact Jenks) and the planner's own breaks are offered too.
//
// A break b opens a class: values ≥ b fall in it (classOf). Breaks are always data values
// or lie between them, never below the smallest value, so the first class is never empty.
import { ckmeans } from 'simple-statistics';

export type BreakMethod = 'quantile' | 'equal-interval' | 'natural' | 'manual';

export const BREAK_METHODS: readonly BreakMethod[] = ['quantile', 'equal-interval', 'natural', 'manual'];

/**
 * Interior class breaks (at most k−1 ascending numbers) for k classes; NaN values are ignored.
 * Fewer breaks come back when values tie or there are fewer distinct values than classes.
 * `manual` takes the planner's breaks (ascending, finite) and ignores k.
 */
export function classBreaks(values: ArrayLike<number>, k: number, method: BreakMethod = 'quantile', manual: readonly number[] = []): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`number of classes must be a whole number ≥ 1, got ${k}`);
  const sorted = Array.from(values).filter(Number.isFinite).sort((x, y) => x - y);
  if (method === 'manual') return manualBreaks(manual);
  if (sorted.length === 0 || k === 1) return [];
  switch (method) {
    case 'quantile':
      return quantileBreaks(sorted, k);
    case 'equal-interval': {
      const lo = sorted[0]!;
      const hi = sorted[sorted.length - 1]!;
      return inside(sorted, range(1, k).map((i) => lo + ((hi - lo) * i) / k));
    }
    case 'natural': {
      // ckmeans cannot make more clusters than distinct values; its clusters start at data values.
      const clusters = ckmeans(sorted, Math.min(k, distinctCount(sorted)));
      return inside(sorted, clusters.slice(1).map((c) => c[0]!));
    }
    default:
      throw new Error(`unknown break method "${String(method)}" (expected ${BREAK_METHODS.join(', ')})`);
  }
}

/** Every problem manualBreaks can find; the catalogue words each as "breaks.<code>" (issue #17). */
export const BREAKS_CODES = ['notNumber', 'notRising'] as const;
export type BreaksCode = (typeof BREAKS_CODES)[number];

/** The planner's breaks refused: the English message, and its code and values (`position` 1-based; `before`, `after` the breaks as numbers) for the UI to word. */
export class BreaksError extends Error {
  override readonly name = 'BreaksError';
  constructor(
    message: string,
    readonly code: BreaksCode,
    readonly values: Readonly<Record<string, number>>,
  ) {
    super(message);
  }
}

/** The planner's breaks, checked: finite and strictly ascending; throws a BreaksError otherwise. */
export function manualBreaks(breaks: readonly number[]): number[] {
  for (const [i, b] of breaks.entries()) {
    if (!Number.isFinite(b)) throw new BreaksError(`break ${i + 1} is not a number`, 'notNumber', { position: i + 1 });
    const before = breaks[i - 1]!;
    if (i > 0 && b <= before) throw new BreaksError(`breaks must rise: ${before} is followed by ${b}`, 'notRising', { before, after: b });
  }
  return [...breaks];
}

/**
 * Quantile breaks by rank: the i-th break is the distinct value whose first rank is nearest to
 * i·n/k (the lower one on a tie). Tied values therefore always share a class, and with n
 * distinct values and k dividing n every class holds n/k districts.
 */
function quantileBreaks(sorted: readonly number[], k: number): number[] {
  const starts: number[] = []; // rank of the first occurrence of each distinct value but the smallest
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) starts.push(i);
  if (starts.length === 0) return [];
  const breaks = range(1, k).map((i) => {
    const target = (i * sorted.length) / k;
    let best = starts[0]!;
    for (const s of starts) if (Math.abs(s - target) < Math.abs(best - target)) best = s;
    return sorted[best]!;
  });
  return inside(sorted, breaks);
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

/** Rounds breaks up to multiples of `step` (e.g. 1 for counts, 0.1 for a percent shown to one decimal) and drops repeats. */
export function snapBreaks(breaks: readonly number[], step: number): number[] {
  // Rounding through the step's decimals keeps 0.30000000000000004 from showing up as a bound.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return dedupe(breaks.map((b) => Number((Math.ceil(b / step - 1e-9) * step).toFixed(decimals))));
}

function distinctCount(sorted: readonly number[]): number {
  let n = sorted.length ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** Drops breaks that would leave the first class empty (≤ the smallest value) or open a class above the largest, and repeats. */
function inside(sorted: readonly number[], breaks: readonly number[]): number[] {
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  return dedupe(breaks.filter((b) => b > lo && b <= hi));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function dedupe(sortedBreaks: number[]): number[] {
  return sortedBreaks.filter((b, i) => i === 0 || b !== sortedBreaks[i - 1]);
}
