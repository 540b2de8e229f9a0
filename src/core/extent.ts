// The smallest and largest finite value of a list, by a loop: Math.min(...values) throws
// "Maximum call stack size exceeded" past ~120,000 values in V8 (a detailed coastline ring,
// a country's census blocks), which a planner's own data reaches.

/** [min, max] of the finite values; [NaN, NaN] when there are none. */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [Number.NaN, Number.NaN];
}
