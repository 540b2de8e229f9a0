// The distribution of a figure across districts: round-numbered bins and how many districts
// fall in each, computed here (not by the chart library) so the chart and its table agree.
import { niceTicks } from '../equity-curve.ts';
import { extent } from '../../core/extent.ts';

/** One bin [lo, hi) (the last one closed), with its districts' count. */
export interface Bin {
  readonly lo: number;
  readonly hi: number;
  readonly count: number;
}

/** About `count` bins of equal, round width (1, 2 or 5 × 10ⁿ) covering the finite values; [] when there are none. */
export function bins(values: ArrayLike<number>, count = 10): Bin[] {
  const finite = Array.from(values).filter(Number.isFinite);
  if (finite.length === 0) return [];
  const [lo, hi] = extent(finite);
  const edges = niceTicks(lo, hi, count);
  // Every value equal: one bin around it.
  if (edges.length < 2) return [{ lo, hi, count: finite.length }];
  const out = edges.slice(0, -1).map((e, k) => ({ lo: e, hi: edges[k + 1]!, count: 0 }));
  const width = edges[1]! - edges[0]!;
  for (const v of finite) {
    const k = Math.min(out.length - 1, Math.max(0, Math.floor((v - edges[0]!) / width + 1e-9)));
    out[k] = { ...out[k]!, count: out[k]!.count + 1 };
  }
  return out;
}

/** The middle value (mean of the middle two for an even count) of the finite values; NaN when none. */
export function median(values: ArrayLike<number>): number {
  const v = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}
