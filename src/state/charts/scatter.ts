// The scatter of two figures across districts: the districts that have both, which of them to
// name on the chart (the selection and the extremes of each axis), and how closely they move.

/** A district with both figures, in each measure's unit. */
export interface ScatterPoint {
  readonly district: number;
  readonly x: number;
  readonly y: number;
}

/** Districts where both x and y are finite, in district order. */
export function scatterPoints(x: ArrayLike<number>, y: ArrayLike<number>): ScatterPoint[] {
  const out: ScatterPoint[] = [];
  for (let d = 0; d < x.length; d++) if (Number.isFinite(x[d]!) && Number.isFinite(y[d]!)) out.push({ district: d, x: x[d]!, y: y[d]! });
  return out;
}

/** Districts to label: the selected ones on the chart, then the lowest and highest on each axis (each once). */
export function labelledDistricts(points: readonly ScatterPoint[], selected: readonly number[]): number[] {
  if (points.length === 0) return [];
  const by = (key: 'x' | 'y', sign: number) => points.reduce((best, p) => (sign * (p[key] - best[key]) > 0 ? p : best)).district;
  const on = new Set(points.map((p) => p.district));
  return [...new Set([...selected.filter((d) => on.has(d)), by('x', -1), by('x', 1), by('y', -1), by('y', 1)])];
}

/** Pearson's correlation r (−1 to 1) of the points' x and y; NaN with fewer than 2 points or no spread. */
export function correlation(points: readonly ScatterPoint[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}
