// Where one district stands among the others on a figure: its rank, and the reference value
// a planner reads it against (the project-wide mean, weighted by population when one is named).

/** Rank of district `d` by value, 1 = highest, among districts with a figure; ties share the better rank. Null when `d` has none. */
export function rankOf(values: ArrayLike<number>, d: number): { rank: number; of: number } | null {
  const v = values[d]!;
  let of = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) continue;
    of++;
    if (x > v) above++;
  }
  return Number.isFinite(v) ? { rank: above + 1, of } : null;
}

/**
 * Mean of the districts' values Σw·x / Σw, in the values' unit, over districts where both the
 * value and the weight are numbers; weights absent: every district counts 1 (unweighted).
 * Unlike the inequality measures it accepts negative values (a gap). NaN when no district counts.
 */
export function referenceValue(values: ArrayLike<number>, weights?: ArrayLike<number>): { value: number; districts: number; weighted: boolean } {
  let W = 0;
  let S = 0;
  let districts = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const w = weights ? weights[i]! : 1;
    if (!Number.isFinite(x) || !Number.isFinite(w)) continue;
    W += w;
    S += w * x;
    districts++;
  }
  return { value: W > 0 ? S / W : Number.NaN, districts, weighted: weights !== undefined };
}
