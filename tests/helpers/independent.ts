// Independent re-implementations used only by tests to check the engine's outputs: written
// straight from the definitions in issue #3, deliberately naive (O(n²), no shared code).

/** Gini = ΣᵢΣⱼ wᵢwⱼ|xᵢ−xⱼ| / (2·(Σw)²·m). */
export function naiveGini(x: number[], w: number[]): number {
  const W = w.reduce((a, b) => a + b, 0);
  const m = x.reduce((a, xi, i) => a + w[i]! * xi, 0) / W;
  let s = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) s += w[i]! * w[j]! * Math.abs(x[i]! - x[j]!);
  return s / (2 * W * W * m);
}

/** Theil T = Σ (w/Σw)·(x/m)·ln(x/m), zero terms contribute 0. */
export function naiveTheil(x: number[], w: number[]): number {
  const W = w.reduce((a, b) => a + b, 0);
  const m = x.reduce((a, xi, i) => a + w[i]! * xi, 0) / W;
  return x.reduce((a, xi, i) => (xi === 0 ? a : a + (w[i]! / W) * (xi / m) * Math.log(xi / m)), 0);
}

/**
 * Palma: share of Σw·x held by the top 10 % of weight over the share held by the bottom 40 %,
 * ranking by x and splitting a district at a cut proportionally — computed by walking the
 * population in 100,000 equal slices (an approximation good to ~1e-5 relative).
 */
export function slicedPalma(x: number[], w: number[]): number {
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const W = w.reduce((a, b) => a + b, 0);
  const slices = 100_000;
  let bottom = 0;
  let top = 0;
  let total = 0;
  let k = 0;
  let used = 0;
  for (let s = 0; s < slices; s++) {
    const mid = ((s + 0.5) / slices) * W;
    while (used + w[order[k]!]! < mid) used += w[order[k++]!]!;
    const v = x[order[k]!]! * (W / slices);
    total += v;
    if (s < 0.4 * slices) bottom += v;
    if (s >= 0.9 * slices) top += v;
  }
  return top / total / (bottom / total);
}
